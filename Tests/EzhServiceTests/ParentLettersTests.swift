import EzhCore
import EzhService
import GRDB
import XCTest

/// 5А's parent letters for the second quarter: each pupil's marks, weighted average and absences,
/// for the class teacher; refused to a subject teacher.
final class ParentLettersTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        // Иванова: a 5 for class work (weight 1) on the 26th, a 3 for a test (weight 2) on the
        // 27th: plain 4, weighted (5 + 2·3) / 3 = 3.67. Ill (Б) at Russian on the 27th.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (10, 2, 1, 1), (11, 1, 2, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (10, 1, '5', '2026-11-26T07:00:00.000Z', 1), (11, 1, '3', '2026-11-27T07:00:00.000Z', 1);
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (3, 1, 'Б', '2026-11-27T07:00:00.000Z', 1), (2, 2, 'ОП', '2026-11-26T07:00:00.000Z', 1);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    func testALetterPerPupilWithMarksWeightedAverageAndAbsences() throws {
        let made = try school.service.parentLetters(try school.signIn("teacher"), classID: ClassID(1), period: 2)
        XCTAssertEqual(made.letters.map(\.titleBlock.title), [
            "Информационное письмо: Алексеев Борис", "Информационное письмо: Ёлкин Глеб",
            "Информационное письмо: Иванова Анна", "Информационное письмо: Яковлева Вера",
        ])
        let ivanova = made.letters[2]
        XCTAssertEqual(ivanova.titleBlock.period, "2 четверть")
        XCTAssertEqual(ivanova.bodyRows, [[.text("Математика"), .text("5 3"), .text("3.67"), .empty]])
        XCTAssertEqual(ivanova.footerRows[0][1], .text("1, из них по болезни 1"))
        XCTAssertEqual(made.letters[0].footerRows[0][1], .text("0"), "a late pupil missed nothing")
        XCTAssertEqual(ivanova.signatures.map(\.role), ["Классный руководитель", "Подпись родителя"])
        XCTAssertTrue(made.table.bodyRows.contains([.text("Иванова Анна"), .text("Математика"), .text("5 3"), .text("3.67"), .empty]))
    }

    func testASubjectTeacherIsRefusedAndAMissingPeriodExplained() throws {
        XCTAssertThrowsError(try school.service.parentLetters(try school.signIn("other"), classID: ClassID(1), period: 2)) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try school.service.parentLetters(try school.signIn("teacher"), classID: ClassID(1), period: 7))
    }
}
