import EzhCore

/// What work the demo's teachers give marks for: the school's dictionary (`StandardWorkTypes`,
/// which every new school gets) and the tests each kind of subject sets.
enum WorkTypeCatalog {
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
