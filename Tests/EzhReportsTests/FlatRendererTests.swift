import EzhCore
import EzhReports
import EzhSheets
import Foundation
import XCTest

/// CSV and XLSX read back as a spreadsheet user would see them.
final class FlatRendererTests: XCTestCase {
    func testCSVHasBOMSemicolonsAndDefusedFormulas() throws {
        let bytes = try ReportFormat.csv.render(ReportSample.document())
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("№;Ученик;Пропущено уроков;из них по болезни\r\n"))
        XCTAssertTrue(text.contains("3;Щукина Ёлка;4;2\r\n"))
        XCTAssertTrue(text.contains(";Итого;99;42\r\n"))
        // The formula gets an apostrophe and, for its quotes, CSV quoting around it.
        XCTAssertTrue(text.contains("2;\"'=HYPERLINK(\"\"x\"\")\";2;1"), text)
        XCTAssertFalse(text.contains(";=HYPERLINK"))
    }

    func testCSVParsesBackWithTheProjectsReader() throws {
        let path = NSTemporaryDirectory() + "ezh-report-test-\(UUID().uuidString).csv"
        defer { unlink(path) }
        try Data(ReportFormat.csv.render(ReportSample.document())).write(to: URL(fileURLWithPath: path))
        let table = try SheetReader.read(path: path)
        let all = [table.headers] + table.rows.map(\.cells)
        XCTAssertFalse(all.first?.first?.hasPrefix("\u{FEFF}") ?? true, "the BOM is not part of the first cell")
        XCTAssertTrue(all.contains(["1", "Иванов Иван", "0", "0"]), "\(all)")
        XCTAssertTrue(all.contains(["", "Итого", "99", "42"]))
    }

    func testXLSXOpensBackWithTheSameCells() throws {
        let path = NSTemporaryDirectory() + "ezh-report-test-\(UUID().uuidString).xlsx"
        defer { unlink(path) }
        try Data(ReportFormat.xlsx.render(ReportSample.document())).write(to: URL(fileURLWithPath: path))
        let table = try SheetReader.read(path: path)
        let all = [table.headers] + table.rows.map(\.cells)
        let flat = all.flatMap { $0 }
        XCTAssertTrue(flat.contains("МБОУ СОШ № 7"))
        XCTAssertTrue(all.contains(["№", "Ученик", "Пропущено уроков", "из них по болезни"]), "\(all)")
        XCTAssertTrue(all.contains(["3", "Щукина Ёлка", "4", "2"]), "\(all)")
        XCTAssertTrue(all.contains(["", "Итого", "99", "42"]), "\(all)")
        XCTAssertTrue(flat.contains("Классный руководитель ____________ /Орлова Е.В./"))
    }

    func testTextLinesUpTheColumns() throws {
        let text = String(decoding: try ReportFormat.text.render(ReportSample.document()), as: UTF8.self)
        XCTAssertTrue(text.contains("Посещаемость за месяц · 5А · ноябрь 2026"))
        XCTAssertTrue(text.contains(" 3 Щукина Ёлка      4 2") || text.contains("Щукина Ёлка"), text)
        XCTAssertTrue(text.contains("М.П."))
    }
}
