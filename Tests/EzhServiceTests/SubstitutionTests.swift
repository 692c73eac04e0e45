import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Substitutions (rule 6): the clash check, the scheduled teacher read-only, the notices both
/// teachers get, and a teacher's declaration that the deputy confirms or rejects.
final class SubstitutionTests: XCTestCase {
    private var school: TestSchool!
    private var deputy: Session!
    private var petrova: Session!  // «teacher»: the scheduled teacher of 5А Математика, lesson 3 (10:30-11:15)
    private var sidorov: Session!  // «other»: 5А Русский at lesson 4 and 1А Математика at lesson 1 that Friday
    private let sidorovID = StaffID(2)

    override func setUpWithError() throws {
        school = try TestSchool()
        deputy = try school.signIn("deputy")
        petrova = try school.signIn("teacher")
        sidorov = try school.signIn("other")
    }

    override func tearDown() {
        school.remove()
    }

    /// Adds a lesson of Сидоров on the lesson day (1А Математика unless a teaching is given).
    private func sidorovTeaches(id: Int, number: Int, _ start: String, _ end: String, teaching: Int = 3) throws {
        try school.store.pool.write { db in
            let (classID, subject, subgroup): (Int, Int, Int?) = try Row.fetchOne(
                db, sql: "SELECT class_id, subject_id, subgroup_id FROM teaching WHERE id = ?", arguments: [teaching]
            ).map { ($0[0], $0[1], $0[2]) }!
            try db.execute(sql: """
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at, room,
                                    scheduled_teacher_id)
                VALUES (?, ?, ?, ?, ?, '2026-11-27', ?, ?, ?, '5', 2)
                """, arguments: [id, teaching, classID, subject, subgroup, number, start, end])
        }
    }

    private func giver(_ lesson: LessonID = TestSchool.todaysMath) throws -> StaffID? {
        try school.store.pool.read { db in try LessonQueries.lesson(lesson, db)?.actualTeacherID }
    }

    private func substitute(_ lesson: LessonID = TestSchool.todaysMath) throws {
        try school.service.recordSubstitution(deputy, lesson: lesson, substitute: sidorovID, replacing: nil)
    }

    // MARK: The clash check

    func testASubstituteGivingALessonAtTheSameNumberIsRefusedNamingItAndNothingIsWritten() throws {
        try sidorovTeaches(id: 10, number: 3, "10:30", "11:15")
        XCTAssertThrowsError(try substitute()) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "Сидоров П.А. в это время ведёт 1А · Математика, пт 27.11, 3-й урок 10:30–11:15. "
                               + "Замена не записана; выберите другого учителя (правило 6).")
            XCTAssertEqual(($0 as? JournalError)?.message(in: .en),
                           "Сидоров П.А. gives 1А · Математика, Fri 27.11, lesson 3 10:30–11:15 at that time. "
                               + "The substitution was not recorded; choose another teacher (rule 6).")
        }
        XCTAssertNil(try giver())
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'lesson'"), 0)
    }

    func testLessonsThatOnlyTouchDoNotClashAndOverlappingBellsDo() throws {
        try sidorovTeaches(id: 10, number: 2, "09:45", "10:30")   // ends as the lesson starts
        try sidorovTeaches(id: 11, number: 4, "11:15", "12:00")   // starts as it ends
        XCTAssertNoThrow(try substitute())
        XCTAssertEqual(try giver(), sidorovID)

        try school.service.recordSubstitution(deputy, lesson: TestSchool.todaysMath, substitute: nil, replacing: sidorovID)
        try sidorovTeaches(id: 12, number: 5, "11:14", "11:50")   // another shift's bells, one minute over
        XCTAssertThrowsError(try substitute()) {
            guard case .substituteBusy(_, let lesson) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(lesson.lessonID, LessonID(12))
        }
        XCTAssertNil(try giver())
    }

    func testTheSubstitutesOwnLessonHandedToSomeoneElseIsNoClash() throws {
        try sidorovTeaches(id: 10, number: 3, "10:30", "11:15")
        try school.service.recordSubstitution(deputy, lesson: LessonID(10), substitute: StaffID(4), replacing: nil)
        XCTAssertNoThrow(try substitute(), "Морозова gives Сидоров's lesson 3, so he is free")
    }

    /// 5А English in two groups: group 1 by Сидоров, group 2 by Петрова, both at lesson 3.
    private func englishInGroups() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO teaching VALUES (4, 1, 3, 1, 2), (5, 1, 3, 2, 1);
                INSERT INTO subgroup VALUES (3, 1, 2, 'гр. Р');
                INSERT INTO teaching VALUES (6, 1, 2, 3, 1);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at, room,
                                    scheduled_teacher_id) VALUES
                    (21, 5, 1, 3, 2, '2026-11-27', 3, '10:30', '11:15', '7', 1),
                    (22, 6, 1, 2, 3, '2026-11-27', 3, '10:30', '11:15', '8', 1);
                """)
        }
        try sidorovTeaches(id: 20, number: 3, "10:30", "11:15", teaching: 4)
    }

    func testATeacherOfOneGroupCannotTakeTheWholeClassOrAnotherSubjectsGroupAtThatTime() throws {
        try englishInGroups()
        XCTAssertThrowsError(try substitute()) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru).hasPrefix("Сидоров П.А. в это время ведёт 5А (1 группа) · Английский язык"), true,
                           "\($0)")
        }
        XCTAssertThrowsError(try substitute(LessonID(22)), "group 1 of English and a group of Russian at once")
        XCTAssertNil(try giver(LessonID(22)))
    }

    func testTheOtherGroupOfTheSameLessonIsTakenTogether() throws {
        try englishInGroups()
        XCTAssertNoThrow(try substitute(LessonID(21)))
        XCTAssertEqual(try giver(LessonID(21)), sidorovID)
    }

    // MARK: The scheduled teacher reads, the substitute enters

    func testTheScheduledTeacherIsRefusedNamingTheSubstituteAndTheSubstituteEnters() throws {
        try substitute()
        XCTAssertThrowsError(try school.service.setTopic(petrova, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")) {
            XCTAssertEqual($0 as? JournalError, .lessonGivenBySubstitute(substitute: "Сидоров П.А."))
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "Этот урок ведёт замещающий учитель Сидоров П.А.; записи в нём вносит только он (правило 6). "
                               + "Если замены не было, обратитесь к заместителю директора.")
        }
        XCTAssertThrowsError(try school.service.setAttendance(
            petrova, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .absent, replacing: nil
        ))
        let card = try school.service.lessonCard(petrova, lesson: TestSchool.todaysMath)
        XCTAssertFalse(card.isEditable)
        XCTAssertEqual(card.substitution?.side, .givenBySubstitute)
        XCTAssertEqual(card.substitution?.otherTeacher, "Сидоров П.А.")
        let grid = try school.service.marksGrid(petrova, page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(grid.columns.first { $0.lessonID == TestSchool.todaysMath }?.isEditable, false)
        XCTAssertEqual(grid.columns.first { $0.lessonID == TestSchool.yesterdaysMath }?.isEditable, true, "her other lessons stay hers")

        // Сидоров does not teach 5А Математика, yet opens its page for the lesson he gives.
        let his = try school.service.marksGrid(sidorov, page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(his.columns.filter(\.isEditable).map(\.lessonID), [TestSchool.todaysMath])
        try school.service.setTopic(sidorov, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        XCTAssertEqual(try school.service.lessonCard(sidorov, lesson: TestSchool.todaysMath).substitution?.side, .youSubstitute)
    }

    func testBothTeachersHomeScreensTellOfTheSubstitution() throws {
        try substitute()
        let hers = try school.service.home(petrova).substitutions
        XCTAssertEqual(hers.map(\.side), [.givenBySubstitute])
        XCTAssertEqual(hers.first?.otherTeacher, "Сидоров П.А.")
        XCTAssertEqual(hers.first?.lesson.lessonNumber, 3)
        XCTAssertEqual(hers.first?.isDeclared, false)

        let home = try school.service.home(sidorov)
        XCTAssertEqual(home.substitutions.map(\.side), [.youSubstitute])
        XCTAssertEqual(home.substitutions.first?.otherTeacher, "Петрова О.И.")
        XCTAssertTrue(home.todaysLessons.contains { $0.lessonID == TestSchool.todaysMath })
        XCTAssertTrue(home.pages.contains(TestSchool.mathPage))
        XCTAssertTrue(try school.service.home(try school.signIn("director")).substitutions.isEmpty, "nobody else is told")
    }

    // MARK: Declared at entry, decided by the deputy

    func testADeclarationTheDeputyConfirmsStaysWithItsHistory() throws {
        try school.service.declareSubstitution(sidorov, lesson: TestSchool.todaysMath)
        XCTAssertEqual(try giver(), sidorovID, "the declarer enters the lesson at once")
        XCTAssertEqual(try school.service.home(petrova).substitutions.first?.isDeclared, true)
        let declared = try school.service.declaredSubstitutions(deputy)
        XCTAssertEqual(declared.map(\.summary.lessonID), [TestSchool.todaysMath])
        XCTAssertEqual(declared.first?.status, SubstitutionStatus(state: .declared, teacherID: sidorovID, teacher: "Сидоров П.А."))
        XCTAssertThrowsError(try school.service.declaredSubstitutions(petrova), "only the deputy decides")
        XCTAssertThrowsError(try school.service.confirmSubstitution(petrova, lesson: TestSchool.todaysMath, declaredBy: sidorovID))

        try school.service.confirmSubstitution(deputy, lesson: TestSchool.todaysMath, declaredBy: sidorovID)
        XCTAssertEqual(try giver(), sidorovID)
        XCTAssertTrue(try school.service.declaredSubstitutions(deputy).isEmpty)
        XCTAssertNil(try school.service.schoolLessons(deputy, on: TestSchool.lessonDay)
            .first { $0.summary.lessonID == TestSchool.todaysMath }?.status, "a confirmed one reads as recorded")
        let history = try school.store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT h.field || ':' || ifnull(h.old_value, '-') || '>' || ifnull(h.new_value, '-') FROM change_history h
                JOIN access_log a ON a.history_id = h.id WHERE h.entity = 'lesson' ORDER BY h.id
                """)
        }
        XCTAssertEqual(history, ["actual_teacher:->2", "substitution:->declared 2", "substitution:declared 2>confirmed 2"])
        XCTAssertThrowsError(try school.service.rejectSubstitution(deputy, lesson: TestSchool.todaysMath, declaredBy: sidorovID),
                             "a decided declaration is not decided again")
    }

    func testARejectedDeclarationGivesTheLessonBackAndKeepsWhatWasEntered() throws {
        try school.service.declareSubstitution(sidorov, lesson: TestSchool.todaysMath)
        try school.service.setAttendance(
            sidorov, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .absent, replacing: nil
        )
        try school.service.rejectSubstitution(deputy, lesson: TestSchool.todaysMath, declaredBy: sidorovID)

        XCTAssertNil(try giver())
        XCTAssertThrowsError(try school.service.setAttendance(
            sidorov, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .absent, replacing: nil
        )) { XCTAssertEqual($0 as? JournalError, .notYourLesson(teacher: "Петрова О.И.")) }
        XCTAssertNoThrow(try school.service.setAttendance(
            petrova, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .absent, replacing: nil
        ))
        XCTAssertEqual(try school.count("SELECT count(*) FROM attendance WHERE lesson_id = 1"), 2, "Сидоров's entry stays")
        XCTAssertEqual(try school.service.schoolLessons(deputy, on: TestSchool.lessonDay)
            .first { $0.summary.lessonID == TestSchool.todaysMath }?.status?.state, .rejected)
        XCTAssertTrue(try school.service.home(sidorov).substitutions.isEmpty)
        XCTAssertThrowsError(try school.service.declareSubstitution(sidorov, lesson: TestSchool.todaysMath)) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "Нет доступа: заместитель директора отклонил вашу замену на этом уроке.")
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'actual_teacher'"), 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'substitution'"), 2)
    }

    func testATeacherBusyAtThatTimeCannotDeclare() throws {
        try sidorovTeaches(id: 10, number: 3, "10:30", "11:15")
        XCTAssertThrowsError(try school.service.declareSubstitution(sidorov, lesson: TestSchool.todaysMath)) {
            guard case .substituteBusy(let teacher, let lesson) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(teacher, "Сидоров П.А.")
            XCTAssertEqual(lesson.lessonID, LessonID(10))
        }
        XCTAssertNil(try giver())
    }

    func testATeacherIsOfferedTodaysLessonsThatAreNotTheirs() throws {
        let offered = try school.service.lessonsToSubstitute(sidorov).map(\.summary.lessonID)
        XCTAssertEqual(offered, [TestSchool.todaysMath])
        try substitute()
        XCTAssertEqual(try school.service.lessonsToSubstitute(petrova).map(\.summary.lessonID), [LessonID(4), TestSchool.todaysRussian],
                       "a lesson someone already substitutes is not offered")
        XCTAssertThrowsError(try school.service.lessonsToSubstitute(deputy))
    }

    func testALessonAtATimeTheTeacherTeachesIsNotOffered() throws {
        try sidorovTeaches(id: 10, number: 3, "10:45", "11:30")
        XCTAssertEqual(try school.service.lessonsToSubstitute(sidorov).map(\.summary.lessonID), [])
    }
}
