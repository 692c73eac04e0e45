import EzhCore
import XCTest

/// The monthly attendance report's numbers against a month counted by hand.
final class MonthlyAttendanceTests: XCTestCase {
    static func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: day) }
    static let month = DateSpan(day(1), day(30))
    static let ivanov = PupilID(1)
    static let petrova = PupilID(2)
    static let sidorov = PupilID(3)

    /// Иванов: the whole month; on the 9th misses all 5 lessons ill (Б) — a whole day; on the 10th
    /// misses 2 of 5 (Н, НП) and is late once (ОП). Петрова: left on the 12th; absences after she
    /// left (a stale mark) are not hers to count; on the 11th misses 4 of 4 (one УП, three Н).
    /// Сидоров: arrived on the 16th; on the 17th one lesson ОСВ (exempt), not a miss.
    static func fixture() -> MonthlyAttendance {
        let pupils = [
            MonthlyAttendance.Pupil(id: sidorov, name: PersonName(last: "Сидоров", first: "Олег"), stays: [DateSpan(day(16), day(30))]),
            MonthlyAttendance.Pupil(id: ivanov, name: PersonName(last: "Иванов", first: "Иван"), stays: [month]),
            MonthlyAttendance.Pupil(id: petrova, name: PersonName(last: "Петрова", first: "Анна"), stays: [DateSpan(day(1), day(12))]),
        ]
        let lessons: [PupilID: [LocalDate: Int]] = [
            ivanov: [day(9): 5, day(10): 5], petrova: [day(11): 4, day(13): 5], sidorov: [day(17): 5],
        ]
        func entry(_ pupil: PupilID, _ date: Int, _ code: AttendanceCode, _ times: Int = 1) -> [MonthlyAttendance.Entry] {
            Array(repeating: MonthlyAttendance.Entry(pupil: pupil, date: day(date), code: code), count: times)
        }
        let entries = entry(ivanov, 9, .ill, 5) + entry(ivanov, 10, .absent) + entry(ivanov, 10, .unexcused) + entry(ivanov, 10, .late)
            + entry(petrova, 11, .excused) + entry(petrova, 11, .absent, 3) + entry(petrova, 13, .absent, 5)
            + entry(sidorov, 17, .exempt)
        return MonthlyAttendance(year: 2026, month: 11, pupils: pupils, lessonsByPupil: lessons, entries: entries)
    }

    func testTotalsPerPupilCountedByHand() {
        let rows = Self.fixture().rows
        XCTAssertEqual(rows.map(\.name.last), ["Иванов", "Петрова", "Сидоров"])
        XCTAssertEqual(rows.map(\.missed), [7, 4, 0])
        XCTAssertEqual(rows.map(\.ill), [5, 0, 0])
        XCTAssertEqual(rows.map(\.unexcused), [1, 0, 0])
        XCTAssertEqual(rows.map(\.late), [1, 0, 0])
        XCTAssertEqual(rows.map(\.wholeDays), [1, 1, 0])
    }

    func testDaysOutsideAStayAreBlankNotZero() {
        let report = Self.fixture()
        XCTAssertEqual(report.days.count, 30)
        let petrova = report.rows[1], sidorov = report.rows[2]
        XCTAssertEqual(petrova.missedByDay[10], 4)
        XCTAssertEqual(petrova.missedByDay[11], 0, "the 12th is her last day")
        XCTAssertNil(petrova.missedByDay[12], "she left: the 13th is not hers")
        XCTAssertNil(sidorov.missedByDay[14])
        XCTAssertEqual(sidorov.missedByDay[16], 0, "ОСВ is not a miss")
    }

    func testDocumentIsLandscapeWithTotalsAndSignature() {
        let document = Self.fixture().document(school: "Школа № 1", className: "5А", classTeacher: "Орлова Е.В.", printDate: Self.day(30))
        XCTAssertEqual(document.orientation, .landscape)
        XCTAssertEqual(document.titleBlock.period, "ноябрь 2026")
        XCTAssertEqual(document.headerRows[0].count, 2 + 30 + 5)
        XCTAssertEqual(document.bodyRows[1][2 + 12], .text("—"))
        XCTAssertEqual(Array(document.footerRows[0].suffix(5)), [11, 5, 1, 1, 2].map { .number($0) })
        XCTAssertEqual(document.signatures.first?.name, "Орлова Е.В.")
    }
}
