import EzhCore
import Foundation

/// Texts several screens share: the idle lock, forms' key hints, a list's position, search and
/// file fields, column headers.
extension Strings {
    // MARK: Lock

    public func lockedWhenIdle(minutes: Double) -> String {
        let number = minutes == minutes.rounded() ? String(Int(minutes)) : String(format: "%g", minutes)
        let shown = language == .ru ? number.replacingOccurrences(of: ".", with: ",") : number
        return ruEn("Терминал заблокирован после \(shown) мин без действий", "The terminal locked itself after \(shown) min without a key")
    }

    // MARK: Forms and lists

    public func formHint(_ action: Action) -> String {
        switch action {
        case .toggle: ruEn("отметить или выбрать", "tick or choose")
        case .confirm: ruEn("готово", "done")
        case .cancel: ruEn("отмена", "cancel")
        default: describe(action)
        }
    }

    public func listPosition(first: Int, last: Int, of count: Int) -> String {
        ruEn("Строки \(first)–\(last) из \(count)", "Rows \(first)-\(last) of \(count)")
    }

    public var searchLabel: String { ruEn("Поиск:", "Search:") }
    public var nothingFound: String { ruEn("Ничего не найдено", "Nothing found") }
    public var saveToFileLabel: String { ruEn("Файл:", "File:") }

    public var subjectHeader: String { ruEn("Предмет", "Subject") }

    public var loginHeader: String { ruEn("Логин", "Login") }
    public func shortRoleName(_ role: Role) -> String {
        switch role {
        case .administrator: ruEn("админ.", "admin")
        case .director: ruEn("дир.", "dir.")
        case .deputy: ruEn("завуч", "deputy")
        case .teacher: ruEn("учит.", "teach.")
        case .classTeacher: ruEn("кл.рук.", "cl.t.")
        case .parent: ruEn("род.", "parent")
        case .pupil: ruEn("уч-ся", "pupil")
        }
    }
}
