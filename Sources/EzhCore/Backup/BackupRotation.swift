/// How long backups are kept: the newest of each day for `daily` days, of each week (Monday to
/// Sunday) for `weekly` weeks, of each month for `monthly` months, of each year for `yearly`
/// years, today's bucket counting as the first of each. A backup is kept if any rule keeps it.
public struct RotationPolicy: Sendable, Equatable {
    public var daily: Int
    public var weekly: Int
    public var monthly: Int
    public var yearly: Int

    public init(daily: Int, weekly: Int, monthly: Int, yearly: Int) {
        self.daily = daily
        self.weekly = weekly
        self.monthly = monthly
        self.yearly = yearly
    }

    /// Daily for 30 days, weekly for about three months, monthly for a year, yearly for five.
    public static let standard = RotationPolicy(daily: 30, weekly: 13, monthly: 12, yearly: 5)
}

/// Which backups rotation keeps: a pure function of the backups' days, today and the policy.
public enum BackupRotation {
    public struct Backup<ID: Hashable & Sendable>: Sendable {
        public let id: ID
        /// The school day it was made on.
        public let day: LocalDate
        /// Orders backups of one day (the instant, or anything that sorts as time does).
        public let order: String

        public init(id: ID, day: LocalDate, order: String) {
            self.id = id
            self.day = day
            self.order = order
        }
    }

    /// The ids to keep. The newest backup is always kept, whatever the policy, and so is any
    /// backup dated after today (a clock set wrong must not delete the good copies).
    public static func keep<ID>(_ backups: [Backup<ID>], today: LocalDate, policy: RotationPolicy) -> Set<ID> {
        let newestFirst = backups.sorted { ($0.day, $0.order) > ($1.day, $1.order) }
        var kept = Set<ID>()
        if let newest = newestFirst.first { kept.insert(newest.id) }
        for backup in newestFirst where backup.day > today { kept.insert(backup.id) }
        let past = newestFirst.filter { $0.day <= today }
        kept.formUnion(newestOfEach(past, bucket: { $0.dayNumber }, within: policy.daily, current: today.dayNumber))
        kept.formUnion(newestOfEach(past, bucket: weekNumber, within: policy.weekly, current: weekNumber(today)))
        kept.formUnion(newestOfEach(past, bucket: monthNumber, within: policy.monthly, current: monthNumber(today)))
        kept.formUnion(newestOfEach(past, bucket: { $0.year }, within: policy.yearly, current: today.year))
        return kept
    }

    /// The first backup (they come newest first) of each bucket among the `count` buckets up to
    /// and including `current`.
    private static func newestOfEach<ID>(
        _ newestFirst: [Backup<ID>], bucket: (LocalDate) -> Int, within count: Int, current: Int
    ) -> Set<ID> {
        var seen = Set<Int>()
        var kept = Set<ID>()
        for backup in newestFirst {
            let key = bucket(backup.day)
            guard current - key < count, seen.insert(key).inserted else { continue }
            kept.insert(backup.id)
        }
        return kept
    }

    /// Weeks counted from a Monday, so a week's seven days share one number.
    private static func weekNumber(_ day: LocalDate) -> Int {
        (day.dayNumber - (day.weekday - 1) + 3) / 7
    }

    private static func monthNumber(_ day: LocalDate) -> Int { day.year * 12 + day.month - 1 }
}
