import EzhCore
import EzhReports
import Foundation
import XCTest

/// A bound document's last sheet certifies the real number of sheets of the PDF, its own included.
final class BindingSheetPDFTests: XCTestCase {
    func testTheBindingSheetCountsEveryPageOfTheFile() throws {
        var table = ReportSample.document(rows: 120)
        table.orientation = .landscape
        let binding = BindingSheet.document(
            bound: "Сводная ведомость итоговой успешности", school: "МБОУ СОШ № 7", className: "5А", period: "2026/2027 учебный год",
            director: "Черных Л.П.", printDate: LocalDate(year: 2027, month: 6, day: 1)
        )
        let path = NSTemporaryDirectory() + "ezh-binding-\(UUID().uuidString).pdf"
        defer { unlink(path) }
        try Data(ReportFormat.pdf.render(MadeReport(document: table, printed: .sections([table, binding])))).write(to: URL(fileURLWithPath: path))
        let info = try PDFRendererTests.run("pdfinfo", [path])
        let pages = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
        XCTAssertGreaterThan(pages, 2)
        XCTAssertEqual(try PDFRenderer().pageCount([table, binding]), pages)
        let last = try PDFRendererTests.run("pdftotext", ["-f", "\(pages)", "-l", "\(pages)", path, "-"])
        XCTAssertTrue(last.contains("скреплено печатью \(pages) (\(RussianNumber.words(pages))) \(RussianNumber.sheetsWord(pages))"), last)
        XCTAssertTrue(last.contains("Заверительный лист") && last.contains("М.П.") && last.contains("стр. \(pages) из \(pages)"), last)
        XCTAssertTrue(info.contains("Page size: 595.276 x 841.89 pts (A4)") || info.contains("841.89 x 595.276"), info)
    }
}
