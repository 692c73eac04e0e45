import EzhCore
import GRDB

/// What the rule engine needs from the database: the school's rule settings, the state of the
/// period holding a day, and when a lesson's pupils end their day.
public enum RuleQueries {
    /// Setting keys of the rules; absent keys take the instruction's defaults.
    public enum Key {
        public static let dayEntryDeadline = "rules.day_entry_deadline"
        public static let homeworkGraceMinutes = "rules.homework_grace_minutes"
        public static let homeworkByEndOfSchoolDay = "rules.homework_by_end_of_school_day"
        public static let markWindowDays = "rules.mark_window_days"
        public static let russianTextCheck = "rules.russian_text_check"
        public static let finalThresholds = "rules.final_thresholds"
        public static let all = [
            dayEntryDeadline, homeworkGraceMinutes, homeworkByEndOfSchoolDay, markWindowDays, russianTextCheck,
            finalThresholds,
        ]
    }

    public static func settings(_ db: Database) throws -> RuleSettings {
        var settings = RuleSettings.defaults
        let stored = Dictionary(
            try Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM setting WHERE key LIKE 'rules.%'"))
                .map { ($0["key"] as String, $0["value"] as String) },
            uniquingKeysWith: { $1 }
        )
        if let value = stored[Key.dayEntryDeadline].flatMap(TimeOfDay.init(text:)) { settings.dayEntryDeadline = value }
        if let value = stored[Key.homeworkGraceMinutes].flatMap(Int.init) { settings.homeworkGraceMinutes = value }
        if let value = stored[Key.homeworkByEndOfSchoolDay] { settings.homeworkByEndOfSchoolDay = value == "1" }
        if let value = stored[Key.markWindowDays].flatMap(Int.init) { settings.markWindowDays = value }
        if let value = stored[Key.russianTextCheck].flatMap(RussianTextCheck.init(rawValue:)) {
            settings.russianTextCheck = value
        }
        if let value = stored[Key.finalThresholds] {
            let numbers = value.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            if numbers.count == 3 { settings.finalThresholds = numbers }
        }
        return settings
    }

    /// The period of the class's scheme that holds `day`, with its closed flag and finals date.
    public static func periodState(ofClass classID: ClassID, on day: LocalDate, _ db: Database) throws -> (PeriodID, PeriodState)? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.id, p.starts_on, p.ends_on, p.finals_due_on,
                coalesce(p.closed_at, (SELECT pc.closed_at FROM period_class_closing pc WHERE pc.period_id = p.id AND pc.class_id = c.id)) AS closed_at
            FROM period p JOIN class c ON c.year_id = p.year_id AND c.period_scheme = p.scheme
            WHERE c.id = ? AND ? BETWEEN p.starts_on AND p.ends_on
            """), arguments: [classID.rawValue, day.iso]).map { row in
            (PeriodID(row["id"]), PeriodState(
                span: DateSpan(LocalDate(iso: row["starts_on"])!, LocalDate(iso: row["ends_on"])!),
                isClosed: (row["closed_at"] as String?) != nil,
                finalsDue: (row["finals_due_on"] as String?).flatMap(LocalDate.init(iso:))
            ))
        }
    }

    /// When the pupils of a lesson end their day: the end of the last lesson that day of the
    /// whole class, or of any subgroup one of those pupils belongs to in that period.
    public static func pupilsDayEnd(of lesson: LessonRecord, period: PeriodID?, _ db: Database) throws -> TimeOfDay {
        let pupilsOfLesson: String
        var arguments: StatementArguments = [lesson.date.iso, lesson.classID.rawValue]
        if let subgroup = lesson.subgroupID {
            pupilsOfLesson = "SELECT pupil_id FROM subgroup_membership WHERE subgroup_id = ? AND period_id = ?"
            arguments += [subgroup.rawValue, period?.rawValue ?? 0]
        } else {
            pupilsOfLesson = """
                SELECT pupil_id FROM class_membership
                WHERE class_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
                """
            arguments += [lesson.classID.rawValue, lesson.date.iso, lesson.date.iso]
        }
        arguments += [period?.rawValue ?? 0]
        // EXISTS by the lesson's subgroup, not «subgroup_id IN (the pupils' subgroups)»: SQLite
        // then looks the few pupils up by the membership's key instead of reading every
        // membership of the school, which the deputy's overview did once per class and day.
        let latest = try String.fetchOne(db.cachedStatement(sql: """
            SELECT max(l.ends_at) FROM lesson l
            WHERE l.date = ? AND l.class_id = ? AND (l.subgroup_id IS NULL OR EXISTS (
                SELECT 1 FROM subgroup_membership sm
                WHERE sm.subgroup_id = l.subgroup_id AND sm.pupil_id IN (\(pupilsOfLesson)) AND sm.period_id = ?
            ))
            """), arguments: arguments)
        return latest.flatMap(TimeOfDay.init(text:)).map { max($0, lesson.end) } ?? lesson.end
    }
}
