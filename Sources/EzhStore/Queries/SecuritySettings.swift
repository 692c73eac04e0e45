import GRDB

/// The school's sign-in and terminal settings, with their defaults.
public struct SecuritySettings: Sendable, Hashable {
    /// Failed attempts in a row that lock an account for `lockoutMinutes`.
    public var maxFailedAttempts = 5
    public var lockoutMinutes = 5
    /// Failed attempts from one terminal, whatever the logins, within the last `lockoutMinutes`
    /// that lock the terminal until they age out (a guesser trying many logins).
    public var maxFailedAttemptsPerTerminal = 10
    /// Fractional minutes are allowed (0.1 is six seconds: handy in a test of the lock).
    public var idleLockMinutes = 5.0

    public init() {}

    public enum Key {
        public static let maxFailedAttempts = "auth.max_failed_attempts"
        public static let lockoutMinutes = "auth.lockout_minutes"
        public static let maxFailedAttemptsPerTerminal = "auth.max_failed_attempts_per_terminal"
        public static let idleLockMinutes = "terminal.idle_lock_minutes"
        public static let all = [maxFailedAttempts, lockoutMinutes, maxFailedAttemptsPerTerminal, idleLockMinutes]
    }

    public static func load(_ db: Database) throws -> SecuritySettings {
        var settings = SecuritySettings()
        if let value = try SettingQueries.value(Key.maxFailedAttempts, db).flatMap(Int.init) { settings.maxFailedAttempts = value }
        if let value = try SettingQueries.value(Key.lockoutMinutes, db).flatMap(Int.init) { settings.lockoutMinutes = value }
        if let value = try SettingQueries.value(Key.maxFailedAttemptsPerTerminal, db).flatMap(Int.init), value > 0 {
            settings.maxFailedAttemptsPerTerminal = value
        }
        if let value = try SettingQueries.value(Key.idleLockMinutes, db).flatMap(Double.init), value > 0 {
            settings.idleLockMinutes = value
        }
        return settings
    }
}
