import EzhCore
import EzhReports
import EzhSheets
import Foundation
import XCTest

/// The school's reports read back from CSV and XLSX as a spreadsheet user would see them, and
/// their PDFs in the orientation of their form.
final class SchoolReportFormatTests: XCTestCase {
    private let printDate = LocalDate(year: 2026, month: 11, day: 30)

    private func movement() -> MovementReport {
        let a = ClassName(grade: 5, letter: "А"), b = ClassName(grade: 5, letter: "Б")
        func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day) }
        return MovementReport(span: DateSpan(day(11, 5), day(12, 28)), classes: [a, b], stays: [
            .init(pupil: PupilID(1), name: PersonName(last: "Иванова", first: "Анна"), birthDate: day(3, 1), className: a, from: day(9, 1), to: nil),
            .init(pupil: PupilID(2), name: PersonName(last: "Петров", first: "Олег"), birthDate: nil, className: a, from: day(9, 1), to: day(11, 20),
                  departureOrder: "45-у", departedTo: "=школа № 7"),
        ])
    }

    private func readBack(_ format: ReportFormat, _ document: ReportDocument) throws -> [[String]] {
        let path = NSTemporaryDirectory() + "ezh-school-report-\(UUID().uuidString).\(format.rawValue)"
        defer { unlink(path) }
        try Data(format.render(document)).write(to: URL(fileURLWithPath: path))
        let table = try SheetReader.read(path: path)
        return [table.headers] + table.rows.map(\.cells)
    }

    func testTheMovementTableAndItsListsReadBackFromCSVAndXLSX() throws {
        let report = movement()
        for format in [ReportFormat.csv, .xlsx] {
            let summary = try readBack(format, report.summary(school: "МБОУ СОШ № 7", period: "2 четверть", printDate: printDate, director: "Черных Л.П."))
            XCTAssertTrue(summary.contains(["5А", "2", "0", "0", "1", "0", "1"]), "\(format): \(summary)")
            XCTAssertTrue(summary.contains(["По школе", "2", "0", "", "1", "", "1"]), "\(format): \(summary)")
            let lists = try readBack(format, report.lists(school: "МБОУ СОШ № 7", period: "2 четверть", printDate: printDate))
            let departed = try XCTUnwrap(lists.first { $0.first == "Выбыл" }, "\(format): \(lists)")
            XCTAssertEqual(departed.prefix(6), ["Выбыл", "Петров Олег", "", "5А", "20.11.2026", "45-у"])
            XCTAssertTrue(departed[6].hasSuffix("=школа № 7"), "\(format): \(departed)")
        }
    }

    func testTheClassJournalsPagesAlternateLandscapeSpreadsAfterThePortraitContents() throws {
        let lessons = (1...30).map { index in
            ClassJournalBook.Lesson(id: LessonID(Int64(index)), date: LocalDate(year: 2026, month: 9, day: 1).adding(days: index), topic: "Тема \(index)", homework: "")
        }
        let page = ClassJournalBook.SubjectPage(
            subject: "Математика", subgroup: nil, teacher: "Петрова О.И.", pupils: [.init(id: PupilID(1), name: PersonName(last: "Иванова", first: "Анна"))],
            lessons: lessons, cells: [LessonID(3): [PupilID(1): "5"]], finals: [PupilID(1): ["I": "5"]]
        )
        let book = ClassJournalBook(className: ClassName(grade: 5, letter: "А"), year: "2026/2027", classTeacher: "Петрова О.И.",
                                    finalColumns: ["I", "II", "год", "экз", "итог"], pages: [page])
        let sections = [book.contents(school: "МБОУ СОШ № 7", printDate: printDate)] + book.sections(school: "МБОУ СОШ № 7", printDate: printDate)
        XCTAssertEqual(sections.count, 5, "the contents and two spreads of 24 and 6 dates")
        XCTAssertEqual(sections[1].headerRows[1].count, 2 + 24, "no finals on the first spread")
        XCTAssertEqual(sections[3].headerRows[1].map(\.text).suffix(5), ["I", "II", "год", "экз", "итог"])
        let path = NSTemporaryDirectory() + "ezh-journal-\(UUID().uuidString).pdf"
        defer { unlink(path) }
        try Data(ReportFormat.pdf.render(MadeReport(document: sections[0], printed: .sections(sections)))).write(to: URL(fileURLWithPath: path))
        let info = try PDFRendererTests.run("pdfinfo", ["-f", "1", "-l", "5", path])
        XCTAssertTrue(info.contains("Page 1 size: 595.276 x 841.89 pts (A4)"), info)
        XCTAssertTrue(info.contains("Page 2 size: 841.89 x 595.276 pts (A4)"), info)
        let right = try PDFRendererTests.run("pdftotext", ["-f", "3", "-l", "3", "-layout", path, "-"])
        XCTAssertTrue(right.contains("Тема 24") && !right.contains("Тема 25") && right.contains("стр. 3 из 5"), right)
    }

    /// The class teachers' notices in «контроль ведения журнала»: numbers in the spreadsheets, the
    /// class with pupils due a notice and none sent marked in every format and named under the
    /// PDF's table.
    func testTheJournalControlsNoticeColumnsInEveryFormat() throws {
        let teacher = JournalControl.Teacher(name: "Петрова О.И.", lessons: 10, withTopic: 10, withAttendance: 10, withHomework: 9, enteredLate: 0,
                                             pupils: 25, withoutMarks: 1, withOneMark: 2, planned: 10)
        let control = JournalControl(teachers: [teacher], notices: [
            .init(className: "5А", teacher: "Петрова О.И.", due: 3, sent: 0),
            .init(className: "6Б", teacher: "Орлова Е.В.", due: 1, sent: 2),
        ])
        let document = control.document(school: "МБОУ СОШ № 7", period: "ноябрь 2026", printDate: printDate, deputy: "Морозова И.Л.")
        for format in [ReportFormat.csv, .xlsx] {
            let rows = try readBack(format, document)
            XCTAssertEqual(rows.first { $0.first == "Учитель" }?.suffix(3), ["кл. рук. класса", "уведом. нужно", "уведом. отпр."], "\(format): \(rows)")
            XCTAssertEqual(rows.first { $0.first == "Петрова О.И." }?.suffix(3), ["5А", "3", "0 (!)"], "\(format): \(rows)")
            XCTAssertEqual(rows.first { $0.first == "Орлова Е.В." }?.suffix(3), ["6Б", "1", "2"], "a class teacher with no lesson in the month still has a row")
            XCTAssertEqual(rows.first { $0.first == "По школе" }?.suffix(3), ["", "4", "2"], "\(format): \(rows)")
        }
        let path = NSTemporaryDirectory() + "ezh-journal-control-\(UUID().uuidString).pdf"
        defer { unlink(path) }
        try Data(ReportFormat.pdf.render(document)).write(to: URL(fileURLWithPath: path))
        let text = try PDFRendererTests.run("pdftotext", ["-layout", path, "-"])
        XCTAssertTrue(text.contains("0 (!)"), text)
        XCTAssertTrue(text.contains("Уведомления нужны, но не отправлены: 5А (Петрова О.И.)."), text)
    }
}
