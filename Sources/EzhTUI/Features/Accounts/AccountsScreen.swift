import EzhCore
import EzhService
import Foundation

/// The administrator's list of accounts: login, name, kind, roles and state (disabled, must
/// change the password, locked), with a search; adding a member of staff or creating an account
/// for one, resetting a password and changing roles. New credentials are shown as a slip that can be saved to a file.
final class AccountsScreen: Screen {
    private var all: [AccountSummary] = []
    private var shown: [AccountSummary] = []
    private var list = SelectableList()
    private var search = TextField()
    private var isSearching = false
    private var rowIndexes: [Int: Int] = [:]

    func load(app: Application) {
        reload(app: app)
    }

    var context: KeyContext { .accounts }

    // MARK: Drawing

    private static let loginWidth = 14
    private static let nameWidth = 20
    private static let kindWidth = 9
    private static let rolesWidth = 14

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.accountsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let searchLabel = strings.searchLabel
        buffer.put(searchLabel, row: 1, column: 1, style: isSearching ? .bold : .plain)
        let shownSearch = search.visible(width: 30, secret: false)
        buffer.putPadded(shownSearch, row: 1, column: 2 + searchLabel.displayWidth, width: 30, style: CellStyle(underline: true))
        buffer.put(strings.accountsCount(shown.count, of: all.count), row: 1, column: 35 + searchLabel.displayWidth, style: CellStyle(dim: true))
        buffer.put(row(strings.loginHeader, strings.nameHeader, strings.kindHeader, strings.rolesHeader, strings.stateHeader),
                   row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        list.count = shown.count
        let now = app.backend.now()
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let account = self.shown[index]
            return self.row(account.login, account.name.withInitials, strings.accountKind(account.kind),
                            account.roles.map(strings.shortRoleName).joined(separator: ","), self.state(account, now: now, app: app))
        }, style: { self.shown[$0].isDisabled ? CellStyle(dim: true) : .plain })
        if shown.isEmpty {
            buffer.put(all.isEmpty ? strings.noAccounts : strings.nothingFound, row: 3, column: 2)
        }
        if isSearching {
            buffer.cursor = CursorPosition(row: 1, column: 2 + searchLabel.displayWidth + shownSearch.displayWidth)
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.newAccount, .resetPassword, .search, .editRoles, .disableAccount, .back, .help],
                          context: context, app: app)
    }

    private func row(_ login: String, _ name: String, _ kind: String, _ roles: String, _ state: String) -> String {
        [TextFitting.fit(login, width: Self.loginWidth), TextFitting.fit(name, width: Self.nameWidth),
         TextFitting.fit(kind, width: Self.kindWidth), TextFitting.fit(roles, width: Self.rolesWidth), state].joined(separator: " ")
    }

    /// «откл.», «смена пароля», «заблок. до 11:05»: every state in words.
    private func state(_ account: AccountSummary, now: Date, app: Application) -> String {
        var parts: [String] = []
        if account.isDisabled { parts.append(app.strings.disabledMark) }
        if account.mustChangePassword { parts.append(app.strings.mustChangeMark) }
        if let until = account.lockedUntil.flatMap(InstantFormat.date), until > now {
            parts.append(app.strings.lockedUntilMark(app.backend.timeZone.timeOfDay(of: until).text))
        }
        return parts.joined(separator: ", ")
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = rowIndexes[row] { list.select(index) }
            return
        }
        if isSearching {
            if search.edit(with: key) {
                applySearch()
                return
            }
            // Leaving the search: the confirm key keeps it, the cancel key clears it.
            switch app.keymap.commandAction(for: key, in: .form) {
            case .confirm: isSearching = false; return
            case .cancel: search.clear(); applySearch(); isSearching = false; return
            default: break
            }
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .search: isSearching = true
        case .newAccount: newStaffAccount(app: app)
        case .resetPassword: resetPassword(app: app)
        case .editRoles: editRoles(app: app)
        case .disableAccount: switchAccount(app: app)
        default: return false
        }
        return true
    }

    private func applySearch() {
        let needle = search.text.lowercased().trimmingCharacters(in: .whitespaces)
        shown = needle.isEmpty ? all : all.filter { account in
            [account.login, account.name.full, account.kind].contains { $0.lowercased().contains(needle) }
                || account.roles.contains { $0.rawValue.contains(needle) }
        }
        list.count = shown.count
    }

    private func reload(app: Application) {
        guard let session = app.session else { return }
        do {
            all = try app.backend.accounts(session)
        } catch {
            app.status = .error(app.message(for: error))
        }
        applySearch()
    }

    private var selectedAccount: AccountSummary? {
        shown.indices.contains(list.selected) ? shown[list.selected] : nil
    }

    // MARK: Commands

    private func newStaffAccount(app: Application) {
        guard let session = app.session else { return }
        let staff: [(id: StaffID, name: PersonName)]
        do {
            staff = try app.backend.staff(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        // The first item adds a new person; the others give an existing one an account.
        let items = [app.strings.newStaffMemberItem] + staff.map(\.name.full)
        app.push(PickerScreen(title: app.strings.chooseStaffMember, items: items) { [weak self] index, app in
            guard index > 0 else {
                self?.addStaffMember(app: app)
                return
            }
            let person = staff[index - 1]
            app.push(RolesFormScreen(
                title: app.strings.newAccountFor(person.name.full), hasLoginField: true,
                roles: Role.allCases.filter(\.isStaff), checked: [.teacher]
            ) { login, roles, app in
                guard let session = app.session else { return .close }
                do {
                    let credentials = try app.backend.createStaffAccount(session, staff: person.id, login: login, roles: roles)
                    return .close { app in self?.afterIssuing(credentials, app: app) }
                } catch {
                    return .stay(.error(app.message(for: error)))
                }
            })
        })
    }

    private func addStaffMember(app: Application) {
        app.push(StaffFormScreen { [weak self] entry, app in
            guard let session = app.session else { return .close }
            do {
                let credentials = try app.backend.addStaffMember(
                    session, name: entry.name, position: entry.position, login: entry.login, roles: entry.roles
                )
                return .close { app in self?.afterIssuing(credentials, app: app) }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    private func resetPassword(app: Application) {
        guard let account = selectedAccount else { return }
        app.push(ConfirmScreen(title: app.strings.resetPasswordTitle, question: app.strings.confirmReset(account.login)) { [weak self] app in
            guard let session = app.session else { return }
            do {
                self?.afterIssuing(try app.backend.resetPassword(session, login: account.login), app: app)
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }

    private func editRoles(app: Application) {
        guard let account = selectedAccount else { return }
        guard account.kind == "staff" else {
            app.status = .error(app.strings.familyRolesFixed)
            return
        }
        app.push(RolesFormScreen(
            title: app.strings.rolesOf(account.login), hasLoginField: false, roles: Role.allCases.filter(\.isStaff),
            checked: Set(account.roles)
        ) { [weak self] _, roles, app in
            guard let session = app.session else { return .close }
            do {
                try app.backend.setRoles(session, login: account.login, roles: roles, replacing: Set(account.roles))
                return .close { app in
                    self?.reload(app: app)
                    app.status = .info(app.strings.rolesChanged(account.login))
                }
            } catch JournalError.cellChanged(let change) {
                // Another administrator changed them meanwhile: the list shows the roles now.
                return .close { app in
                    self?.reload(app: app)
                    app.status = .error(JournalError.cellChanged(change).message(in: app.strings.language))
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    /// Switches the selected staff account off (asking first) or on again: a person who left
    /// keeps their history, and their account no longer signs in.
    private func switchAccount(app: Application) {
        guard let account = selectedAccount else { return }
        guard account.kind == "staff" else {
            app.status = .error(app.strings.onlyStaffSwitchOff)
            return
        }
        let disable = !account.isDisabled
        let change: (Application) -> Void = { [weak self] app in
            guard let session = app.session else { return }
            do {
                try app.backend.setAccountDisabled(session, login: account.login, disabled: disable)
                self?.reload(app: app)
                app.status = .info(app.strings.accountSwitched(account.login, off: disable))
            } catch {
                app.status = .error(app.message(for: error))
            }
        }
        guard disable else { return change(app) }
        app.push(ConfirmScreen(title: app.strings.switchOffTitle, question: app.strings.confirmSwitchOff(account.login), onConfirm: change))
    }

    private func afterIssuing(_ credentials: Credentials, app: Application) {
        reload(app: app)
        CredentialSlip.show(credentials, app: app)
    }
}
