import EzhCore

/// «Смена пароля»: the current password, the new one twice, none of them echoed. After a
/// sign-in with a one-time password it is the only screen there is: leaving it is refused until
/// the password is changed (locking and quitting still work).
final class PasswordScreen: Screen {
    private enum Field: CaseIterable { case old, new, repeated }

    private let isFirstSignIn: Bool
    private var fields: [Field: TextField] = [
        .old: TextField(limit: .password), .new: TextField(limit: .password), .repeated: TextField(limit: .password),
    ]
    private var focus = Field.old
    private var fieldRows: [Int: Field] = [:]
    private static let labelWidth = 24
    private static let fieldWidth = 30

    init(isFirstSignIn: Bool) {
        self.isFirstSignIn = isFirstSignIn
    }

    var context: KeyContext { .form }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: "ezh · " + strings.changePasswordTitle, right: app.userAndClock(nameStyle: .full))
        let width = buffer.columns
        let left = max(1, (width - Self.labelWidth - Self.fieldWidth) / 2)
        var row = 2
        let intro = isFirstSignIn ? strings.oneTimePasswordIntro : strings.changePasswordIntro
        for line in TextFitting.wrap(intro + " " + strings.passwordRules, width: width - 2 * left) {
            buffer.put(line, row: row, column: left)
            row += 1
        }
        row += 1
        fieldRows = [:]
        for field in Field.allCases {
            fieldRows[row] = field
            let cursor = FormDrawing.field(
                &buffer, label: label(field, strings), field: fields[field]!, secret: true, row: row, left: left,
                labelWidth: Self.labelWidth, fieldWidth: Self.fieldWidth, focused: focus == field
            )
            if focus == field { buffer.cursor = cursor }
            row += 1
        }
        Chrome.drawStatus(&buffer, message: app.status)
        let keys: [Action] = isFirstSignIn ? [.confirm, .nextField, .help, .lock, .quit] : [.confirm, .nextField, .cancel, .help]
        Chrome.drawKeyBar(&buffer, actions: keys, context: context, app: app)
    }

    private func label(_ field: Field, _ strings: Strings) -> String {
        switch field {
        case .old: isFirstSignIn ? strings.oneTimePasswordLabel : strings.currentPasswordLabel
        case .new: strings.newPasswordLabel
        case .repeated: strings.repeatPasswordLabel
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let field = fieldRows[row] { focus = field }
            return
        }
        if fields[focus]!.edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            if focus == .repeated { submit(app: app) } else { focus = next(after: focus) }
        case .nextField: focus = next(after: focus)
        case .prevField: focus = Field.allCases[(Field.allCases.firstIndex(of: focus)! + 2) % 3]
        case .cancel, .back:
            if isFirstSignIn { app.status = .error(app.strings.mustChangePasswordFirst) } else { app.dismiss(self) }
        default:
            return false
        }
        return true
    }

    private func next(after field: Field) -> Field {
        Field.allCases[(Field.allCases.firstIndex(of: field)! + 1) % 3]
    }

    private func submit(app: Application) {
        guard let session = app.session else { return }
        let old = fields[.old]!.text, new = fields[.new]!.text
        guard new == fields[.repeated]!.text else {
            clear([.new, .repeated], focus: .new)
            app.status = .error(app.strings.passwordsDiffer)
            return
        }
        do {
            let updated = try app.backend.changePassword(session, old: old, new: new)
            app.signedIn(updated)
            app.status = .info(app.strings.passwordChanged)
        } catch JournalError.invalidCredentials {
            clear([.old], focus: .old)
            app.status = .error(isFirstSignIn ? app.strings.wrongOneTimePassword : app.strings.wrongCurrentPassword)
        } catch {
            clear([.new, .repeated], focus: .new)
            app.status = .error(app.message(for: error))
        }
    }

    private func clear(_ which: [Field], focus: Field) {
        for field in which { fields[field]!.clear() }
        self.focus = focus
    }
}
