/// The school's backup settings (`setting` rows `backup.*`), with their defaults.
public struct BackupSettings: Sendable, Equatable {
    /// Folders `ezh backup` copies to when no --to is given (mounted media, a network share).
    public var destinations: [String]
    public var policy: RotationPolicy
    /// The administrator's home warns when the last good backup is older than this.
    public var warnAfterDays: Int

    public init(destinations: [String] = [], policy: RotationPolicy = .standard, warnAfterDays: Int = 7) {
        self.destinations = destinations
        self.policy = policy
        self.warnAfterDays = warnAfterDays
    }

    public enum Key {
        public static let destinations = "backup.destinations"
        public static let keepDaily = "backup.keep_daily"
        public static let keepWeekly = "backup.keep_weekly"
        public static let keepMonthly = "backup.keep_monthly"
        public static let keepYearly = "backup.keep_yearly"
        public static let warnAfterDays = "backup.warn_after_days"
        public static let all = [destinations, keepDaily, keepWeekly, keepMonthly, keepYearly, warnAfterDays]
    }

    /// The settings from their stored text; a missing or unreadable value takes its default.
    public init(stored: [String: String]) {
        let defaults = BackupSettings()
        func number(_ key: String, _ fallback: Int) -> Int { stored[key].flatMap { Int($0) } ?? fallback }
        self.init(
            destinations: stored[Key.destinations].map(Self.folders) ?? [],
            policy: RotationPolicy(
                daily: number(Key.keepDaily, defaults.policy.daily), weekly: number(Key.keepWeekly, defaults.policy.weekly),
                monthly: number(Key.keepMonthly, defaults.policy.monthly), yearly: number(Key.keepYearly, defaults.policy.yearly)
            ),
            warnAfterDays: number(Key.warnAfterDays, defaults.warnAfterDays)
        )
    }

    /// The stored text of each setting.
    public var stored: [String: String] {
        [
            Key.destinations: destinations.joined(separator: ";"),
            Key.keepDaily: String(policy.daily), Key.keepWeekly: String(policy.weekly),
            Key.keepMonthly: String(policy.monthly), Key.keepYearly: String(policy.yearly),
            Key.warnAfterDays: String(warnAfterDays),
        ]
    }

    /// Folders separated by «;» (a path with «;» in it cannot be a destination).
    public static func folders(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A typed value in its stored form; refused naming what is expected.
    public static func normalize(key: String, value: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch key {
        case Key.destinations:
            let folders = folders(text)
            guard folders.allSatisfy({ $0.hasPrefix("/") }) else {
                throw JournalError.invalidInput(field: .verbatim(key), problem: BilingualText(
                    "полные пути папок через «;», например /mnt/usb1/ezh;/srv/nas/ezh",
                    "full folder paths separated by “;”, for example /mnt/usb1/ezh;/srv/nas/ezh"
                ))
            }
            return folders.joined(separator: ";")
        case Key.keepDaily, Key.keepWeekly, Key.keepMonthly, Key.keepYearly, Key.warnAfterDays:
            guard let number = Int(text), (0...1000).contains(number) else {
                throw JournalError.invalidInput(field: .verbatim(key), problem: BilingualText("целое число от 0 до 1000", "a whole number from 0 to 1000"))
            }
            if key == Key.warnAfterDays, number < 1 {
                throw JournalError.invalidInput(field: .verbatim(key), problem: BilingualText("не меньше 1 дня", "at least 1 day"))
            }
            return String(number)
        default:
            throw JournalError.invalidInput(field: .verbatim(key), problem: BilingualText(
                "нет такой настройки; есть: \(Key.all.joined(separator: ", "))",
                "no such setting; there are: \(Key.all.joined(separator: ", "))"
            ))
        }
    }
}
