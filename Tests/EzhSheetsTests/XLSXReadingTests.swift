import EzhCore
@testable import EzhSheets
import Foundation
import XCTest

final class XLSXReadingTests: TemporaryFilesCase {
    /// pupils.xlsx was made with openpyxl 3.1.5 (inline strings, rich text, date and time styles,
    /// a blank row, a skipped cell, a formula with no cached value, and a second sheet).
    func testWorkbookMadeByOpenpyxl() throws {
        let table = try SheetReader.read(path: fixture("pupils.xlsx"))
        XCTAssertEqual(table.fileName, "pupils.xlsx")
        XCTAssertEqual(table.headers, ["Фамилия", "Имя", "Дата рождения", "Класс", "Часов", "Прибыл", "Начало", "Согласие"])
        XCTAssertEqual(table.rows, [
            // A custom "DD.MM.YYYY" date, built-in format 14, built-in time format 20, a boolean.
            SheetRow(number: 2, cells: ["Иванова", "Анна", "07.03.2015", "5А", "5", "01.09.2026", "08:30", "TRUE"]),
            // Rich text runs join with their spaces; an unstyled serial stays a number; B3 is absent.
            SheetRow(number: 3, cells: ["Петров Пётр", "", "42068", "5А", "1.5", "", "", "FALSE"]),
            // Row 4 is blank and dropped; row 5 keeps its number.
            SheetRow(number: 5, cells: ["Сидоров", "", "0.3"]),
        ])
    }

    func testSharedStringsSkippedCellsAndWorkbookOrder() throws {
        let strings = [
            "<si><t>Фамилия</t></si>", "<si><t>Класс</t></si>", "<si><t>Дата</t></si>",
            #"<si><r><rPr><b/></rPr><t>Иванова</t></r><r><t xml:space="preserve"> Анна</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>"#,
            "<si><t>5А</t></si>", "<si><t>Другой лист</t></si>",
        ]
        let styles = #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="[$-419]d\ mmmm\ yyyy&quot;г.&quot;;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        let first = XLSXBuilder.worksheet(
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>"#
            + #"<row r="7" spans="1:4"><c r="A7" t="s"><v>3</v></c><c r="C7" t="s"><v>4</v></c><c r="D7" s="1"><v>46270</v></c><c r="F7" s="2"><v>1234.5</v></c></row>"#
        )
        let other = XLSXBuilder.worksheet(#"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#)
        // The workbook lists sheet2.xml first: "first sheet" is the workbook's order, not the part's name.
        let path = try XLSXBuilder(
            sheets: [("Ученики", "sheet2.xml", first), ("Прочее", "sheet1.xml", other)], sharedStrings: strings, styles: styles
        ).write(to: folder.appendingPathComponent("school.xlsx"))

        let table = try SheetReader.read(path: path)
        XCTAssertEqual(table.headers, ["Фамилия", "", "Класс", "Дата"])
        XCTAssertEqual(table.rows, [SheetRow(number: 7, cells: ["Иванова Анна", "", "5А", "05.09.2026", "", "1234.5"])])
    }

    func testCellsWithoutReferencesFollowEachOther() throws {
        let sheet = XLSXBuilder.worksheet(
            #"<row><c t="inlineStr"><is><t>Фамилия</t></is></c><c t="inlineStr"><is><t>Класс</t></is></c></row>"#
            + #"<row><c t="inlineStr"><is><t>Иванова</t></is></c><c t="str"><v>5А</v></c></row>"#
        )
        let path = try XLSXBuilder(sheets: [("Лист1", "sheet1.xml", sheet)]).write(to: folder.appendingPathComponent("plain.xlsx"))
        let table = try SheetReader.read(path: path)
        XCTAssertEqual(table.headers, ["Фамилия", "Класс"])
        XCTAssertEqual(table.rows, [SheetRow(number: 2, cells: ["Иванова", "5А"])])
    }

    func testIndentedPartsAndISODateCells() throws {
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <sheetData>
            <row r="1">
              <c r="A1" t="inlineStr"><is><t>Дата</t></is></c>
            </row>
            <row r="2">
              <c r="A2" t="d">
                <v>2026-09-05T00:00:00</v>
              </c>
            </row>
          </sheetData>
        </worksheet>
        """
        var builder = XLSXBuilder(sheets: [("Лист1", "sheet1.xml", sheet)])
        builder.parts["xl/workbook.xml"] = builder.parts["xl/workbook.xml"]?.replacingOccurrences(of: "<sheets>", with: "\n  <sheets>\n    ")
        let table = try SheetReader.read(path: builder.write(to: folder.appendingPathComponent("strict.xlsx")))
        XCTAssertEqual(table.headers, ["Дата"])
        XCTAssertEqual(table.rows, [SheetRow(number: 2, cells: ["05.09.2026"])])
    }

    func testWorkbookNamedCSVIsReadAsTheWorkbookItIs() throws {
        let copy = folder.appendingPathComponent("pupils.csv")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture("pupils.xlsx")), to: copy)
        let table = try SheetReader.read(path: copy.path)
        XCTAssertEqual(table.fileName, "pupils.csv")
        XCTAssertEqual(table.rows.first?.cells.prefix(3), ["Иванова", "Анна", "07.03.2015"])
    }

    func testWorkbookWithOnlyEmptySheetIsEmpty() throws {
        let path = try XLSXBuilder(sheets: [("Лист1", "sheet1.xml", XLSXBuilder.worksheet(""))])
            .write(to: folder.appendingPathComponent("empty.xlsx"))
        XCTAssertThrowsError(try SheetReader.read(path: path)) { error in
            XCTAssertEqual(error as? SheetError, .empty(file: "empty.xlsx"))
        }
    }

    func testNumberFormatsTellDatesAndTimesFromNumbers() {
        XCTAssertEqual(ExcelNumberFormat(builtIn: 14), .date)
        XCTAssertEqual(ExcelNumberFormat(builtIn: 20), .time)
        XCTAssertEqual(ExcelNumberFormat(builtIn: 22), .dateTime)
        XCTAssertEqual(ExcelNumberFormat(builtIn: 2), .number)
        XCTAssertEqual(ExcelNumberFormat(code: "dd/mm/yyyy"), .date)
        XCTAssertEqual(ExcelNumberFormat(code: "DD.MM.YY"), .date)
        XCTAssertEqual(ExcelNumberFormat(code: "h:mm"), .time)
        XCTAssertEqual(ExcelNumberFormat(code: "0.00\" дней\""), .number, "letters inside quotes are text, not a pattern")
        XCTAssertEqual(ExcelNumberFormat(code: "[Red]0.0"), .number, "a colour in brackets is not a day")
        XCTAssertEqual(ExcelNumberFormat.date.text("46270"), "05.09.2026")
        XCTAssertEqual(ExcelNumberFormat.dateTime.text("46270.5"), "05.09.2026 12:00")
        XCTAssertEqual(ExcelNumberFormat.number.text("5.0"), "5")
        XCTAssertEqual(ExcelNumberFormat.number.text("0.30000000000000004"), "0.3")
        XCTAssertEqual(ExcelNumberFormat.number.text("12345678901"), "12345678901")
    }
}
