import EzhCore
import EzhService
import Foundation

/// The texts of the sign-in and password screens.
extension Strings {
    public var appName: String { ruEn("Электронный журнал", "Class journal") }
    public var signInTitle: String { ruEn("Вход в электронный журнал", "Sign in to the class journal") }
    public var passwordLabel: String { ruEn("Пароль:", "Password:") }

    /// The one answer to an unknown login, a wrong password and a locked account or terminal.
    public var wrongCredentials: String {
        ruEn("Неверный логин или пароль (или вход закрыт на время после неудачных попыток)",
          "Wrong login or password (or sign-in paused after failed attempts)")
    }

    public var loginEmpty: String { ruEn("Введите логин", "Type your login") }
    public func demoClock(_ text: String) -> String { ruEn("Демо: время школы \(text)", "Demo: school time \(text)") }
    public var demoAccounts: String { ruEn("Демонстрационные учётные записи:", "Demo accounts:") }
    public var changePasswordTitle: String { ruEn("Смена пароля", "Change password") }

    public var oneTimePasswordIntro: String {
        ruEn("Вы вошли с одноразовым паролем. Прежде чем работать с журналом, задайте свой пароль.",
             "You signed in with a one-time password. Choose your own password before using the journal.")
    }

    public var changePasswordIntro: String { ruEn("Введите текущий пароль и новый, дважды.", "Type your current password and the new one twice.") }

    public var passwordRules: String {
        ruEn("Новый пароль: не короче 8 символов и не совпадает с логином.",
             "The new password: at least 8 characters, not the same as the login.")
    }

    public var oneTimePasswordLabel: String { ruEn("Одноразовый пароль:", "One-time password:") }
    public var currentPasswordLabel: String { ruEn("Текущий пароль:", "Current password:") }
    public var newPasswordLabel: String { ruEn("Новый пароль:", "New password:") }
    public var repeatPasswordLabel: String { ruEn("Новый пароль ещё раз:", "New password again:") }

    public var mustChangePasswordFirst: String {
        ruEn("Сначала задайте свой пароль: до этого журнал недоступен. F12 — заблокировать, F10 — выход.",
             "Choose your own password first: the journal is closed until then. F12 locks, F10 quits.")
    }

    public var passwordsDiffer: String { ruEn("Новые пароли не совпадают: введите их ещё раз", "The new passwords differ: type them again") }
    public var passwordChanged: String { ruEn("Пароль изменён", "Password changed") }
    public var wrongOneTimePassword: String { ruEn("Неверный одноразовый пароль", "Wrong one-time password") }
    public var wrongCurrentPassword: String { ruEn("Неверный текущий пароль", "Wrong current password") }
}
