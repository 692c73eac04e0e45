import EzhCore
import EzhService
import Foundation

/// The texts of the access log, its statistics and the access report.
extension Strings {
    public var accessLogTitle: String { ruEn("Журнал доступа", "Access log") }
    public var accessReportTitle: String { ruEn("Отчёт о доступе к классному журналу", "Class journal access report") }
    public var filterPrefix: String { ruEn("Фильтр: ", "Filter: ") }
    public var noFilter: String { ruEn("нет", "none") }
    public var filterTitle: String { ruEn("Фильтр", "Filter") }
    public var anyChoice: String { ruEn("любое", "any") }
    public func userFilter(_ login: String) -> String { ruEn("пользователь \(login)", "user \(login)") }

    func filterLabel(_ field: FilterFormScreen.Field) -> String {
        switch field {
        case .login: ruEn("Пользователь (логин):", "User (login):")
        case .role: ruEn("Роль:", "Role:")
        case .action: ruEn("Действие:", "Action:")
        case .className: ruEn("Класс (например 5А):", "Class (such as 5А):")
        case .from: ruEn("С (ДД.ММ.ГГГГ):", "From (DD.MM.YYYY):")
        case .to: ruEn("По (ДД.ММ.ГГГГ):", "To (DD.MM.YYYY):")
        case .text: ruEn("Текст:", "Text:")
        }
    }

    public var timeHeader: String { ruEn("Время", "Time") }
    public var userHeader: String { ruEn("Пользователь", "User") }
    public var roleHeader: String { ruEn("Роль", "Role") }
    public var terminalHeader: String { ruEn("Терминал", "Terminal") }
    public var actionHeader: String { ruEn("Действие", "Action") }
    public var objectHeader: String { ruEn("Объект", "Object") }
    public var classHeader: String { ruEn("Кл.", "Cl.") }
    public var actionTimeHeader: String { ruEn("Дата и время", "Date and time") }
    public var lessonDateHeader: String { ruEn("Дата урока", "Lesson date") }
    public var periodHeader: String { ruEn("Период", "Period") }
    public func newestOnly(_ count: Int) -> String {
        ruEn("показаны последние \(count), сузьте фильтр", "newest \(count) shown, narrow the filter")
    }
    public var detailHeader: String { ruEn("Подробности", "Details") }
    public var lateMark: String { ruEn("с опозданием", "late") }
    public var lateLabel: String { ruEn("С опозданием", "Late") }
    public var lateLegend: String { ruEn("! — с опозданием", "! late") }
    public func permissionNumber(_ id: Int64) -> String { ruEn("разрешение № \(id)", "permission #\(id)") }
    public var searchTitle: String { ruEn("Поиск в журнале доступа", "Search the access log") }

    public var searchExplained: String {
        ruEn("Ищется в объекте, подробностях и логине; пусто — без поиска.", "Searches the object, details and login; empty: no search.")
    }

    public func entryTitle(_ seq: Int64) -> String { ruEn("Запись № \(seq)", "Entry #\(seq)") }
    public var entryNumber: String { ruEn("№ записи", "Entry") }
    public var valueBefore: String { ruEn("Было", "Before") }
    public var valueAfter: String { ruEn("Стало", "After") }
    public var changedBy: String { ruEn("Изменил", "Changed by") }
    public var chainHash: String { ruEn("Хеш цепочки", "Chain hash") }
    public var exportTitle: String { ruEn("Выгрузка в CSV", "Export to CSV") }

    public func exportExplained(_ filter: String) -> String {
        ruEn("Все записи по фильтру: \(filter)", "Every entry of the filter: \(filter)")
    }

    public func exportAtMost(_ count: Int) -> String {
        ruEn("Не больше \(count) последних; весь журнал: ezh audit log --format csv",
             "The newest \(count) at most; the whole log: ezh audit log --format csv")
    }

    public func reportExportExplained(_ count: Int) -> String { ruEn("Строк отчёта: \(count)", "Report rows: \(count)") }

    public func exported(_ count: Int, to path: String) -> String {
        ruEn("Выгружено строк: \(count) в \(path)", "Exported \(count) rows to \(path)")
    }

    public var accessLogCSVHeader: [String] {
        language == .ru
            ? ["№", "Время", "Пользователь", "Роль", "Терминал", "Действие", "Объект", "Класс", "Предмет", "Период", "Дата урока",
               "С опозданием", "Подробности"]
            : ["#", "Time", "User", "Role", "Terminal", "Action", "Object", "Class", "Subject", "Period", "Lesson date", "Late",
               "Details"]
    }

    public var accessReportCSVHeader: [String] {
        language == .ru
            ? ["Класс", "Предмет", "Период", "Дата и время", "Пользователь", "Дата урока", "Действие", "Объект",
               "С опозданием (разрешение)"]
            : ["Class", "Subject", "Period", "Date and time", "User", "Lesson date", "Action", "Object", "Late (permission)"]
    }

    public func usageTitle(_ span: DateSpan) -> String {
        ruEn("Статистика работы с журналом, \(span.first.russian)–\(span.last.russian)",
             "Journal usage, \(span.first.russian)-\(span.last.russian)")
    }

    public var signInsPerWeek: String { ruEn("Входы по ролям за неделю", "Sign-ins per role and week") }
    public var noSignIns: String { ruEn("Входов не было", "No sign-ins") }
    public func weekFrom(_ monday: LocalDate) -> String { ruEn("с \(monday.russian): ", "from \(monday.russian): ") }
    public var familiesUsage: String { ruEn("Пользовались журналом за период", "Used the journal in the span") }
    public var parentsWord: String { ruEn("Родители", "Parents") }
    public var pupilsWord: String { ruEn("Ученики", "Pupils") }

    public func share(_ who: String, _ active: Int, of total: Int, _ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        return ruEn("\(who): \(active) из \(total) (\(percent)%)", "\(who): \(active) of \(total) (\(percent)%)")
    }
}
