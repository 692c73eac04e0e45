/// The school's dictionary of work types (типы заданий) with their weights.
enum WorkTypeCatalog {
    struct Entry {
        let name: String
        let abbreviation: String
        let weight: Double
        let isDefault: Bool
    }

    static let entries: [Entry] = [
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

    static let answer = "Ответ на уроке"
    static let classWork = "Работа на уроке"
    static let homework = "Домашнее задание"

    /// The kinds of test a subject gives to the whole class.
    static func tests(for kind: SubjectKind) -> [String] {
        switch kind {
        case .russian: ["Диктант", "Контрольная работа", "Изложение", "Проверочная работа"]
        case .literature: ["Сочинение", "Тестирование", "Контрольная работа"]
        case .reading: ["Проверочная работа", "Тестирование"]
        case .mathematics: ["Контрольная работа", "Самостоятельная работа", "Проверочная работа"]
        case .english: ["Тестирование", "Контрольная работа", "Проверочная работа"]
        case .world, .history, .social: ["Проверочная работа", "Тестирование", "Контрольная работа"]
        case .geography: ["Практическая работа", "Проверочная работа", "Тестирование"]
        case .science, .physics: ["Лабораторная работа", "Контрольная работа", "Проверочная работа"]
        case .informatics: ["Практическая работа", "Тестирование"]
        case .arts, .labour: ["Практическая работа", "Проект"]
        case .sport: ["Зачёт"]
        case .safety: ["Тестирование", "Практическая работа"]
        }
    }
}
