import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Two terminals on one journal file, each with its own store and service as two ezh processes
/// have: a write made from a stale screen is refused with who, when and where, an undo never
/// erases a later entry, and an open page learns that another terminal changed it.
final class ConcurrentEntryTests: TwoTerminalsCase {

    private func todaysColumn(_ service: JournalService, _ session: Session) throws -> GridColumn {
        let grid = try service.marksGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2)
        return try XCTUnwrap(grid.columns.first { $0.lessonID == TestSchool.todaysMath })
    }

    private func markHistory(_ column: GridColumn) throws -> [String] {
        try school.service.markHistory(here, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova)
            .reversed().map { "\($0.oldValue ?? "—") → \($0.newValue ?? "—") \($0.terminal)" }
    }

    func testAWriteFromAStaleScreenIsRefusedNamingWhoWhenAndWhichTerminal() throws {
        let seenThere = try todaysColumn(other, there)
        let column = try other.setMark(there, page: TestSchool.mathPage, column: seenThere, pupil: TestSchool.ivanova,
                                       value: .grade(2), replacing: nil)
        school.clock.advance(by: 60)
        // This terminal still shows the cell empty.
        XCTAssertThrowsError(try school.service.setMark(here, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                                        value: .grade(5), replacing: nil)) { error in
            XCTAssertEqual(error as? JournalError,
                           .cellChanged(CellChange(current: "2", who: "Петрова Ольга", at: "27.11.2026 12:00", terminal: "pts/2")))
            XCTAssertEqual((error as? JournalError)?.message(in: .ru),
                           "Эту клетку уже изменили: Петрова Ольга, 27.11.2026 12:00, терминал pts/2; теперь в ней «2». "
                               + "Ничего не записано; проверьте клетку и введите снова.")
        }
        XCTAssertEqual(try markHistory(column), ["— → 2 pts/2"], "nothing was written")

        // Having seen the 2, the teacher may replace it.
        _ = try school.service.setMark(here, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                       value: .grade(5), replacing: .grade(2))
        XCTAssertEqual(try markHistory(column), ["— → 2 pts/2", "2 → 5 pts/7"])
    }

    func testAStaleAttendanceWriteIsRefusedToo() throws {
        try other.setAttendance(there, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev,
                                code: .late, replacing: nil)
        XCTAssertThrowsError(try school.service.setAttendance(
            here, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .absent, replacing: nil
        )) { error in
            guard case .cellChanged(let change) = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertEqual(change.current, "ОП")
            XCTAssertEqual(change.terminal, "pts/2")
        }
        let grid = try school.service.attendanceGrid(here, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let index = try XCTUnwrap(grid.columns.firstIndex { $0.lessonID == TestSchool.todaysMath })
        XCTAssertEqual(grid.value(pupil: TestSchool.alexeev, column: index), .late)
    }

    /// The review's case: A enters 2, B (having seen it) enters 5; A's undo would erase B's 5 and
    /// is refused; B's undo puts A's 2 back.
    func testUndoRevertsOnlyWhileTheCellHoldsWhatThisUserWrote() throws {
        let column = try other.setMark(there, page: TestSchool.mathPage, column: try todaysColumn(other, there),
                                       pupil: TestSchool.ivanova, value: .grade(2), replacing: nil)
        _ = try school.service.setMark(here, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                       value: .grade(5), replacing: .grade(2))
        // A's undo: back to empty, only if the cell still holds A's 2.
        XCTAssertThrowsError(try other.setMark(there, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                               value: nil, replacing: .grade(2))) { error in
            guard case .cellChanged(let change) = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertEqual(change.current, "5")
            XCTAssertEqual(change.terminal, "pts/7")
        }
        // B's undo: back to A's 2.
        _ = try school.service.setMark(here, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                       value: .grade(2), replacing: .grade(5))
        XCTAssertEqual(try markHistory(column), ["— → 2 pts/2", "2 → 5 pts/7", "5 → 2 pts/7"])
    }

    /// The class teacher's weekly review showed Н; meanwhile the subject teacher made it ОП (the
    /// pupil came late). Turning the shown Н into Б would erase that: refused.
    func testAnAbsenceCorrectionFromAStaleReviewIsRefused() throws {
        try school.service.setAttendance(here, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev,
                                         code: .absent, replacing: nil)
        try other.setAttendance(there, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev,
                                code: .late, replacing: .absent)
        school.clock.set(TestSchool.at(TestSchool.lessonDay.adding(days: 3), 22, 30))
        XCTAssertThrowsError(try school.service.correctAbsence(
            here, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: .absent, note: "справка"
        )) { error in
            guard case .cellChanged(let change) = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertEqual(change.current, "ОП")
            XCTAssertEqual(change.terminal, "pts/2")
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'attendance'"), 2)
    }

    func testTwoTerminalsTypingIntoAnEmptyLessonShareOneColumn() throws {
        let seenHere = try todaysColumn(school.service, here)
        let seenThere = try todaysColumn(other, there)
        XCTAssertNil(seenHere.assignmentID)
        let made = try other.setMark(there, page: TestSchool.mathPage, column: seenThere, pupil: TestSchool.ivanova,
                                     value: .grade(4), replacing: nil)
        let joined = try school.service.setMark(here, page: TestSchool.mathPage, column: seenHere, pupil: TestSchool.alexeev,
                                                value: .grade(3), replacing: nil)
        XCTAssertEqual(joined.assignmentID, made.assignmentID)
        let grid = try school.service.marksGrid(here, page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(grid.columns.filter { $0.lessonID == TestSchool.todaysMath }.count, 1)
    }

    func testAnOpenPageLearnsOfOtherTerminalsChangesAndOnlyOfThose() throws {
        var watch = try school.service.changeWatch()
        XCTAssertFalse(try school.service.pageChanged(here, page: TestSchool.mathPage, since: &watch))

        // This terminal's own entry is on its screen already.
        _ = try school.service.setMark(here, page: TestSchool.mathPage, column: try todaysColumn(school.service, here),
                                       pupil: TestSchool.ivanova, value: .grade(4), replacing: nil)
        XCTAssertFalse(try school.service.pageChanged(here, page: TestSchool.mathPage, since: &watch))

        // Another process reading (its access-log entry is a commit) changes no page.
        _ = try other.home(there)
        XCTAssertFalse(try school.service.pageChanged(here, page: TestSchool.mathPage, since: &watch))

        try other.setAttendance(there, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev,
                                code: .absent, replacing: nil)
        XCTAssertTrue(try school.service.pageChanged(here, page: TestSchool.mathPage, since: &watch))
        XCTAssertFalse(try school.service.pageChanged(here, page: TestSchool.mathPage, since: &watch), "told once")
        XCTAssertFalse(try school.service.pageChanged(here, page: TestSchool.russianPage, since: &watch))
    }

    func testAPupilWhoLeftTakesNoEntryAfterLeavingAndTheGridSaysSo() throws {
        let grid = try school.service.marksGrid(here, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let departed = try XCTUnwrap(grid.pupils.first { $0.id == TestSchool.departed })
        XCTAssertTrue(departed.isInClass(on: LocalDate(year: 2026, month: 11, day: 20)))
        XCTAssertFalse(departed.isInClass(on: TestSchool.lessonDay))
        XCTAssertNil(grid.pupils.first { $0.id == TestSchool.ivanova }?.daysInClass, "in the class all period")
    }
}

/// A write that waits for another process's lock: the listener hears of it after half a second,
/// and after the wait the write fails with a sentence, leaving nothing behind.
final class LockWaitTests: XCTestCase {
    func testAWriteWaitingForAnotherProcessIsToldAndThenRefused() throws {
        setenv("EZH_BUSY_TIMEOUT", "1", 1)
        defer { unsetenv("EZH_BUSY_TIMEOUT") }
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let column = try XCTUnwrap(try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
            .columns.first { $0.lessonID == TestSchool.todaysMath })

        let told = Told()
        school.service.onLongLockWait { told.add() }
        let holder = try DatabaseQueue(path: school.store.path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = ContinuousClock.now
            XCTAssertThrowsError(try school.service.setMark(teacher, page: TestSchool.mathPage, column: column,
                                                            pupil: TestSchool.ivanova, value: .grade(5), replacing: nil)) { error in
                XCTAssertEqual(error as? JournalError, .journalBusy(seconds: 1))
            }
            XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(1000))
            try db.execute(sql: "ROLLBACK")
        }
        XCTAssertEqual(told.count, 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM mark"), 0)
    }

    private final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        func add() { lock.withLock { calls += 1 } }
        var count: Int { lock.withLock { calls } }
    }
}
