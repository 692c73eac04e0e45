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
        case "rules.day_entry_deadline": ruEn("Срок записи урока (время)", "Lesson entry deadline (time)")
        case "rules.homework_grace_minutes": ruEn("Домашнее задание: минут после урока", "Homework: minutes after the lesson")
        case "rules.homework_by_end_of_school_day": ruEn("Домашнее задание до конца уроков", "Homework by the end of lessons")
        case "rules.mark_window_days": ruEn("Отметку можно исправить, дней", "Marks can be corrected, days")
        case "rules.russian_text_check": ruEn("Проверка русского текста", "Russian text check")
        case "rules.final_thresholds": ruEn("Пороги итоговых отметок", "Final mark thresholds")
        default: key
        }
    }

    /// What the value takes, shown on its form.
    public func settingHint(_ key: String) -> String {
        switch key {
        case JournalService.SchoolSettingKey.name: ruEn("Полное название, как в уставе.", "The full name, as in the charter.")
        case JournalService.SchoolSettingKey.weekDays: ruEn("5 — пятидневка, 6 — шестидневка.", "5 for a five-day week, 6 for six.")
        case "rules.day_entry_deadline": ruEn("Время ЧЧ:ММ, например 21:00.", "A time HH:MM, for example 21:00.")
        case "rules.homework_grace_minutes": ruEn("Минут от 0 до 720.", "Minutes from 0 to 720.")
        case "rules.homework_by_end_of_school_day": ruEn("1 — до конца уроков, 0 — через час после урока.",
                                                         "1 by the end of lessons, 0 an hour after the lesson.")
        case "rules.mark_window_days": ruEn("Дней от 0 до 60.", "Days from 0 to 60.")
        case "rules.russian_text_check": ruEn("strict, warn или off.", "strict, warn or off.")
        case "rules.final_thresholds": ruEn("Три порога через запятую, например 2.5,3.5,4.5.", "Three thresholds, for example 2.5,3.5,4.5.")
        default: ""
        }
    }

    public func settingChanged(_ key: String) -> String { ruEn("Изменено: \(settingName(key))", "Changed: \(settingName(key))") }
}
