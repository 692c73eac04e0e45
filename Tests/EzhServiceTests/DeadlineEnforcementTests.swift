import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// The rules as a teacher meets them through the service: the 21:00 deadline, a deputy's
/// permission, closed periods, substitutions, topics and homework.
final class DeadlineEnforcementTests: XCTestCase {
    private var school: TestSchool!
    private let friday = TestSchool.lessonDay

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 20, 55))
    }

    override func tearDown() {
        school.remove()
    }

    private func markAbsent(_ session: Session) throws {
        try school.service.setAttendance(
            session, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .absent,
            replacing: nil
        )
    }

    func testAnAbsenceAt2055IsAcceptedAndAt2105RefusedWithTheDeadline() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertNoThrow(try markAbsent(teacher))
        try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: nil,
            replacing: .absent
        )
        school.clock.set(TestSchool.at(friday, 21, 5))
        XCTAssertThrowsError(try markAbsent(teacher)) { error in
            let refusal = error as? RuleRefusal
            XCTAssertEqual(refusal?.rule, .dayEntries)
            XCTAssertTrue(refusal?.message(in: .ru).contains("27.11.2026 21:00") ?? false)
        }
    }

    func testAPermissionFromTheDeputyLetsTheEntryInMarkedLate() throws {
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(friday, 21, 5))
        XCTAssertThrowsError(try markAbsent(teacher))

        let deputy = try school.signIn("deputy")
        let permission = try school.service.grantPermission(
            deputy, teacher: StaffID(1), classID: ClassID(1), subjectID: SubjectID(1), dates: DateSpan(friday, friday),
            kinds: [.attendance], reason: "Не работала сеть в учительской", expiresAt: TestSchool.at(friday.adding(days: 1), 21, 0)
        )
        try markAbsent(teacher)

        let late = try school.store.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT late_permission_id FROM attendance WHERE lesson_id = 1 AND pupil_id = 2")
        }
        XCTAssertEqual(late, permission.rawValue, "the entry is marked late and names the permission")
        let history = try school.service.attendanceHistory(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev
        )
        XCTAssertEqual(history.count, 1)
        let teachersView = try school.service.permissions(teacher)
        XCTAssertEqual(teachersView.map(\.permission.id), [permission])
        XCTAssertEqual(teachersView.first?.scope(in: .ru), "5А · Математика")
        XCTAssertEqual(teachersView.first?.grantedBy, "Морозова И.Л.")
    }

    func testARevokedPermissionNoLongerCovers() throws {
        let deputy = try school.signIn("deputy")
        let permission = try school.service.grantPermission(
            deputy, teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(friday, friday), kinds: [.attendance],
            reason: "Болезнь", expiresAt: TestSchool.at(friday.adding(days: 3), 0, 0)
        )
        school.clock.set(TestSchool.at(friday, 22, 0))
        try school.service.revokePermission(deputy, permission)
        XCTAssertThrowsError(try markAbsent(try school.signIn("teacher")))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'late_permission'"), 2)
    }

    func testOnlyTheDeputyOrAdministratorGrantsAndAReasonIsRequired() throws {
        func grant(_ session: Session) throws -> PermissionID {
            try school.service.grantPermission(
                session, teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(friday, friday), kinds: [.mark],
                reason: "  ", expiresAt: TestSchool.at(friday.adding(days: 3), 0, 0)
            )
        }
        XCTAssertThrowsError(try grant(try school.signIn("teacher"))) {
            guard case .accessDenied = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try grant(try school.signIn("deputy"))) {
            guard case .invalidInput(field: let field, _) = $0 as? JournalError, field.russian == "Причина" else {
                return XCTFail("\($0)")
            }
        }
    }

    func testAClosedPeriodChangesOnlyThroughTheDeputysCorrectionRecord() throws {
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(friday, 12, 0))
        let q1 = PeriodID(1)
        try school.store.pool.write { db in
            try db.execute(sql: "UPDATE period SET finals_due_on = '2026-12-30' WHERE id = 1")
        }
        try school.service.setPeriodFinal(teacher, page: TestSchool.mathPage, period: q1, pupil: TestSchool.ivanova, value: "3", replacing: nil)
        try school.service.closePeriod(try school.signIn("admin"), q1)

        XCTAssertThrowsError(try school.service.setPeriodFinal(
            teacher, page: TestSchool.mathPage, period: q1, pupil: TestSchool.ivanova, value: "4", replacing: "3"
        )) { XCTAssertEqual(($0 as? RuleRefusal)?.rule, .closedPeriod) }
        XCTAssertThrowsError(try school.service.correctClosedFinal(
            teacher, pupil: TestSchool.ivanova, subject: SubjectID(1), period: q1, newValue: "4", replacing: "3",
            kind: .retake, orderNumber: "№ 12-у", orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "Пересдача"
        ))
        try school.service.correctClosedFinal(
            try school.signIn("deputy"), pupil: TestSchool.ivanova, subject: SubjectID(1), period: q1, newValue: "4",
            replacing: "3", kind: .retake, orderNumber: "№ 12-у от 20.11.2026", orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "Ликвидация академической задолженности"
        )
        let values = try school.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT new_value FROM change_history WHERE entity = 'period_final' ORDER BY id")
        }
        XCTAssertEqual(values, ["3", "4"], "the old final stays in the history")
        XCTAssertEqual(try school.count("SELECT count(*) FROM final_correction WHERE old_value = '3' AND new_value = '4'"), 1)
    }

    func testASubstituteEntersTheLessonAndIsRecordedAsItsTeacher() throws {
        school.clock.set(TestSchool.at(friday, 12, 0))
        let other = try school.signIn("other")
        XCTAssertThrowsError(try school.service.setAttendance(
            other, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .late, replacing: nil
        ))
        try school.service.declareSubstitution(other, lesson: TestSchool.todaysMath)
        try school.service.setAttendance(
            other, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .late, replacing: nil
        )
        let actual = try school.store.pool.read { db in
            try LessonQueries.lesson(TestSchool.todaysMath, db)?.actualTeacherID
        }
        XCTAssertEqual(actual, StaffID(2))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'actual_teacher'"), 1)
    }

    func testTopicsMustBeRussianAndEnteredOnTheDay() throws {
        school.clock.set(TestSchool.at(friday, 12, 0))
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Fractions", replacing: ""))
        XCTAssertNil(try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: ""))
        XCTAssertThrowsError(try school.service.setTopic(teacher, lesson: TestSchool.yesterdaysMath, topic: "Дроби", replacing: "")) {
            XCTAssertEqual(($0 as? RuleRefusal)?.rule, .dayEntries)
        }
        try school.service.changeRuleSetting(try school.signIn("admin"), key: RuleQueries.Key.russianTextCheck, value: "warn")
        let warning = try school.service.setTopic(
            teacher, lesson: TestSchool.todaysMath, topic: "Fractions", replacing: "Сложение дробей"
        )
        // The warning reads in the screen's language, whatever the account's (--lang en).
        XCTAssertTrue(warning?.text(in: .ru).contains("нет ни одного русского слова") == true, "\(String(describing: warning))")
        XCTAssertTrue(warning?.text(in: .en).contains("has no Russian word") == true, "\(String(describing: warning))")
    }

    func testHomeworkClosesAnHourAfterThePupilsLastLessonOfTheDay() throws {
        // 5А's last lesson on Friday is Русский язык, 11:35-12:20: homework until 13:20.
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(friday, 13, 19))
        XCTAssertNoThrow(try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 214, 215", replacing: ""))
        school.clock.set(TestSchool.at(friday, 13, 20))
        XCTAssertThrowsError(try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: "№ 214, 215")) {
            XCTAssertEqual(($0 as? RuleRefusal)?.deadline, TestSchool.at(self.friday, 13, 20))
        }
    }

    func testHomeworkWaitsForTheLastLessonOfAnyGroupThePupilsAreIn() throws {
        // Pupil 3 of 5А is in «2 группа», which has a lesson until 14:00 on Friday: the whole
        // class's homework stays open until an hour after it.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO teaching VALUES (4, 1, 2, 2, 2);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at,
                                    room, scheduled_teacher_id)
                VALUES (30, 4, 1, 2, 2, '2026-11-27', 6, '13:15', '14:00', '14', 2);
                """)
        }
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(friday, 14, 59))
        XCTAssertNoThrow(try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 214, 215", replacing: ""))
        school.clock.set(TestSchool.at(friday, 15, 0))
        XCTAssertThrowsError(try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: "№ 214, 215")) {
            XCTAssertEqual(($0 as? RuleRefusal)?.deadline, TestSchool.at(self.friday, 15, 0))
        }
    }

    func testSettingsAreTheAdministratorsAndEveryChangeIsRecorded() throws {
        XCTAssertThrowsError(try school.service.changeRuleSetting(
            try school.signIn("deputy"), key: RuleQueries.Key.dayEntryDeadline, value: "22:00"
        ))
        let admin = try school.signIn("admin")
        XCTAssertThrowsError(try school.service.changeRuleSetting(admin, key: RuleQueries.Key.dayEntryDeadline, value: "25:00"))
        try school.service.changeRuleSetting(admin, key: RuleQueries.Key.dayEntryDeadline, value: "22:00")
        school.clock.set(TestSchool.at(friday, 21, 30))
        XCTAssertNoThrow(try markAbsent(try school.signIn("teacher")), "the deadline moved to 22:00")
        let change = try school.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT old_value, new_value FROM change_history WHERE entity = 'setting'")
        }
        XCTAssertEqual(change?["old_value"] as String?, nil)
        XCTAssertEqual(change?["new_value"] as String?, "22:00")
    }

    func testGridColumnsShowTheirDeadlineBeforeTheTeacherTypes() throws {
        let teacher = try school.signIn("teacher")
        let grid = try school.service.attendanceGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let now = school.clock.now()
        let today = try XCTUnwrap(grid.columns.first { $0.lessonID == TestSchool.todaysMath })
        let yesterday = try XCTUnwrap(grid.columns.first { $0.lessonID == TestSchool.yesterdaysMath })
        XCTAssertEqual(today.entryStatus(at: now), .open(until: TestSchool.at(friday, 21, 0)))
        XCTAssertEqual(yesterday.entryStatus(at: now), .closed(since: TestSchool.at(friday.adding(days: -1), 21, 0)))
    }
}
