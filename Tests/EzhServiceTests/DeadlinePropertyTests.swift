import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import PropertyBased
import Testing

/// For random sequences of entries, permissions and clock moves: no change to data past its
/// deadline is ever accepted without a valid covering permission, refused changes leave nothing
/// behind, and every accepted change has its history row.
@Suite struct DeadlinePropertyTests {
    /// One step: a kind of action (by its value modulo 6) and a clock move in minutes.
    private static let steps = Gen.int(in: 0...1_000_000).array(of: 4...24)

    @Test func noLateChangeWithoutAPermissionAndEveryChangeHasHistory() async throws {
        await propertyCheck(count: 30, input: DeadlinePropertyTests.steps) { steps in
            do {
                try DeadlinePropertyTests.run(steps)
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    private static func run(_ steps: [Int]) throws {
        let friday = TestSchool.lessonDay
        let school = try TestSchool(now: TestSchool.at(friday, 9, 0))
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let deputy = try school.signIn("deputy")
        let lessons = [TestSchool.todaysMath, TestSchool.yesterdaysMath]
        let pupils = [TestSchool.ivanova, TestSchool.alexeev, TestSchool.yakovleva]
        var column = [LessonID: GridColumn]()
        for grid in [try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)] {
            for candidate in grid.columns { column[candidate.lessonID] = candidate }
        }
        for step in steps {
            school.clock.advance(by: TimeInterval((step / 7) % 3000) * 60)
            let now = school.clock.now()
            let lessonID = lessons[(step / 11) % lessons.count]
            let lesson = try #require(try school.store.pool.read { try LessonQueries.lesson(lessonID, $0) })
            let pupil = pupils[(step / 13) % pupils.count]
            let historyBefore = try school.count("SELECT count(*) FROM change_history")
            switch step % 6 {
            case 0, 1:
                let deadline = TestSchool.at(lesson.date.adding(days: 7), 21, 0)
                let started = now >= TestSchool.zone.instant(lesson.date, lesson.start)
                let value = MarkValue.grade(1 + (step / 17) % 5)
                do {
                    let before = try markValue(school, column[lessonID]!, pupil)
                    column[lessonID] = try school.service.setMark(
                        teacher, page: TestSchool.mathPage, column: column[lessonID]!, pupil: pupil, value: value, replacing: before
                    )
                    #expect(started, "a mark for work not yet done was accepted")
                    try expectLateOnlyWithPermission(school, late: now >= deadline, entity: "mark", changed: before != value)
                } catch is RuleRefusal {
                    #expect(!started || now >= deadline)
                    #expect(try school.count("SELECT count(*) FROM change_history") == historyBefore)
                }
            case 2, 3:
                let deadline = TestSchool.at(lesson.date, 21, 0)
                let started = now >= TestSchool.zone.instant(lesson.date, lesson.start)
                let code: AttendanceCode? = step % 2 == 0 ? .absent : nil
                do {
                    let before = try school.store.pool.read { try JournalWrites.attendance(lesson: lessonID, pupil: pupil, $0) }
                    try school.service.setAttendance(teacher, page: TestSchool.mathPage, lesson: lessonID, pupil: pupil, code: code,
                                                      replacing: before)
                    #expect(started)
                    try expectLateOnlyWithPermission(school, late: now >= deadline, entity: "attendance", changed: before != code)
                } catch is RuleRefusal {
                    #expect(!started || now >= deadline)
                    #expect(try school.count("SELECT count(*) FROM change_history") == historyBefore)
                }
            case 4:
                let kinds: Set<EntryKind> = step % 4 == 0 ? [.mark] : [.mark, .attendance]
                _ = try? school.service.grantPermission(
                    deputy, teacher: StaffID(1), classID: ClassID(1), subjectID: nil, dates: DateSpan(lesson.date, lesson.date),
                    kinds: kinds, reason: "проверка", expiresAt: now.addingTimeInterval(TimeInterval((step % 50) * 3600))
                )
            default:
                if let newest = try school.service.permissions(deputy).first {
                    try school.service.revokePermission(deputy, newest.permission.id)
                }
            }
        }
    }

    private static func markValue(_ school: TestSchool, _ column: GridColumn, _ pupil: PupilID) throws -> MarkValue? {
        guard let assignment = column.assignmentID else { return nil }
        return try school.store.pool.read { try JournalWrites.mark(assignment: assignment, pupil: pupil, $0) }
    }

    /// The newest history row of `entity`: present when the value changed, and naming a
    /// permission valid now exactly when the change was late.
    private static func expectLateOnlyWithPermission(
        _ school: TestSchool, late: Bool, entity: String, changed: Bool
    ) throws {
        guard changed else { return }
        let row = try school.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM change_history WHERE entity = ? ORDER BY id DESC LIMIT 1", arguments: [entity])
        }
        let history = try #require(row, "an accepted change without a history row")
        let permissionID = (history["permission_id"] as Int64?).map(PermissionID.init)
        #expect((permissionID != nil) == late, "late: \(late), permission: \(String(describing: permissionID))")
        if let permissionID {
            let permission = try school.store.pool.read { try PermissionQueries.permission(permissionID, $0) }
            #expect(permission?.isValid(at: school.clock.now()) == true)
        }
    }
}
