import EzhCore
import EzhReports
import EzhSheets
import Foundation
import XCTest

/// A report's line chart: drawn under the table in the PDF (its title, dates and legend are
/// text poppler reads), moved whole to the next page when the table leaves no room, and given
/// as rows of points in CSV, XLSX and text.
final class ChartRenderingTests: XCTestCase {
    private static func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: day) }

    private static func document(rows: Int = 3) -> ReportDocument {
        var document = ReportSample.document(rows: rows)
        document.orientation = .portrait
        document.chart = LineChart(
            title: "Средневзвешенный балл с начала периода",
            series: [
                .init(name: "Иванов Иван", points: [.init(date: day(9), value: 5), .init(date: day(16), value: 3.67), .init(date: day(27), value: 4.2)]),
                .init(name: "Класс 5А", points: [.init(date: day(9), value: 4.1), .init(date: day(16), value: 3.9), .init(date: day(27), value: 4)]),
            ],
            yRange: 1...5
        )
        return document
    }

    private func pdf(_ document: ReportDocument) throws -> String {
        let path = NSTemporaryDirectory() + "ezh-chart-\(UUID().uuidString).pdf"
        try Data(ReportFormat.pdf.render(document)).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testPDFDrawsTheChartUnderTheTableWithDatesAndLegend() throws {
        let path = try pdf(Self.document())
        defer { unlink(path) }
        XCTAssertTrue(try PDFRendererTests.run("pdfinfo", [path]).contains("Pages: 1"))
        let text = try PDFRendererTests.run("pdftotext", ["-layout", path, "-"])
        for expected in ["Средневзвешенный балл с начала периода", "09.11", "16.11", "27.11", "Иванов Иван", "Класс 5А", "Щукина Ёлка"] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing in:\n\(text)")
        }
        let chartTitle = try XCTUnwrap(text.range(of: "Средневзвешенный балл"))
        let lastRow = try XCTUnwrap(text.range(of: "Итого"))
        XCTAssertLessThan(lastRow.lowerBound, chartTitle.lowerBound, "the chart is under the table")
    }

    func testAChartWithNoRoomLeftGoesWholeToTheNextPage() throws {
        let path = try pdf(Self.document(rows: 60))
        defer { unlink(path) }
        let info = try PDFRendererTests.run("pdfinfo", [path])
        let pages = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
        let last = try PDFRendererTests.run("pdftotext", ["-f", "\(pages)", "-l", "\(pages)", path, "-"])
        XCTAssertTrue(last.contains("Средневзвешенный балл с начала периода") && last.contains("Класс 5А"), last)
        XCTAssertTrue(last.contains("Орлова Е.В."), "the signature follows the chart")
    }

    func testFlatFormatsGiveThePointsAsRows() throws {
        let csv = String(decoding: try ReportFormat.csv.render(Self.document()), as: UTF8.self)
        XCTAssertTrue(csv.contains("Дата;Иванов Иван;Класс 5А\r\n09.11.2026;5.00;4.10\r\n16.11.2026;3.67;3.90\r\n"), csv)
        let text = String(decoding: try ReportFormat.text.render(Self.document()), as: UTF8.self)
        XCTAssertTrue(text.contains("27.11.2026  4.20  4.00"), text)
        let path = NSTemporaryDirectory() + "ezh-chart-\(UUID().uuidString).xlsx"
        defer { unlink(path) }
        try Data(ReportFormat.xlsx.render(Self.document())).write(to: URL(fileURLWithPath: path))
        let table = try SheetReader.read(path: path)
        let all = [table.headers] + table.rows.map(\.cells)
        XCTAssertTrue(all.contains { Array($0.prefix(3)) == ["09.11.2026", "5.00", "4.10"] }, "\(all)")
        XCTAssertTrue(all.flatMap { $0 }.contains("Классный руководитель ____________ /Орлова Е.В./"), "notes and signatures still follow")
    }

    func testAChartWithNoPointsStillPrintsItsFrameAndLegend() throws {
        var document = Self.document()
        let names = document.chart?.series.map(\.name) ?? []
        document.chart?.series = names.map { LineChart.Series(name: $0, points: []) }
        let path = try pdf(document)
        defer { unlink(path) }
        let text = try PDFRendererTests.run("pdftotext", [path, "-"])
        XCTAssertTrue(text.contains("Иванов Иван") && text.contains("Класс 5А"), text)
    }

    func testADocumentWithoutAChartIsUnchanged() {
        XCTAssertTrue(ReportSample.document().chartRows.isEmpty)
        XCTAssertFalse(CSVRenderer.render(ReportSample.document()).contains("График"))
    }
}
