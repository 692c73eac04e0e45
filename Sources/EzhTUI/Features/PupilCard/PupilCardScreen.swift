import EzhCore
import EzhService

/// One pupil's card, opened from the class's pupil list: the pupil's data and contacts, and
/// their parents by name and relation (a parent's contacts are on the parent's form, the least
/// a list needs). Every change goes through the service as one row of an import would.
final class PupilCardScreen: Screen {
    private let pupil: PupilID
    private let onChange: (Application) -> Void
    private var card: PupilCard?
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    init(pupil: PupilID, onChange: @escaping (Application) -> Void) {
        self.pupil = pupil
        self.onChange = onChange
    }

    var context: KeyContext { .pupilCard }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            card = try app.backend.pupilCard(session, pupil: pupil)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = card?.parents.count ?? 0
    }

    private var parents: [ParentContact] { card?.parents ?? [] }
    private var selectedParent: ParentContact? { parents.indices.contains(list.selected) ? parents[list.selected] : nil }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        buffer.cursor = nil
        guard let card else { return }
        let details = card.details
        Chrome.drawTitleBar(&buffer, left: strings.pupilCardTitle(details.name.lastAndFirst, card.className.description),
                            right: app.userAndClock(nameStyle: .initials))
        let fields: [(String, String)] = [
            (strings.lastNameLabel, details.name.last), (strings.firstNameLabel, details.name.first),
            (strings.patronymicLabel, details.name.patronymic), (strings.birthDateLabel, details.birthDate?.russian ?? ""),
            (strings.sexLabel, strings.sexText(details.sex)), (strings.personalFileLabel, details.personalFile),
            (strings.phoneLabel, details.phone), (strings.emailLabel, details.email),
        ]
        let labelWidth = fields.map(\.0.displayWidth).max()! + 2
        for (offset, field) in fields.enumerated() {
            buffer.put(field.0, row: 2 + offset, column: 2, style: CellStyle(dim: true))
            buffer.put(field.1, row: 2 + offset, column: 2 + labelWidth, maxWidth: buffer.columns - 4 - labelWidth)
        }
        let top = 3 + fields.count
        buffer.put(strings.parentsHeader, row: top, column: 2, style: CellStyle(bold: true, underline: true))
        if parents.isEmpty { buffer.put(strings.noParents, row: top + 1, column: 2, style: CellStyle(dim: true)) }
        rowIndexes = list.draw(into: &buffer, row: top + 1, height: buffer.rows - top - 3, text: { index in
            let parent = self.parents[index]
            return parent.name.full + (parent.relation.isEmpty ? "" : " — \(parent.relation)")
        }, style: { _ in .plain })
        Chrome.drawStatus(&buffer, message: app.status, fallback: "")
        var keys: [Action] = [.editPupil, .addParent]
        if !parents.isEmpty { keys.append(.editParent) }
        keys.append(.linkParent)
        if !parents.isEmpty { keys.append(.unlinkParent) }
        Chrome.drawKeyBar(&buffer, actions: keys + [.back, .help], context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .editPupil: editPupil(app: app)
        case .addParent: openParentForm(nil, app: app)
        case .editParent: if let selectedParent { openParentForm(selectedParent, app: app) }
        case .linkParent: askForSibling(app: app)
        case .unlinkParent: unlink(app: app)
        case .exemptions:
            if let card { app.push(ExemptionsScreen(pupil: pupil, name: card.details.name.lastAndFirst)) }
        default: return false
        }
        return true
    }

    /// Reloads the card and the list below after a change, keeping the message.
    private func changed(_ message: String, app: Application) {
        load(app: app)
        onChange(app)
        app.status = .info(message)
    }

    private func editPupil(app: Application) {
        guard let details = card?.details else { return }
        let strings = app.strings
        let lines: [FieldsFormScreen.Line] = [
            .init(strings.lastNameLabel, details.name.last, limit: .personName),
            .init(strings.firstNameLabel, details.name.first, limit: .personName),
            .init(strings.patronymicLabel, details.name.patronymic, limit: .personName),
            .init(strings.birthDateLabel, details.birthDate?.russian ?? "", note: strings.dateNote),
            .init(strings.sexLabel, strings.sexText(details.sex)),
            .init(strings.personalFileLabel, details.personalFile, limit: .personalFile),
            .init(strings.phoneLabel, details.phone), .init(strings.emailLabel, details.email),
        ]
        app.push(FieldsFormScreen(title: strings.pupilFormTitle, lines: lines) { [weak self] values, app in
            guard let self, let session = app.session else { return .close }
            guard values[3].isEmpty || DateInput.date(values[3]) != nil else { return .stay(.error(app.strings.notDateInput)) }
            guard let sex = PupilSex(text: values[4]) else { return .stay(.error(app.strings.notSexInput)) }
            let edited = PupilDetails(
                name: PersonName(last: values[0], first: values[1], patronymic: values[2]), birthDate: DateInput.date(values[3]),
                sex: sex, personalFile: values[5], phone: values[6], email: values[7]
            )
            do {
                let didChange = try app.backend.editPupil(session, pupil: pupil, edited)
                return .close { app in self.changed(didChange ? app.strings.pupilSaved : app.strings.nothingChanged, app: app) }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    private func openParentForm(_ parent: ParentContact?, app: Application) {
        let strings = app.strings
        let lines: [FieldsFormScreen.Line] = [
            .init(strings.lastNameLabel, parent?.name.last ?? "", limit: .personName),
            .init(strings.firstNameLabel, parent?.name.first ?? "", limit: .personName),
            .init(strings.patronymicLabel, parent?.name.patronymic ?? "", limit: .personName),
            .init(strings.relationLabel, parent?.relation ?? "", note: strings.relationNote),
            .init(strings.phoneLabel, parent?.phone ?? ""), .init(strings.emailLabel, parent?.email ?? ""),
        ]
        let title = parent == nil ? strings.newParentTitle : strings.parentFormTitle
        app.push(FieldsFormScreen(title: title, lines: lines) { [weak self] values, app in
            guard let self, let session = app.session else { return .close }
            let edited = ParentContact(
                id: parent?.id, name: PersonName(last: values[0], first: values[1], patronymic: values[2]),
                phone: values[4], email: values[5], relation: values[3]
            )
            do {
                let didChange = try app.backend.saveParent(session, pupil: pupil, edited)
                return .close { app in self.changed(didChange ? app.strings.parentSaved : app.strings.nothingChanged, app: app) }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    /// A sibling's parent: the sibling's personal-file number, then which of their parents.
    private func askForSibling(app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: strings.linkParentTitle, body: strings.linkParentBody, label: strings.personalFileLabel,
                                  initial: "", limit: .personalFile) { [weak self] number, app in
            guard let self, let session = app.session else { return .close }
            do {
                let found = try app.backend.siblingParents(session, personalFile: number)
                    .filter { candidate in !self.parents.contains { $0.id == candidate.id } }
                guard !found.isEmpty else { return .stay(.error(app.strings.noSiblingParents)) }
                return .close { app in self.chooseParent(found, app: app) }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    private func chooseParent(_ found: [ParentContact], app: Application) {
        let items = found.map { $0.name.full + ($0.relation.isEmpty ? "" : " — \($0.relation)") }
        app.push(PickerScreen(title: app.strings.chooseParentTitle, items: items, selected: 0) { [weak self] index, app in
            guard let self, let session = app.session, let id = found[index].id else { return }
            do {
                try app.backend.linkParent(session, pupil: pupil, parent: id, relation: found[index].relation)
                changed(app.strings.parentLinked, app: app)
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }

    private func unlink(app: Application) {
        guard let parent = selectedParent, let id = parent.id, let card else { return }
        let question = app.strings.unlinkParentQuestion(parent.name.full, card.details.name.lastAndFirst)
        app.push(ConfirmScreen(title: app.strings.unlinkParentTitle, question: question) { [weak self] app in
            guard let self, let session = app.session else { return }
            do {
                try app.backend.unlinkParent(session, pupil: pupil, parent: id)
                list.select(0)
                changed(app.strings.parentUnlinked, app: app)
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }
}
