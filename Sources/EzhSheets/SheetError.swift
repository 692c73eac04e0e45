import EzhCore

/// Why a file could not be read as a table at all (as opposed to problems in its rows, which
/// are `ImportProblem`s). Each case names the file and says what to do; nothing has been written.
public enum SheetError: UserFacingError, Equatable {
    case missing(file: String)
    case directory(file: String)
    case unreadable(file: String, detail: String)
    case empty(file: String)
    case unsupportedFormat(file: String, fileExtension: String)
    /// An .xls file: the binary Excel format from before 2007, which needs saving anew.
    case legacyExcel(file: String)
    /// The file is named .xlsx but is not a ZIP archive (often a CSV or HTML file renamed).
    case notXLSX(file: String)
    /// A ZIP archive that lacks or garbles the parts an .xlsx must have.
    case damagedXLSX(file: String, detail: String)
    /// An XML file that is not an aSc Timetables export.
    case notAscTimetable(file: String)
    case malformedXML(file: String, line: Int, detail: String)

    public func message(in language: Language) -> String {
        language == .ru ? russian : english
    }

    private var russian: String {
        switch self {
        case .missing(let file):
            "Файла \(file) нет. Проверьте имя и папку файла."
        case .directory(let file):
            "\(file) — это папка, а не файл. Укажите файл таблицы (.csv или .xlsx)."
        case .unreadable(let file, let detail):
            "Не удаётся прочитать файл \(file) (\(detail)). Проверьте права на файл."
        case .empty(let file):
            "Файл \(file) пуст: в нём нет ни строки заголовков, ни данных. Заполните шаблон (ezh import template) и повторите."
        case .unsupportedFormat(let file, let fileExtension):
            "Файл \(file): формат «\(fileExtension)» не поддерживается. Сохраните таблицу как CSV (.csv, .txt) или Excel (.xlsx)."
        case .legacyExcel(let file):
            "Файл \(file) — в старом формате Excel 97–2003 (.xls). Откройте его в Excel или LibreOffice и сохраните как .xlsx или CSV."
        case .notXLSX(let file):
            "Файл \(file) назван .xlsx, но это не книга Excel (не ZIP-архив). Откройте его в Excel и сохраните как .xlsx или CSV; если это CSV, дайте ему расширение .csv."
        case .damagedXLSX(let file, let detail):
            "Книга Excel \(file) повреждена или неполна (\(detail)). Откройте её в Excel и сохраните заново как .xlsx или CSV."
        case .notAscTimetable(let file):
            "Файл \(file) — не выгрузка aSc Расписания (нет элемента timetable). В aSc выберите «Файл → Экспорт → XML» и укажите полученный файл."
        case .malformedXML(let file, let line, let detail):
            "Файл \(file), строка \(line): ошибка XML (\(detail)). Выгрузите расписание из aSc заново, не правя файл вручную."
        }
    }

    private var english: String {
        switch self {
        case .missing(let file):
            "There is no file \(file). Check the file's name and folder."
        case .directory(let file):
            "\(file) is a folder, not a file. Name the spreadsheet file (.csv or .xlsx)."
        case .unreadable(let file, let detail):
            "Cannot read the file \(file) (\(detail)). Check the file's permissions."
        case .empty(let file):
            "The file \(file) is empty: it has neither a header row nor data. Fill in the template (ezh import template) and try again."
        case .unsupportedFormat(let file, let fileExtension):
            "The file \(file): the format “\(fileExtension)” is not supported. Save the table as CSV (.csv, .txt) or Excel (.xlsx)."
        case .legacyExcel(let file):
            "The file \(file) is in the old Excel 97–2003 format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV."
        case .notXLSX(let file):
            "The file \(file) is named .xlsx but is not an Excel workbook (not a ZIP archive). Open it in Excel and save it as .xlsx or CSV; if it is a CSV file, name it .csv."
        case .damagedXLSX(let file, let detail):
            "The Excel workbook \(file) is damaged or incomplete (\(detail)). Open it in Excel and save it again as .xlsx or CSV."
        case .notAscTimetable(let file):
            "The file \(file) is not an aSc Timetables export (it has no timetable element). In aSc choose File → Export → XML and use the file it writes."
        case .malformedXML(let file, let line, let detail):
            "The file \(file), line \(line): malformed XML (\(detail)). Export the timetable from aSc again rather than editing the file by hand."
        }
    }
}
