import EzhService

/// The texts of the school's settings screen: each setting's name and what it takes.
extension Strings {
    public var settingsTitle: String { ruEn("Настройки школы", "School settings") }
    public var settingsNote: String {
        ruEn("Новое название и неделя видны на других терминалах после их перезапуска",
             "Other terminals show a new name or week once they restart")
    }

    public func settingName(_ key: String) -> String {
        switch key {
        case JournalService.SchoolSettingKey.name: ruEn("Название школы", "School name")
        case JournalService.SchoolSettingKey.weekDays: ruEn("Дней в учебной неделе", "Days in the school week")
        default: RuleSettingCatalog.info(key).map { language == .ru ? $0.name.russian : $0.name.english } ?? key
        }
    }

    /// What the value takes, shown on its form.
    public func settingHint(_ key: String) -> String {
        switch key {
        case JournalService.SchoolSettingKey.name: ruEn("Полное название, как в уставе.", "The full name, as in the charter.")
        case JournalService.SchoolSettingKey.weekDays: ruEn("5 — пятидневка, 6 — шестидневка.", "5 for a five-day week, 6 for six.")
        default: RuleSettingCatalog.info(key).map { info in
            let accepts = info.accepts.text(in: language)
            return ruEn("Значение: \(accepts). По умолчанию \(info.defaultValue).",
                        "Value: \(accepts). Default \(info.defaultValue).")
        } ?? ""
        }
    }

    /// What a rule setting does, for the selected line and its form.
    public func settingMeaning(_ key: String) -> String? {
        RuleSettingCatalog.info(key)?.meaning.text(in: language).capitalizedFirst
    }

    /// «по умолч. 7» beside a rule's value; «изменено» marks one that differs from its default.
    public func settingDefault(_ key: String, value: String) -> String {
        guard let info = RuleSettingCatalog.info(key) else { return "" }
        return value == info.defaultValue ? ruEn("по умолч.", "default")
            : ruEn("изменено; по умолч. \(info.defaultValue)", "changed; default \(info.defaultValue)")
    }

    public var rulesSection: String { ruEn("Правила ведения журнала (docs/rules.md)", "Journal rules (docs/rules.md)") }

    public func settingChanged(_ key: String, from old: String, to new: String) -> String {
        ruEn("Изменено: \(settingName(key)) \(old) → \(new) (записано в историю)",
             "Changed: \(settingName(key)) \(old) → \(new) (kept in the history)")
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
