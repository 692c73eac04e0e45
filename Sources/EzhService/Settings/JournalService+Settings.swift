import EzhCore
internal import EzhStore

/// A rule setting as `ezh settings` and the settings screen show it: what it is and its value now.
public struct RuleSettingValue: Sendable, Hashable {
    public let info: RuleSettingInfo
    public let value: String

    public var isDefault: Bool { value == info.defaultValue }
}

extension JournalService {
    /// Every rule setting with its value now (the default where none was set); the
    /// administrator's, as changing them is.
    public func ruleSettings(_ session: Session) throws -> [RuleSettingValue] {
        let values = Dictionary(uniqueKeysWithValues: try schoolSettings(session).map { ($0.key, $0.value) })
        return RuleSettingCatalog.all.map { RuleSettingValue(info: $0, value: values[$0.key] ?? $0.defaultValue) }
    }

    /// One rule setting; an unknown key is refused listing the known ones.
    public func ruleSetting(_ session: Session, key: String) throws -> RuleSettingValue {
        guard let found = try ruleSettings(session).first(where: { $0.info.key == key }) else { throw Self.unknownRuleSetting(key) }
        return found
    }

    static func unknownRuleSetting(_ key: String) -> JournalError {
        let known = (RuleQueries.Key.all + NoticeSettings.Key.all).joined(separator: ", ")
        return JournalError.invalidInput(
            field: .verbatim(key), problem: BilingualText("нет такой настройки; есть: \(known)", "no such setting; there are: \(known)")
        )
    }

    /// The administrator changes one rule setting; the change is validated and recorded with its
    /// old and new value.
    public func changeRuleSetting(_ session: Session, key: String, value: String) throws {
        try write(session) { db, stamp in
            try require(.changeRuleSettings, try viewer(for: session, db))
            guard RuleQueries.Key.all.contains(key) || NoticeSettings.Key.all.contains(key) else { throw Self.unknownRuleSetting(key) }
            let normalized = try RuleSettingValidation.normalize(key: key, value: value)
            let old = try SettingQueries.value(key, db)
            guard old != normalized else { return }
            try SettingQueries.set(key, to: normalized, db)
            try ChangeLog.record(stamp.change(entity: "setting", key: key, field: "value", from: old, to: normalized), in: db)
        }
    }
}

/// Checks a rule setting's new value and writes it in its stored form. A refusal repeats the
/// typed value and says what the setting takes (`RuleSettingCatalog`).
enum RuleSettingValidation {
    static func normalize(key: String, value: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        func fail() -> JournalError {
            let accepts = RuleSettingCatalog.info(key)?.accepts ?? BilingualText("известное значение", "a known value")
            return .invalidInput(field: .verbatim(key), problem: BilingualText(
                "«\(text)» не подходит; нужно: \(accepts.russian)", "“\(text)” does not fit; it takes \(accepts.english)"
            ))
        }
        switch key {
        case RuleQueries.Key.dayEntryDeadline:
            guard let time = TimeOfDay(text: text) else { throw fail() }
            return time.text
        case RuleQueries.Key.homeworkGraceMinutes:
            guard let minutes = Int(text), (0...720).contains(minutes) else { throw fail() }
            return String(minutes)
        case RuleQueries.Key.markWindowDays:
            guard let days = Int(text), (0...60).contains(days) else { throw fail() }
            return String(days)
        case RuleQueries.Key.homeworkByEndOfSchoolDay:
            guard ["0", "1"].contains(text) else { throw fail() }
            return text
        case RuleQueries.Key.russianTextCheck:
            guard RussianTextCheck(rawValue: text) != nil else { throw fail() }
            return text
        case RuleQueries.Key.finalThresholds:
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, numbers.count == 3, numbers == numbers.sorted(), Set(numbers).count == 3,
                  numbers.allSatisfy({ (1.0...5.0).contains($0) })
            else { throw fail() }
            return numbers.map { String($0) }.joined(separator: ",")
        default:
            guard let notices = NoticeSettings.normalize(key: key, value: text) else { throw fail() }
            return notices
        }
    }
}
