import EzhCore

/// The demo school's work types (a new school's standard ones) and the tests each subject gives.
enum WorkTypeCatalog {
    static let entries = StandardWorkTypes.entries
    static let answer = StandardWorkTypes.answer
    static let classWork = StandardWorkTypes.classWork
    static let homework = StandardWorkTypes.homework

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
