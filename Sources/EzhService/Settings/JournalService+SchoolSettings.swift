import EzhCore
internal import EzhStore

/// One setting of the school as its screen lists it: the key and the value in the form it is typed.
public struct SchoolSetting: Sendable, Hashable {
    public let key: String
    public let value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

extension JournalService {
    /// The keys of the school's own particulars, beside the rule settings' keys.
    public enum SchoolSettingKey {
        public static let name = "school.name"
        public static let weekDays = "school.week_days"
    }

    /// The administrator's settings screen: the school's name, its week (5 or 6 days) and every
    /// rule setting, each with its value now (a rule never set shows its default).
    public func schoolSettings(_ session: Session) throws -> [SchoolSetting] {
        try read { db in
            try require(.changeRuleSettings, try viewer(for: session, db))
            guard let school = try SchoolQueries.school(db) else { throw JournalError.notFound(BilingualText("школа", "school")) }
            let rules = try RuleQueries.settings(db)
            return [
                SchoolSetting(key: SchoolSettingKey.name, value: school.name),
                SchoolSetting(key: SchoolSettingKey.weekDays, value: String(school.weekDays)),
                SchoolSetting(key: RuleQueries.Key.dayEntryDeadline, value: rules.dayEntryDeadline.text),
                SchoolSetting(key: RuleQueries.Key.homeworkGraceMinutes, value: String(rules.homeworkGraceMinutes)),
                SchoolSetting(key: RuleQueries.Key.homeworkByEndOfSchoolDay, value: rules.homeworkByEndOfSchoolDay ? "1" : "0"),
                SchoolSetting(key: RuleQueries.Key.markWindowDays, value: String(rules.markWindowDays)),
                SchoolSetting(key: RuleQueries.Key.russianTextCheck, value: rules.russianTextCheck.rawValue),
                SchoolSetting(key: RuleQueries.Key.finalThresholds, value: rules.finalThresholds.map { String($0) }.joined(separator: ",")),
            ] + NoticeSettingCatalog.settings(try noticeSettings(db))
        }
    }

    /// Changes one of the school's settings (administrator), with its history row: the name,
    /// the week, or a rule setting. A six-day week stays while an open year's timetable has
    /// Saturday lessons. Other terminals see a new name or week when they next start.
    public func changeSchoolSetting(_ session: Session, key: String, value: String) throws {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch key {
        case SchoolSettingKey.name:
            guard !text.isEmpty else {
                throw JournalError.invalidInput(field: BilingualText("Название школы", "School name"), problem: BilingualText(
                    "не заполнено; впишите название, как в уставе", "empty; type the name as the school's charter gives it"
                ))
            }
            try TextLimit.schoolName.check(text)
            try changeSchoolRow(session, field: "name", to: text) { try SchoolSettingsQueries.setName(text, $0) }
        case SchoolSettingKey.weekDays:
            guard let days = Int(text), days == 5 || days == 6 else {
                throw JournalError.invalidInput(field: BilingualText("Дней в неделе", "Days a week"), problem: BilingualText(
                    "5 (пятидневка) или 6 (шестидневка)", "5 (a five-day week) or 6 (a six-day week)"
                ))
            }
            try changeSchoolRow(session, field: "week_days", to: String(days)) { db in
                if days == 5, try SchoolSettingsQueries.timetableUsesSaturday(db) {
                    throw JournalError.invalidInput(field: BilingualText("Дней в неделе", "Days a week"), problem: BilingualText(
                        "в расписании есть уроки в субботу; сначала уберите их из расписания",
                        "the timetable has Saturday lessons; take them out of the timetable first"
                    ))
                }
                try SchoolSettingsQueries.setWeekDays(days, db)
            }
        default:
            try changeRuleSetting(session, key: key, value: text)
        }
    }

    /// Writes one field of the school row when it changes, with its history row.
    private func changeSchoolRow(_ session: Session, field: String, to new: String, _ change: (StoreTransaction) throws -> Void) throws {
        try write(session) { db, stamp in
            try require(.changeRuleSettings, try viewer(for: session, db))
            guard let school = try SchoolQueries.school(db) else { throw JournalError.notFound(BilingualText("школа", "school")) }
            let old = field == "name" ? school.name : String(school.weekDays)
            guard old != new else { return }
            try change(db)
            try ChangeLog.record(stamp.change(entity: "school", key: "school=1", field: field, from: old, to: new), in: db)
        }
    }
}

extension TextLimit {
    public static let schoolName = TextLimit("Название школы", "School name", maximum: 300)
}
