import EzhCore
import EzhReports
import Foundation
import XCTest

/// The PDF as poppler reads it: A4 in the report's orientation, the text (Cyrillic) extractable,
/// header rows and page numbers on every page.
final class PDFRendererTests: XCTestCase {
    private func write(_ document: ReportDocument) throws -> String {
        let path = NSTemporaryDirectory() + "ezh-report-test-\(UUID().uuidString).pdf"
        try Data(ReportFormat.pdf.render(document)).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // pdfinfo pads its labels with a varying number of spaces: one space is enough to compare.
        return String(decoding: data, as: UTF8.self).replacing(#/ +/#, with: " ")
    }

    func testLandscapeA4WithTitleHeadersNamesAndTotals() throws {
        let path = try write(ReportSample.document())
        defer { unlink(path) }
        let info = try Self.run("pdfinfo", [path])
        XCTAssertTrue(info.contains("Page size: 841.89 x 595.276 pts (A4)"), info)
        XCTAssertTrue(info.contains("Pages: 1"), info)
        let text = try Self.run("pdftotext", ["-layout", path, "-"])
        for expected in ["МБОУ СОШ № 7", "Посещаемость за месяц", "Класс: 5А", "Период: ноябрь 2026", "Дата печати: 30.11.2026",
                         "Пропущено", "Иванов Иван", "Щукина Ёлка", "Итого", "99", "Орлова Е.В.", "М.П.", "стр. 1 из 1"] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing in:\n\(text)")
        }
    }

    func testLongTableRepeatsHeaderAndNumbersPages() throws {
        var document = ReportSample.document(rows: 80)
        document.orientation = .portrait
        let path = try write(document)
        defer { unlink(path) }
        let info = try Self.run("pdfinfo", [path])
        XCTAssertTrue(info.contains("595.276 x 841.89 pts (A4)"), info)
        let pages = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!.trimmingCharacters(in: .whitespaces)) })
        XCTAssertGreaterThan(pages, 1)
        for page in 1...pages {
            let text = try Self.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", path, "-"])
            XCTAssertTrue(text.contains("Пропущено"), "page \(page) lacks the header row:\n\(text)")
            XCTAssertTrue(text.contains("стр. \(page) из \(pages)"), "page \(page):\n\(text)")
            XCTAssertTrue(text.contains("МБОУ СОШ № 7"))
        }
        let all = try Self.run("pdftotext", [path, "-"])
        XCTAssertTrue(all.contains("Ученик 80"))
    }

    func testSameDocumentSameBytes() throws {
        XCTAssertEqual(try ReportFormat.pdf.render(ReportSample.document()), try ReportFormat.pdf.render(ReportSample.document()))
    }
}

/// Parent letters two to a sheet: three letters make two portrait pages, each letter whole.
final class LetterSheetTests: XCTestCase {
    func testThreeLettersTwoToASheet() throws {
        let letters = ["Иванов Иван", "Петрова Анна", "Щукина Ёлка"].map { name in
            ParentLetter(pupil: PersonName(last: String(name.split(separator: " ")[0]), first: String(name.split(separator: " ")[1])),
                         subjects: [.init(subject: "Математика", marks: [.grade(5), .grade(4)], averages: MarkAverages([(.grade(5), 1), (.grade(4), 1)]), final: "5")],
                         attendance: [.ill])
                .document(school: "МБОУ СОШ № 7", className: "5А", period: "2 четверть", classTeacher: "Орлова Е.В.",
                          printDate: LocalDate(year: 2026, month: 12, day: 28))
        }
        let path = NSTemporaryDirectory() + "ezh-letters-\(UUID().uuidString).pdf"
        defer { unlink(path) }
        try Data(PDFRenderer().renderSheets(letters, perSheet: 2)).write(to: URL(fileURLWithPath: path))
        let info = try PDFRendererTests.run("pdfinfo", [path])
        XCTAssertTrue(info.contains("Pages: 2"), info)
        XCTAssertTrue(info.contains("595.276 x 841.89 pts (A4)"), info)
        let first = try PDFRendererTests.run("pdftotext", ["-f", "1", "-l", "1", path, "-"])
        XCTAssertTrue(first.contains("Информационное письмо: Иванов Иван") && first.contains("Информационное письмо: Петрова Анна"), first)
        XCTAssertTrue(first.contains("1, из них по болезни 1"))
        XCTAssertTrue(first.contains("Подпись родителя"))
        XCTAssertFalse(first.contains("//"), "a parent's line has no name to put between slashes")
        XCTAssertTrue(try PDFRendererTests.run("pdftotext", ["-f", "2", "-l", "2", path, "-"]).contains("Щукина Ёлка"))
    }

    func testSectionsStartOnNewPagesInTheirOwnOrientationNumberedThrough() throws {
        var cover = ReportSample.document(rows: 2)
        cover.orientation = .portrait
        cover.titleBlock.title = "Лист заверения"
        let made = MadeReport(document: ReportSample.document(), printed: .sections([ReportSample.document(rows: 80), cover]))
        let path = NSTemporaryDirectory() + "ezh-report-test-\(UUID().uuidString).pdf"
        try Data(ReportFormat.pdf.render(made)).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let info = try PDFRendererTests.run("pdfinfo", ["-f", "1", "-l", "99", path])
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
        XCTAssertGreaterThanOrEqual(sizes.count, 3, info)
        XCTAssertTrue(sizes.first?.contains("841.89 x 595.276") == true, "the table section is landscape: \(info)")
        XCTAssertTrue(sizes.last?.contains("595.276 x 841.89") == true, "the last section is portrait: \(info)")
        let text = try PDFRendererTests.run("pdftotext", ["-layout", path, "-"])
        XCTAssertTrue(text.contains("стр. \(sizes.count) из \(sizes.count)"), "pages numbered through the sections:\n\(text)")
        XCTAssertTrue(text.contains("Лист заверения"))
    }
}
