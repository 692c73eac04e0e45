import EzhCore

/// A login and its one-time password, to hand over on a slip. Never logged or stored in clear.
public struct Credentials: Sendable, Hashable {
    public let holderName: String
    public let login: String
    public let oneTimePassword: String
    /// A member of staff's slip sends a lost password to the administrator, a family's to the
    /// class teacher.
    public let isStaff: Bool

    public init(holderName: String, login: String, oneTimePassword: String, isStaff: Bool = false) {
        self.holderName = holderName
        self.login = login
        self.oneTimePassword = oneTimePassword
        self.isStaff = isStaff
    }

    /// The credential slip (plain text): school, person, login, one-time password, what to do.
    public func slip(school: String) -> String {
        """
        \(school)
        Электронный журнал: реквизиты доступа

        \(holderName)
        Логин:  \(login)
        Пароль: \(oneTimePassword)

        Пароль одноразовый: при первом входе задайте свой (не короче \(PasswordPolicy.minimumLength) символов).
        Никому не сообщайте пароль. Утерянный пароль сбросит \(isStaff ? "администратор журнала" : "классный руководитель").
        ------------------------------------------------------------
        """
    }
}
