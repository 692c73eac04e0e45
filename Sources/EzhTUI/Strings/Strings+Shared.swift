import EzhCore
import Foundation

/// Texts several screens share: the idle lock, forms' key hints, a list's position, search and
/// file fields, column headers; and the help's words for the accounts' actions and contexts.
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

    // MARK: Help and key bar

    func accountsContextTitle(_ context: KeyContext) -> String {
        switch context {
        case .form: ruEn("Формы (пароль, роли, фильтр, файл)", "Forms (password, roles, filter, file)")
        case .diary: ruEn("Дневник", "Diary")
        case .accounts: ruEn("Учётные записи", "Accounts")
        case .credentials: ruEn("Реквизиты класса", "Class credentials")
        case .accessLog: ruEn("Журнал доступа", "Access log")
        case .accessReport: ruEn("Отчёт о доступе к классному журналу", "Class journal access report")
        default: context.rawValue
        }
    }

    func accountsDescription(_ action: Action) -> String {
        switch action {
        case .changePassword: ruEn("сменить свой пароль", "change your password")
        case .openAccounts: ruEn("учётные записи", "accounts")
        case .openClassCredentials: ruEn("реквизиты доступа учеников и родителей класса", "credentials of the class's pupils and parents")
        case .openAccessLog: ruEn("журнал доступа", "access log")
        case .openAccessReport: ruEn("отчёт о доступе к классному журналу", "class journal access report")
        case .choosePupil: ruEn("выбрать ученика", "choose the pupil")
        case .prevWeek: ruEn("предыдущая неделя", "previous week")
        case .nextWeek: ruEn("следующая неделя", "next week")
        case .nextSection: ruEn("отметки → неделя → пропуски", "marks → week → absences")
        case .prevSection: ruEn("пропуски → неделя → отметки", "absences → week → marks")
        case .newAccount: ruEn("создать учётную запись", "create an account")
        case .resetPassword: ruEn("сбросить пароль (выдать одноразовый)", "reset the password (issue a one-time one)")
        case .editRoles: ruEn("изменить роли", "change the roles")
        case .classSlips: ruEn("реквизиты всего класса в один файл", "the whole class's slips to one file")
        case .search: ruEn("поиск", "search")
        case .filter: ruEn("фильтр", "filter")
        case .exportCSV: ruEn("выгрузить в CSV", "export to CSV")
        case .verifyLog: ruEn("проверить цепочку журнала доступа", "check the access log's chain")
        case .usageStatistics: ruEn("статистика работы с журналом", "journal usage statistics")
        case .toggle: ruEn("отметить, выбрать из списка", "tick, choose from a list")
        default: action.rawValue
        }
    }

    func accountsShortLabel(_ action: Action) -> String {
        switch action {
        case .changePassword: ruEn("Пароль", "Password")
        case .openAccounts: ruEn("Уч.записи", "Accounts")
        case .openClassCredentials: ruEn("Реквизиты", "Credentials")
        case .openAccessLog: ruEn("Ж.доступа", "Access log")
        case .openAccessReport: ruEn("Отчёт о доступе", "Access report")
        case .choosePupil: ruEn("Ученик", "Pupil")
        case .prevWeek: ruEn("Пред.неделя", "Prev week")
        case .nextWeek: ruEn("След.неделя", "Next week")
        case .nextSection: ruEn("Раздел", "Part")
        case .prevSection: ruEn("Раздел", "Part")
        case .newAccount: ruEn("Создать", "New")
        case .resetPassword: ruEn("Сброс", "Reset")
        case .editRoles: ruEn("Роли", "Roles")
        case .classSlips: ruEn("Все в файл", "All to file")
        case .search: ruEn("Поиск", "Search")
        case .filter: ruEn("Фильтр", "Filter")
        case .exportCSV: ruEn("CSV", "CSV")
        case .verifyLog: ruEn("Проверка", "Verify")
        case .usageStatistics: ruEn("Статистика", "Usage")
        case .toggle: ruEn("Отметить", "Tick")
        default: describe(action)
        }
    }
}
