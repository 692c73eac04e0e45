import EzhCore
import EzhService
import GRDB
import XCTest

/// «What is due» counts what rule 3 requires: a written work (a контрольная) wants a mark from
/// every pupil at the lesson; an oral answer does not, and an absent pupil owes none.
final class DueCountTests: XCTestCase {
    private var school: TestSchool!
    /// Thursday 26 November, lesson 2: the контрольная's day; its marks are due by 03.12 21:00.
    private let workDay = LocalDate(year: 2026, month: 11, day: 26)

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 12, 0))
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO work_type VALUES (3, 'Ответ на уроке', 'Отв', 1, 0);
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (10, 2, 2, 1), (11, 2, 3, 2);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (10, 1, '5', '2026-11-26T10:00:00.000Z', 1);
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (2, 2, 'Н', '2026-11-26T06:30:00.000Z', 1), (2, 3, 'ОП', '2026-11-26T06:30:00.000Z', 1);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func marksDue() throws -> (soon: [DueItem], overdue: [DueItem]) {
        let due = try school.service.dueOverview(try school.signIn("teacher"))
        return (due.closingSoon.filter { $0.kind == .marks }, due.overdue.filter { $0.kind == .marks })
    }

    func testAWrittenWorkCountsThePupilsAtTheLessonWithoutAMarkAndNotTheOralAnswer() throws {
        school.clock.set(TestSchool.at(workDay.adding(days: 5), 21, 0))
        let (soon, overdue) = try marksDue()
        XCTAssertEqual(overdue, [])
        // Иванова has her mark, Алексеев was absent (Н), Яковлева came late (ОП) and still owes
        // one: one of the two at the lesson. The oral answer with no marks is not listed.
        XCTAssertEqual(soon.map(\.detail), ["Контрольная работа: 1 из 2 без отметки"])
    }

    func testTheWindowsEdgesTwoDaysBeforeAndAtTheDeadline() throws {
        school.clock.set(TestSchool.at(workDay.adding(days: 5), 20, 59))
        XCTAssertEqual(try marksDue().soon.count, 0, "more than two days before 03.12 21:00")
        school.clock.set(TestSchool.at(workDay.adding(days: 7), 20, 59))
        XCTAssertEqual(try marksDue().soon.count, 1)
        XCTAssertEqual(try marksDue().overdue.count, 0)
        school.clock.set(TestSchool.at(workDay.adding(days: 7), 21, 0))
        XCTAssertEqual(try marksDue().soon.count, 0)
        XCTAssertEqual(try marksDue().overdue.map(\.detail), ["Контрольная работа: 1 из 2 без отметки"])
        // Past the lookback the late work is no longer listed.
        school.clock.set(TestSchool.at(workDay.adding(days: 7 + 15), 12, 0))
        XCTAssertEqual(try marksDue().overdue.count, 0)
    }

    func testAWorkMarkedForEveryPupilAtTheLessonIsNotDue() throws {
        try school.store.pool.write { db in
            try db.execute(sql: "INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (10, 3, '.', '2026-11-26T10:00:00.000Z', 1)")
        }
        school.clock.set(TestSchool.at(workDay.adding(days: 7), 21, 0))
        XCTAssertEqual(try marksDue().overdue.count, 0, "a dot says the pupil owes the work: nothing to mark yet")
    }

    func testTheDeputysTableCountsEachKindAndSortsByAnyColumn() throws {
        school.clock.set(TestSchool.at(workDay.adding(days: 7), 21, 0))
        let rows = try school.service.dueOverviewOfAllTeachers(try school.signIn("deputy"))
        let petrova = try XCTUnwrap(rows.first { $0.teacherName == "Петрова О.И." })
        XCTAssertEqual(petrova.count(.marks), 1)
        XCTAssertEqual(petrova.count(.topics), 2, "26.11 and 27.11 have no topic")
        XCTAssertEqual(petrova.count(.overdue),
                       petrova.count(.topics) + petrova.count(.attendance) + petrova.count(.homework) + petrova.count(.marks))
        let sidorov = try XCTUnwrap(rows.first { $0.teacherName == "Сидоров П.А." })
        XCTAssertEqual(sidorov.count(.marks), 0)

        XCTAssertEqual(DueTable.sorted(rows, by: .marks).first?.teacherName, "Петрова О.И.")
        let byAttendance = DueTable.sorted(rows, by: .attendance)
        XCTAssertEqual(byAttendance.map { $0.count(.attendance) }, byAttendance.map { $0.count(.attendance) }.sorted(by: >))
        XCTAssertEqual(DueTable.totals(rows)[.overdue], rows.reduce(0) { $0 + $1.overdue.count })
        XCTAssertEqual(DueColumn.soon.next, .overdue)
    }
}
