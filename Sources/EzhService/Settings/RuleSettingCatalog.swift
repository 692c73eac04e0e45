import EzhCore

/// What the administrator reads about each rule setting (docs/rules.md, «Settings»): its name,
/// its default, what it does and what it takes, in both languages. The settings screen and
/// `ezh settings` read it, so they say the same.
public struct RuleSettingInfo: Sendable, Hashable {
    public let key: String
    public let name: BilingualText
    public let defaultValue: String
    public let meaning: BilingualText
    /// The values it takes, as the refusal of a bad value says.
    public let accepts: BilingualText
}

public enum RuleSettingCatalog {
    public static let all: [RuleSettingInfo] = journalRules + NoticeSettingCatalog.entries

    private static let journalRules: [RuleSettingInfo] = [
        RuleSettingInfo(
            key: "rules.day_entry_deadline", name: BilingualText("Срок записей дня", "Day entries deadline"), defaultValue: "21:00",
            meaning: BilingualText(
                "правило 1: тема и посещаемость вносятся в день урока до этого времени; в это же время закрывается окно отметок (правило 3)",
                "rule 1: topic and attendance are entered on the lesson's day until this time; rule 3's mark window ends at this time too"
            ),
            accepts: BilingualText("время ЧЧ:ММ, например 21:00", "a time HH:MM, for example 21:00")
        ),
        RuleSettingInfo(
            key: "rules.homework_grace_minutes", name: BilingualText("ДЗ: минут после уроков", "Homework: minutes after lessons"),
            defaultValue: "60",
            meaning: BilingualText(
                "правило 2: домашнее задание вносится не позже стольких минут после последнего урока учеников в этот день",
                "rule 2: homework is entered at most this many minutes after the pupils' last lesson that day"
            ),
            accepts: BilingualText("число минут от 0 до 720", "a number of minutes from 0 to 720")
        ),
        RuleSettingInfo(
            key: "rules.homework_by_end_of_school_day", name: BilingualText("ДЗ до конца уроков", "Homework by the end of lessons"),
            defaultValue: "0",
            meaning: BilingualText(
                "правило 2 строже: 1 — домашнее задание до конца последнего урока учеников, без запаса минут",
                "rule 2, stricter: 1 means homework by the end of the pupils' last lesson, with no grace"
            ),
            accepts: BilingualText("0 или 1", "0 or 1")
        ),
        RuleSettingInfo(
            key: "rules.mark_window_days", name: BilingualText("Окно отметок, дней", "Mark window, days"), defaultValue: "7",
            meaning: BilingualText(
                "правило 3: отметка за работу дня Д вносится или исправляется до срока записей дня на Д + столько дней",
                "rule 3: a mark for work on day D is entered or changed until the day entries deadline on D + this many days"
            ),
            accepts: BilingualText("число дней от 0 до 60", "a number of days from 0 to 60")
        ),
        RuleSettingInfo(
            key: "rules.russian_text_check", name: BilingualText("Проверка русского текста", "Russian text check"),
            defaultValue: "strict",
            meaning: BilingualText(
                "правило 9: тема и домашнее задание без русского слова — strict отклоняет, warn принимает с предупреждением, off не проверяет",
                "rule 9: a topic or homework with no Russian word — strict refuses, warn accepts with a warning, off does not check"
            ),
            accepts: BilingualText("strict, warn или off", "strict, warn or off")
        ),
        RuleSettingInfo(
            key: "rules.final_thresholds", name: BilingualText("Пороги итоговых отметок", "Final mark thresholds"),
            defaultValue: "2.5,3.5,4.5",
            meaning: BilingualText(
                "средний балл, с которого предлагается итоговая 3, 4 и 5 (2.6,3.6,4.6 — «в пользу ученика»); меньше 3 отметок — «н/а»",
                "the averages from which the suggested final is 3, 4 and 5 (2.6,3.6,4.6 favours the pupil); fewer than 3 marks: «н/а»"
            ),
            accepts: BilingualText("три возрастающих порога от 1 до 5 через запятую, например 2.5,3.5,4.5",
                                   "three rising thresholds from 1 to 5 separated by commas, for example 2.5,3.5,4.5")
        ),
    ]

    public static func info(_ key: String) -> RuleSettingInfo? { all.first { $0.key == key } }
}
