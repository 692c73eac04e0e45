/// An account as the administrator's list shows it.
public struct AccountSummary: Sendable, Hashable {
    public let login: String
    public let name: PersonName
    public let kind: String
    public let roles: [Role]
    public let isDisabled: Bool
    public let mustChangePassword: Bool
    public let lockedUntil: String?

    public init(
        login: String, name: PersonName, kind: String, roles: [Role], isDisabled: Bool, mustChangePassword: Bool,
        lockedUntil: String?
    ) {
        self.login = login
        self.name = name
        self.kind = kind
        self.roles = roles
        self.isDisabled = isDisabled
        self.mustChangePassword = mustChangePassword
        self.lockedUntil = lockedUntil
    }
}
