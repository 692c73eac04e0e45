import EzhCore
import EzhReports
import Foundation
import XCTest

/// The class teacher's сводная ведомость printed: landscape A4, a sheet per six subjects, each head
/// spanning its period columns, names and footer counts readable, the signature on the last sheet.
final class ClassReportPDFTests: XCTestCase {
    private func sheet() -> ProgressSheet {
        let subjects = (1...8).map { ProgressSheet.Subject(id: SubjectID(Int64($0)), name: ["Английский язык", "Биология", "География", "Изобразительное искусство",
                                                                                           "История", "Литература", "Математика", "Физическая культура"][$0 - 1]) }
        let columns = [ProgressSheet.Column(kind: .period(PeriodID(1)), title: "I"), ProgressSheet.Column(kind: .period(PeriodID(2)), title: "II")]
        var values: [ProgressSheet.Cell: String] = [:]
        let pupils = (1...15).map { ProgressSheet.Pupil(id: PupilID(Int64($0)), name: PersonName(last: "Ученикова\($0)", first: "Ёлка", patronymic: "")) }
        for pupil in pupils {
            for subject in subjects {
                for column in columns {
                    values[ProgressSheet.Cell(pupil: pupil.id, subject: subject.id, kind: column.kind)] = pupil.id.rawValue % 7 == 0 ? "н/а" : "4"
                }
            }
        }
        return ProgressSheet(subjects: subjects, columns: columns, pupils: pupils, values: values)
    }

    func testTheProgressSheetPrintsASheetPerSixSubjects() throws {
        let today = LocalDate(year: 2026, month: 12, day: 29)
        let sheets = sheet().sheets(school: "МБОУ СОШ № 7", className: "5А", period: "2 четверть", classTeacher: "Орлова Е.В.", printDate: today)
        let made = MadeReport(document: sheets[0], printed: .sections(sheets))
        let path = NSTemporaryDirectory() + "ezh-progress-\(UUID().uuidString).pdf"
        try Data(ReportFormat.pdf.render(made)).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let info = try PDFRendererTests.run("pdfinfo", [path])
        XCTAssertTrue(info.contains("Page size: 841.89 x 595.276 pts (A4)"), info)
        XCTAssertTrue(info.contains("Pages: 2"), info)
        let first = try PDFRendererTests.run("pdftotext", ["-f", "1", "-l", "1", "-layout", path, "-"])
        for expected in ["Сводная ведомость учёта успеваемости", "Класс: 5А", "Изобразительное", "Ученикова15 Ёлка", "Всего «н/а»", "стр. 1 из 2"] {
            XCTAssertTrue(first.contains(expected), "\(expected) missing on the first sheet:\n\(first)")
        }
        XCTAssertFalse(first.contains("Орлова Е.В."), "the signature closes the last sheet only")
        let second = try PDFRendererTests.run("pdftotext", ["-f", "2", "-l", "2", "-layout", path, "-"])
        for expected in ["Математика", "Физическая", "Ученикова1 Ёлка", "Орлова Е.В.", "стр. 2 из 2"] {
            XCTAssertTrue(second.contains(expected), "\(expected) missing on the second sheet:\n\(second)")
        }
    }
}
