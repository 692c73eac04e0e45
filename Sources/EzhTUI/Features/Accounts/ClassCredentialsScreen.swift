import EzhCore
import EzhService

/// The class teacher's credentials for their class: each pupil with their parents and whether
/// they have an account; creating a pupil's or a parent's account, resetting a password, and
/// the slips of the whole class in one text file. One-time passwords issued here are kept only
/// while the screen is open, for that file.
final class ClassCredentialsScreen: Screen {
    private enum Person {
        case pupil(ClassFamily, number: Int)
        case parent(id: ParentID, name: PersonName, login: String?)

        var login: String? {
            switch self {
            case .pupil(let family, _): family.pupilLogin
            case .parent(_, _, let login): login
            }
        }

        var holder: AccountHolder {
            switch self {
            case .pupil(let family, _): .pupil(family.pupilID)
            case .parent(let id, _, _): .parent(id)
            }
        }
    }

    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var people: [Person] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]
    /// Credentials issued on this screen, in order, by login.
    private var issued: [(login: String, credentials: Credentials)] = []

    /// Reads the classes the person leads and the first one's families.
    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            classes = try app.backend.ledClasses(session)
        } catch {
            app.status = .error(app.message(for: error))
        }
        if classes.isEmpty, app.status == nil { app.status = .error(app.strings.noLedClass) }
        reload(app: app)
    }

    var context: KeyContext { .credentials }

    private var className: String { classes.indices.contains(classIndex) ? classes[classIndex].name.description : "" }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.credentialsTitle(className), right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let withAccount = people.filter { $0.login != nil }.count
        buffer.put(strings.accountsIssued(withAccount, of: people.count, issuedNow: issued.count), row: 1, column: 1, style: CellStyle(dim: true))
        let personWidth = 44
        buffer.put(TextFitting.fit(strings.personHeader, width: personWidth) + " " + strings.loginHeader,
                   row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        list.count = people.count
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let person = self.people[index]
            let name: String = switch person {
            case .pupil(let family, let number): "\(number). \(family.pupilName.full)"
            case .parent(_, let name, _): "    " + strings.parentPrefix + name.full
            }
            let login = person.login.map { login in
                self.issued.contains { $0.login == login } ? login + " " + strings.issuedNowMark : login
            } ?? strings.noAccountMark
            return TextFitting.fit(name, width: personWidth) + " " + login
        }, style: { self.people[$0].login == nil ? CellStyle(dim: true) : .plain })
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        var keys: [Action] = [.newAccount, .resetPassword, .classSlips]
        if classes.count > 1 { keys.append(.chooseClass) }
        Chrome.drawKeyBar(&buffer, actions: keys + [.back, .help], context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .newAccount: createAccount(app: app)
        case .resetPassword: resetPassword(app: app)
        case .classSlips: classSlips(app: app)
        case .chooseClass: chooseClass(app: app)
        default: return false
        }
        return true
    }

    // MARK: Commands

    private func reload(app: Application) {
        guard let session = app.session, classes.indices.contains(classIndex) else { return }
        do {
            let families = try app.backend.families(session, classID: classes[classIndex].id)
            people = families.enumerated().flatMap { index, family in
                [Person.pupil(family, number: index + 1)] + family.parents.map { Person.parent(id: $0.id, name: $0.name, login: $0.login) }
            }
        } catch {
            app.status = .error(app.message(for: error))
        }
        list.count = people.count
    }

    private var selected: Person? { people.indices.contains(list.selected) ? people[list.selected] : nil }

    private func createAccount(app: Application) {
        guard let session = app.session, let person = selected else { return }
        if let login = person.login {
            app.status = .error(app.strings.alreadyHasAccount(login))
            return
        }
        do {
            let credentials = try app.backend.createFamilyAccount(session, holder: person.holder, login: nil)
            remember(credentials)
            reload(app: app)
            CredentialSlip.show(credentials, app: app)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func resetPassword(app: Application) {
        guard let person = selected else { return }
        guard let login = person.login else {
            app.status = .error(app.strings.noAccountYet)
            return
        }
        app.push(ConfirmScreen(title: app.strings.resetPasswordTitle, question: app.strings.confirmReset(login)) { [weak self] app in
            guard let self, let session = app.session else { return }
            do {
                let credentials = try app.backend.resetPassword(session, login: login)
                self.remember(credentials)
                CredentialSlip.show(credentials, app: app)
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }

    /// Creates the accounts still missing in the class, then offers one file with every slip
    /// issued on this screen.
    private func classSlips(app: Application) {
        let missing = people.filter { $0.login == nil }
        guard !missing.isEmpty || !issued.isEmpty else {
            app.status = .error(app.strings.nothingToPrint)
            return
        }
        let question = app.strings.confirmClassSlips(missing: missing.count, issued: issued.count, className: className)
        app.push(ConfirmScreen(title: app.strings.classSlipsTitle(className), question: question) { [weak self] app in
            guard let self, let session = app.session else { return }
            for person in missing {
                do {
                    remember(try app.backend.createFamilyAccount(session, holder: person.holder, login: nil))
                } catch {
                    app.status = .error(app.message(for: error))
                    break
                }
            }
            reload(app: app)
            let slips = issued.map { $0.credentials.slip(school: app.backend.schoolName) }.joined(separator: "\n")
            CredentialSlip.offerToSave(slips, title: app.strings.classSlipsTitle(className),
                                       body: [app.strings.slipsReady(issued.count)], fileName: className, app: app)
        })
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            classIndex = index
            issued = []
            list.select(0)
            reload(app: app)
        })
    }

    private func remember(_ credentials: Credentials) {
        issued.removeAll { $0.login == credentials.login }
        issued.append((credentials.login, credentials))
    }
}
