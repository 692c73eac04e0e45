import EzhCore
import EzhService

/// The texts of the «Отчёты» screen, its pickers, preview, saving and printing.
extension Strings {
    public var reportsTitle: String { ruEn("Отчёты", "Reports") }
    var noReportsForYou: String { ruEn("Для ваших ролей отчётов нет.", "There are no reports for your roles.") }
    var reportsHint: String { ruEn("Enter — выбрать параметры и сформировать", "Enter — choose the parameters and make it") }

    func reportParameterTitle(_ parameter: ReportParameter) -> String {
        switch parameter {
        case .class: ruEn("Класс", "Class")
        case .period: ruEn("Период", "Period")
        case .month: ruEn("Месяц", "Month")
        case .date: ruEn("Дата", "Date")
        case .subject: ruEn("Предмет", "Subject")
        case .teacher: ruEn("Учитель", "Teacher")
        case .pupil: ruEn("Ученик", "Pupil")
        }
    }

    var reportDateLabel: String { ruEn("Дата (ДД.ММ.ГГГГ):", "Date (DD.MM.YYYY):") }
    var noClassesToReport: String {
        ruEn("Нет классов, по которым вы можете сформировать этот отчёт.", "There is no class you may make this report for.")
    }
    var noChoices: String { ruEn("Выбирать не из чего: список пуст.", "There is nothing to choose from: the list is empty.") }
    var chooseClassFirst: String { ruEn("Сначала выберите класс.", "Choose the class first.") }

    func monthName(_ month: Int, year: Int) -> String {
        let ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return ruEn("\(ru[month - 1]) \(year)", "\(en[month - 1]) \(year)")
    }

    func reportInProgress(_ title: String, seconds: Int) -> String {
        ruEn("Формируется «\(title)»… \(seconds) с · Esc — отменить", "Making “\(title)”… \(seconds) s · Esc — cancel")
    }
    var reportCancelled: String { ruEn("Отчёт отменён.", "The report was cancelled.") }

    func previewPosition(first: Int, last: Int, of count: Int) -> String {
        ruEn("строки \(first)–\(last) из \(count)", "rows \(first)–\(last) of \(count)")
    }
    var emptyReport: String { ruEn("В отчёте нет строк.", "The report has no rows.") }

    func saveReportTitle(_ format: String) -> String { ruEn("Сохранить отчёт (\(format))", "Save the report (\(format))") }
    var saveReportFolderHint: String {
        ruEn("Папку и имя файла можно изменить; файл будет доступен только вам.",
             "You may change the folder and the name; only you will be able to read the file.")
    }
    func reportSaved(_ path: String) -> String { ruEn("Отчёт сохранён: \(path)", "The report was saved: \(path)") }

    var printUnavailable: String {
        ruEn("Печать недоступна: команда lp не найдена (не установлен CUPS). Сохраните PDF и напечатайте его.",
             "Printing is not available: the lp command is not found (CUPS is not installed). Save a PDF and print it.")
    }
    func printed(_ detail: String) -> String { ruEn("Отправлено на печать: \(detail)", "Sent to the printer: \(detail)") }
    func printFailed(_ detail: String) -> String { ruEn("Печать не удалась: \(detail)", "Printing failed: \(detail)") }
}
