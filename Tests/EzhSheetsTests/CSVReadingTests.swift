import EzhCore
@testable import EzhSheets
import Foundation
import XCTest

final class CSVReadingTests: TemporaryFilesCase {
    private let expectedHeaders = ["Фамилия", "Имя", "Класс"]
    private let expectedRows = [
        SheetRow(number: 2, cells: ["Иванова", "Анна", "5А"]),
        SheetRow(number: 3, cells: ["Пётр", "Ёлкин", "5Б"]),
    ]

    func testUTF8WithSemicolons() throws {
        let path = try write("pupils.csv", utf8: "Фамилия;Имя;Класс\nИванова;Анна;5А\nПётр;Ёлкин;5Б\n")
        let table = try SheetReader.read(path: path)
        XCTAssertEqual(table.fileName, "pupils.csv")
        XCTAssertEqual(table.headers, expectedHeaders)
        XCTAssertEqual(table.rows, expectedRows)
    }

    func testUTF8WithByteOrderMarkAndCommas() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("Фамилия,Имя,Класс\r\nИванова,Анна,5А\r\nПётр,Ёлкин,5Б\r\n".utf8)
        let table = try SheetReader.read(path: write("pupils.csv", bytes))
        // The mark must not stick to the first header, or «Фамилия» would not match.
        XCTAssertEqual(table.headers, expectedHeaders)
        XCTAssertEqual(table.rows, expectedRows)
    }

    func testWindows1251AsRussianExcelSavesIt() throws {
        let text = "Фамилия;Имя;Класс\r\nИванова;Анна;5А\r\nПётр;Ёлкин;5Б\r\n"
        let bytes = try XCTUnwrap(text.data(using: .windowsCP1251))
        XCTAssertNil(String(data: bytes, encoding: .utf8), "the sample must not be valid UTF-8")
        let table = try SheetReader.read(path: write("pupils.csv", bytes))
        XCTAssertEqual(table.headers, expectedHeaders)
        XCTAssertEqual(table.rows, expectedRows)
    }

    func testExcelUnicodeTextIsUTF16WithTabs() throws {
        let text = "Фамилия\tИмя\tКласс\r\nИванова\tАнна\t5А\r\nПётр\tЁлкин\t5Б\r\n"
        let bytes = Data([0xFF, 0xFE]) + (try XCTUnwrap(text.data(using: .utf16LittleEndian)))
        let table = try SheetReader.read(path: write("pupils.txt", bytes))
        XCTAssertEqual(table.headers, expectedHeaders)
        XCTAssertEqual(table.rows, expectedRows)
    }

    func testTabSeparatedTextFile() throws {
        let table = try SheetReader.read(path: write("pupils.txt", utf8: "Фамилия\tИмя\tКласс\nИванова\tАнна\t5А\nПётр\tЁлкин\t5Б"))
        XCTAssertEqual(table.headers, expectedHeaders)
        XCTAssertEqual(table.rows, expectedRows)
    }

    func testDelimiterIsTakenFromTheHeaderNotFromData() throws {
        // Commas in the data (a decimal comma, an address) must not outvote the header's `;`.
        let text = "Фамилия;Адрес;Часы\nИванова;ул. Мира, д. 1, кв. 2;1,5\n"
        let table = try SheetReader.read(path: write("a.csv", utf8: text))
        XCTAssertEqual(table.headers, ["Фамилия", "Адрес", "Часы"])
        XCTAssertEqual(table.rows.first?.cells, ["Иванова", "ул. Мира, д. 1, кв. 2", "1,5"])
    }

    func testQuotedHeaderSeparatorsAreNotCounted() throws {
        let text = "\"Фамилия, имя\",Класс\n\"Иванова Анна\",5А\n"
        let table = try SheetReader.read(path: write("a.csv", utf8: text))
        XCTAssertEqual(table.headers, ["Фамилия, имя", "Класс"])
    }

    func testQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "Фамилия;Примечание;Класс\r\n"
            + "Иванова;\"Мать: «Ольга»; тел. 8 900\";5А\r\n"
            + "Петров;\"Сказал \"\"привет\"\"\";5А\r\n"
            + "Сидоров;\"первая строка\r\nвторая строка\";5Б\r\n"
            + "Орлова;последняя;5Б\r\n"
        let table = try SheetReader.read(path: write("a.csv", utf8: text))
        XCTAssertEqual(table.rows.map(\.cells), [
            ["Иванова", "Мать: «Ольга»; тел. 8 900", "5А"],
            ["Петров", "Сказал \"привет\"", "5А"],
            ["Сидоров", "первая строка\r\nвторая строка", "5Б"],
            ["Орлова", "последняя", "5Б"],
        ])
        // A cell spanning two lines is still one spreadsheet row: Орлова is row 5, not 6.
        XCTAssertEqual(table.rows.map(\.number), [2, 3, 4, 5])
    }

    func testBlankRowsAreDroppedButNumbersKept() throws {
        let text = "Фамилия;Класс\n\nИванова;5А\n;;\n   ;  \nПетров;5Б\n\n"
        let table = try SheetReader.read(path: write("a.csv", utf8: text))
        XCTAssertEqual(table.rows, [SheetRow(number: 3, cells: ["Иванова", "5А"]), SheetRow(number: 6, cells: ["Петров", "5Б"])])
    }

    func testCellsAreTrimmedAndTrailingEmptyColumnsDropped() throws {
        let text = " Фамилия ;  Имя;;;\n  Иванова  ; Анна ;;;\nПетров;;;;\n"
        let table = try SheetReader.read(path: write("a.csv", utf8: text))
        XCTAssertEqual(table.headers, ["Фамилия", "Имя"])
        XCTAssertEqual(table.rows.map(\.cells), [["Иванова", "Анна"], ["Петров"]])
        XCTAssertEqual(table.rows[1][1], "", "a cell past a short row's end reads as empty")
    }

    func testLeadingBlankLinesMoveTheHeader() throws {
        let table = try SheetReader.read(path: write("a.csv", utf8: "\n\nФамилия;Класс\nИванова;5А\n"))
        XCTAssertEqual(table.headerRow, 3)
        XCTAssertEqual(table.headers, ["Фамилия", "Класс"])
        XCTAssertEqual(table.rows, [SheetRow(number: 4, cells: ["Иванова", "5А"])])
    }

    func testHeaderOnlyFileHasNoRows() throws {
        let table = try SheetReader.read(path: write("a.csv", utf8: "Фамилия;Класс\r\n"))
        XCTAssertEqual(table.headers, ["Фамилия", "Класс"])
        XCTAssertEqual(table.rows, [])
    }
}
