import EzhCore
import EzhService
import GRDB
import XCTest

/// 5А's attendance for November 2026 from the journal: the class teacher's and the deputy's
/// report, the numbers counted by hand, refused to a subject teacher and a parent.
final class MonthlyAttendanceReportTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        // On the 27th: mathematics (1), Russian (3) and English for group 1 only (6).
        // Иванова (group 1): Б, Б, НП — a whole day. Яковлева (group 2): Н, Н — a whole day too,
        // English is not hers. Алексеев: Н in mathematics only, late (ОП) on the 26th.
        // Ёлкин left on the 20th: an entry of the 26th is not his to count.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO teaching VALUES (4, 1, 3, 1, 2);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at,
                                    room, scheduled_teacher_id) VALUES (6, 4, 1, 3, 1, '2026-11-27', 5, '12:30', '13:15', '5', 2);
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (1, 1, 'Б', '2026-11-27T07:00:00.000Z', 1), (3, 1, 'Б', '2026-11-27T07:00:00.000Z', 1),
                    (6, 1, 'НП', '2026-11-27T07:00:00.000Z', 1),
                    (1, 3, 'Н', '2026-11-27T07:00:00.000Z', 1), (3, 3, 'Н', '2026-11-27T07:00:00.000Z', 1),
                    (1, 2, 'Н', '2026-11-27T07:00:00.000Z', 1), (2, 2, 'ОП', '2026-11-26T07:00:00.000Z', 1),
                    (2, 4, 'Н', '2026-11-26T07:00:00.000Z', 1);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func row(_ document: ReportDocument, _ lastName: String) throws -> [ReportDocument.Cell] {
        try XCTUnwrap(document.bodyRows.first { $0[1].text.hasPrefix(lastName) }, "\(lastName) missing")
    }

    /// The five totals: missed, of which ill, unexcused, lates, whole days.
    private func totals(_ row: [ReportDocument.Cell]) -> [String] { row.suffix(5).map(\.text) }

    func testTheClassTeachersMonthCountedByHand() throws {
        let document = try school.service.monthlyAttendanceReport(try school.signIn("teacher"), classID: ClassID(1), year: 2026, month: 11)
        XCTAssertEqual(document.titleBlock.school, "Тестовая школа")
        XCTAssertEqual(document.titleBlock.className, "5А")
        XCTAssertEqual(document.titleBlock.printDate, TestSchool.lessonDay)
        XCTAssertEqual(document.signatures.first?.name, "Петрова О.И.")
        XCTAssertEqual(document.bodyRows.count, 4)
        XCTAssertEqual(totals(try row(document, "Иванова")), ["3", "2", "1", "0", "1"])
        XCTAssertEqual(totals(try row(document, "Яковлева")), ["2", "0", "0", "0", "1"])
        XCTAssertEqual(totals(try row(document, "Алексеев")), ["1", "0", "0", "1", "0"])
        let departed = try row(document, "Ёлкин")
        XCTAssertEqual(totals(departed), ["0", "0", "0", "0", "0"])
        XCTAssertEqual(departed[2 + 19].text, "", "the 20th, his last day")
        XCTAssertEqual(departed[2 + 25].text, "—", "the 26th: no longer in the class")
        XCTAssertEqual(try row(document, "Иванова")[2 + 26], .number(3))
        XCTAssertEqual(totals(document.footerRows[0]), ["6", "2", "1", "1", "2"])
    }

    func testTheDeputyMayAndItIsInTheAccessLog() throws {
        let before = try school.count("SELECT count(*) FROM access_log WHERE action = 'report'")
        _ = try school.service.monthlyAttendanceReport(try school.signIn("deputy"), classID: ClassID(1), year: 2026, month: 11)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND object LIKE 'посещаемость за месяц 5А 2026-11%'"), before + 1)
    }

    func testASubjectTeacherAndAParentAreRefusedByTheService() throws {
        for login in ["other", "parent", "pupil"] {
            XCTAssertThrowsError(try school.service.monthlyAttendanceReport(try school.signIn(login), classID: ClassID(1), year: 2026, month: 11), login) { error in
                guard case JournalError.accessDenied = error else { return XCTFail("\(login): \(error)") }
            }
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND login = 'other'"), 0)
    }

    func testAMonthThatDoesNotExistIsExplained() throws {
        XCTAssertThrowsError(try school.service.monthlyAttendanceReport(try school.signIn("teacher"), classID: ClassID(1), year: 2026, month: 13))
    }
}
