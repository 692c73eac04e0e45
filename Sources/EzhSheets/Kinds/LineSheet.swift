import EzhCore
import Foundation

/// One kind of people file read into typed lines: its columns (Russian headers as schools write
/// them, English aliases), a sample row for the template, and how a row becomes a line. A row
/// with a cell that cannot be read gives problems and no line, so the service never sees half a
/// row.
public protocol LineSheet {
    associatedtype Line: Sendable
    static var columns: [ColumnSpec] { get }
    /// The template's sample rows, one value per column.
    static var sample: [[String]] { get }
    static func line(_ cells: SheetCellReader) -> Line?
}

extension LineSheet {
    /// Every row's line, and every problem of the header and the cells. With a header problem
    /// (a required column missing, an unknown one) no row is read.
    public static func lines(_ table: SheetTable) -> (lines: [Line], problems: [ImportProblem]) {
        let (map, headerProblems) = HeaderMap.resolve(table, columns)
        guard headerProblems.isEmpty else { return ([], headerProblems) }
        var lines: [Line] = []
        var problems: [ImportProblem] = []
        for row in table.rows {
            let cells = SheetCellReader(row: row, map: map, columns: columns, file: table.fileName)
            let line = line(cells)
            problems += cells.problems
            if let line, cells.problems.isEmpty { lines.append(line) }
        }
        return (lines, problems)
    }

    /// An empty template with a sample row (UTF-8 with BOM, `;`).
    public static func template() -> Data {
        SheetWriter.template(headers: columns.map(\.title), sample: sample)
    }
}

/// One row's cells by column key, collecting the problems of the cells it reads.
public final class SheetCellReader {
    public let place: SheetPlace
    private let row: SheetRow
    private let map: HeaderMap
    private let titles: [String: String]
    public private(set) var problems: [ImportProblem] = []

    init(row: SheetRow, map: HeaderMap, columns: [ColumnSpec], file: String) {
        self.row = row
        self.map = map
        place = SheetPlace(file: file, row: row.number)
        titles = Dictionary(columns.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// The trimmed cell; "" when the file has no such column.
    public func text(_ key: String) -> String { map.value(key, in: row) }

    /// The cell, or nil when empty.
    public func optional(_ key: String) -> String? {
        let value = text(key)
        return value.isEmpty ? nil : value
    }

    /// A cell that must be filled in: a problem when it is empty.
    public func required(_ key: String, _ what: BilingualText) -> String? {
        let value = text(key)
        if value.isEmpty { problem(key, BilingualText("не заполнено: \(what.russian)", "empty: \(what.english)")) }
        return value.isEmpty ? nil : value
    }

    /// A cell read by `parse`; a problem (with what is expected) when it is filled but unreadable.
    public func parsed<T>(_ key: String, expected: BilingualText, _ parse: (String) -> T?) -> T? {
        let value = text(key)
        guard !value.isEmpty else { return nil }
        guard let result = parse(value) else {
            problem(key, BilingualText("«\(value)»: ожидается \(expected.russian)", "“\(value)”: expected \(expected.english)"))
            return nil
        }
        return result
    }

    public func problem(_ key: String, _ message: BilingualText) {
        problems.append(ImportProblem(
            file: place.file, row: place.row, column: map.has(key) ? map.header(key) : titles[key] ?? key, message: message
        ))
    }

    /// The person's name from the Фамилия, Имя, Отчество columns.
    public func personName() -> PersonName? {
        let last = required("last", BilingualText("фамилия", "last name"))
        let first = required("first", BilingualText("имя", "first name"))
        guard let last, let first else { return nil }
        return PersonName(last: last, first: first, patronymic: text("patronymic"))
    }
}

/// The columns every people file shares.
enum PeopleColumns {
    static func name() -> [ColumnSpec] {
        [
            ColumnSpec(key: "last", russian: [PeopleColumn.lastName], english: ["last name", "surname", "family name"], required: true,
                       help: BilingualText("фамилия", "last name")),
            ColumnSpec(key: "first", russian: [PeopleColumn.firstName], english: ["first name", "given name", "name"], required: true,
                       help: BilingualText("имя", "first name")),
            ColumnSpec(key: "patronymic", russian: [PeopleColumn.patronymic], english: ["patronymic", "middle name"], required: false,
                       help: BilingualText("отчество, если есть", "patronymic, if any")),
        ]
    }

    static let phone = ColumnSpec(key: "phone", russian: [PeopleColumn.phone, "Телефон (мобильный)", "Мобильный телефон"],
                                  english: ["phone", "telephone", "mobile"], required: false,
                                  help: BilingualText("телефон", "phone number"))
    static let email = ColumnSpec(key: "email", russian: [PeopleColumn.email, "E-mail", "Email", "Эл. почта"],
                                  english: ["email", "e-mail", "e-mail address"], required: false,
                                  help: BilingualText("адрес электронной почты", "e-mail address"))
    static let className = ColumnSpec(key: "class", russian: [PeopleColumn.className], english: ["class", "form"], required: true,
                                      help: BilingualText("класс, например 5А", "the class, e.g. “5А”"))

    static let classExpected = BilingualText("класс вида 5А (номер 1–11 и буква)", "a class such as “5А” (grade 1-11 and a letter)")
}
