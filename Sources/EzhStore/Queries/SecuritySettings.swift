import GRDB

/// The school's sign-in and terminal settings, with their defaults.
public struct SecuritySettings: Sendable, Hashable {
    public var maxFailedAttempts = 5
    public var lockoutMinutes = 5
    /// Fractional minutes are allowed (0.1 is six seconds: handy in a test of the lock).
    public var idleLockMinutes = 5.0

    public init() {}

    public enum Key {
        public static let maxFailedAttempts = "auth.max_failed_attempts"
        public static let lockoutMinutes = "auth.lockout_minutes"
        public static let idleLockMinutes = "terminal.idle_lock_minutes"
        public static let all = [maxFailedAttempts, lockoutMinutes, idleLockMinutes]
    }

    public static func load(_ db: Database) throws -> SecuritySettings {
        var settings = SecuritySettings()
        if let value = try SettingQueries.value(Key.maxFailedAttempts, db).flatMap(Int.init) { settings.maxFailedAttempts = value }
        if let value = try SettingQueries.value(Key.lockoutMinutes, db).flatMap(Int.init) { settings.lockoutMinutes = value }
        if let value = try SettingQueries.value(Key.idleLockMinutes, db).flatMap(Double.init), value > 0 {
            settings.idleLockMinutes = value
        }
        return settings
    }
}
