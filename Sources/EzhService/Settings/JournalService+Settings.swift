import EzhCore
internal import EzhStore

extension JournalService {
    /// The administrator changes one rule setting; the change is validated and recorded with its
    /// old and new value.
    public func changeRuleSetting(_ session: Session, key: String, value: String) throws {
        try write(session) { db, stamp in
            try require(.changeRuleSettings, try viewer(for: session, db))
            guard RuleQueries.Key.all.contains(key) else {
                let known = RuleQueries.Key.all.joined(separator: ", ")
                throw JournalError.invalidInput(
                    field: .verbatim(key), problem: BilingualText("нет такой настройки; есть: \(known)", "no such setting; there are: \(known)")
                )
            }
            let normalized = try RuleSettingValidation.normalize(key: key, value: value)
            let old = try SettingQueries.value(key, db)
            guard old != normalized else { return }
            try SettingQueries.set(key, to: normalized, db)
            try ChangeLog.record(stamp.change(entity: "setting", key: key, field: "value", from: old, to: normalized), in: db)
        }
    }
}

/// Checks a rule setting's new value and writes it in its stored form.
enum RuleSettingValidation {
    static func normalize(key: String, value: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        func fail(_ russian: String, _ english: String) -> JournalError {
            .invalidInput(field: .verbatim(key), problem: BilingualText(russian, english))
        }
        switch key {
        case RuleQueries.Key.dayEntryDeadline:
            guard let time = TimeOfDay(text: text) else { throw fail("время в виде ЧЧ:ММ, например 21:00", "a time as HH:MM, for example 21:00") }
            return time.text
        case RuleQueries.Key.homeworkGraceMinutes:
            guard let minutes = Int(text), (0...720).contains(minutes) else { throw fail("число минут от 0 до 720", "a number of minutes from 0 to 720") }
            return String(minutes)
        case RuleQueries.Key.markWindowDays:
            guard let days = Int(text), (0...60).contains(days) else { throw fail("число дней от 0 до 60", "a number of days from 0 to 60") }
            return String(days)
        case RuleQueries.Key.homeworkByEndOfSchoolDay:
            guard ["0", "1"].contains(text) else { throw fail(
                "0 (час после уроков) или 1 (до конца уроков)", "0 (an hour after the lessons) or 1 (by the end of the lessons)"
            ) }
            return text
        case RuleQueries.Key.russianTextCheck:
            guard RussianTextCheck(rawValue: text) != nil else { throw fail("strict, warn или off", "strict, warn or off") }
            return text
        case RuleQueries.Key.finalThresholds:
            let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == 3, numbers == numbers.sorted(), numbers.allSatisfy({ (1.0...5.0).contains($0) })
            else {
                throw fail(
                    "три возрастающих порога через запятую, например 2.5,3.5,4.5",
                    "three rising thresholds separated by commas, for example 2.5,3.5,4.5"
                )
            }
            return numbers.map { String($0) }.joined(separator: ",")
        default:
            throw fail("неизвестная настройка", "unknown setting")
        }
    }
}
