/// The dictionary of work types (типы заданий) a new school starts with, with the weights
/// Russian schools commonly give them. Every mark needs a work type, so `ezh init` writes these.
public enum StandardWorkTypes {
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let abbreviation: String
        public let weight: Double
        /// The type a new column of marks gets.
        public let isDefault: Bool
    }

    public static let answer = "Ответ на уроке"
    public static let classWork = "Работа на уроке"
    public static let homework = "Домашнее задание"

    /// Types a teacher marks for some pupils only (who answered, who handed in): rule 3 does not
    /// expect a mark from every pupil, so «what is due» never lists their unmarked pupils.
    public static let markedSelectively: [String] = [answer, classWork, homework]

    public static let entries: [Entry] = [
        Entry(name: answer, abbreviation: "Отв", weight: 1, isDefault: false),
        Entry(name: classWork, abbreviation: "Раб", weight: 1, isDefault: true),
        Entry(name: homework, abbreviation: "ДЗ", weight: 1, isDefault: false),
        Entry(name: "Самостоятельная работа", abbreviation: "С/р", weight: 1.5, isDefault: false),
        Entry(name: "Контрольная работа", abbreviation: "К/р", weight: 2, isDefault: false),
        Entry(name: "Проверочная работа", abbreviation: "П/р", weight: 1.5, isDefault: false),
        Entry(name: "Диктант", abbreviation: "Дикт", weight: 2, isDefault: false),
        Entry(name: "Сочинение", abbreviation: "Соч", weight: 2, isDefault: false),
        Entry(name: "Изложение", abbreviation: "Изл", weight: 2, isDefault: false),
        Entry(name: "Лабораторная работа", abbreviation: "Л/р", weight: 1.5, isDefault: false),
        Entry(name: "Практическая работа", abbreviation: "Пр/р", weight: 1.5, isDefault: false),
        Entry(name: "Проект", abbreviation: "Проект", weight: 2, isDefault: false),
        Entry(name: "Тестирование", abbreviation: "Тест", weight: 1.5, isDefault: false),
        Entry(name: "Зачёт", abbreviation: "Зачёт", weight: 2, isDefault: false),
        Entry(name: "Экзамен", abbreviation: "Экз", weight: 3, isDefault: false),
    ]
}
