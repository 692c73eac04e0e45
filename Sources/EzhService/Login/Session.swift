import EzhCore

/// Where a person sits: the terminal's tty and, over SSH, the client's address. Recorded with
/// every change so the history says from which terminal it came.
public struct TerminalInfo: Sendable, Hashable {
    public let tty: String
    public let remoteAddress: String?

    public init(tty: String, remoteAddress: String? = nil) {
        self.tty = tty
        self.remoteAddress = remoteAddress
    }

    /// "pts/3", or "pts/3 (10.0.0.7)" over SSH.
    public var label: String { remoteAddress.map { "\(tty) (\($0))" } ?? tty }
}

/// A signed-in person: who they are, what roles they hold, and their own preferences (the
/// terminal is shared, so preferences belong to the account, not to the OS user).
public struct Session: Sendable, Hashable {
    public let accountID: AccountID
    public let login: String
    public let displayName: String
    public let roles: Set<Role>
    public let staffID: StaffID?
    public let language: Language
    public let keymapName: String
    /// A one-time password was used: the person must choose their own before anything else.
    public let mustChangePassword: Bool

    public init(
        accountID: AccountID, login: String, displayName: String, roles: Set<Role>,
        staffID: StaffID?, language: Language, keymapName: String, mustChangePassword: Bool = false
    ) {
        self.accountID = accountID
        self.login = login
        self.displayName = displayName
        self.roles = roles
        self.staffID = staffID
        self.language = language
        self.keymapName = keymapName
        self.mustChangePassword = mustChangePassword
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The roles as the access log records them: "teacher,class_teacher".
    public var roleLabel: String { roles.sorted().map(\.rawValue).joined(separator: ",") }
}

/// A demo account as the demo login screen lists it.
public struct DemoAccountHint: Sendable, Hashable {
    public let login: String
    public let description: String

    public init(login: String, description: String) {
        self.login = login
        self.description = description
    }
}
