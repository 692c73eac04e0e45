import EzhCore
import EzhService
import EzhStore
import Foundation
import XCTest

/// Two terminals on one journal file saving the same lesson's topic, homework, substitute or an
/// absence note: a save from a stale screen is refused with who, when and which terminal, and
/// nothing is written.
final class ConcurrentRecordTests: TwoTerminalsCase {

    private func card() throws -> LessonCard {
        try school.service.lessonCard(here, lesson: TestSchool.todaysMath)
    }

    private func count(_ field: String) throws -> Int {
        try school.count("SELECT count(*) FROM change_history WHERE field = '\(field)'")
    }

    func testAStaleTopicIsRefusedNamingWhoWhenAndWhichTerminal() throws {
        // This terminal's homework is the lesson's last change before the other terminal's topic:
        // the refusal names the topic's change, not the lesson's last.
        try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 214", replacing: "")
        school.clock.advance(by: 60)
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        school.clock.advance(by: 60)

        // This terminal's card still shows no topic.
        XCTAssertThrowsError(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: "Деление дробей", replacing: "")) {
            XCTAssertEqual($0 as? JournalError, .cellChanged(CellChange(
                current: "Сложение дробей", who: "Петрова Ольга", at: "27.11.2026 12:01", terminal: "pts/2",
                field: CellChange.Field(TextLimit.topic)
            )))
            XCTAssertEqual((($0 as? JournalError)?.message(in: .ru)),
                           "«Тема урока» изменили: Петрова Ольга, 27.11.2026 12:01, терминал pts/2; "
                               + "теперь там «Сложение дробей». Ничего не записано; повторите.")
            XCTAssertEqual((($0 as? JournalError)?.message(in: .en)),
                           "“Lesson topic” was changed: Петрова Ольга, 27.11.2026 12:01, terminal pts/2; "
                               + "now “Сложение дробей”. Nothing was written; try again.")
        }
        XCTAssertEqual(try card().lesson.topic, "Сложение дробей", "nothing was written")
        XCTAssertEqual(try count("topic"), 1)

        // Having seen it, the teacher may replace it.
        try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: "Деление дробей", replacing: "Сложение дробей")
        XCTAssertEqual(try card().lesson.topic, "Деление дробей")
        XCTAssertEqual(try count("topic"), 2)
    }

    func testAStaleHomeworkIsRefusedAndALongOneIsQuotedShort() throws {
        let long = "Учебник, § 12, № 214–220; выучить правило сложения дробей с разными знаменателями; принести линейку"
        try other.setHomework(there, lesson: TestSchool.todaysMath, homework: long, replacing: "")
        XCTAssertThrowsError(try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: "")) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, long)
            XCTAssertEqual(change.terminal, "pts/2")
            XCTAssertEqual(change.field, CellChange.Field(TextLimit.homework))
            XCTAssertTrue(change.summary(in: .ru).hasSuffix(
                "теперь там «Учебник, § 12, № 21…»"
            ), change.summary(in: .ru))
        }
        XCTAssertEqual(try card().homework, long)

        // Emptied by the other terminal: the refusal says the field is empty now.
        try other.setHomework(there, lesson: TestSchool.todaysMath, homework: "", replacing: long)
        XCTAssertThrowsError(try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: long)) {
            XCTAssertTrue((($0 as? JournalError)?.message(in: .ru) ?? "").contains("терминал pts/2; теперь там пусто."), "\($0)")
        }
        XCTAssertEqual(try card().homework, "")
        XCTAssertEqual(try count("homework"), 2)
    }

    func testTheSameTextFromBothTerminalsIsNoConflictAndWritesOnce() throws {
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        XCTAssertNoThrow(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: " Сложение дробей ", replacing: ""))
        XCTAssertEqual(try count("topic"), 1)
    }

    func testTheTextLimitIsJudgedBeforeTheCardIsCompared() throws {
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        let huge = String(repeating: "ж", count: 501)
        XCTAssertThrowsError(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: huge, replacing: "")) {
            XCTAssertEqual($0 as? JournalError, .textTooLong(.topic, length: 501))
        }
    }

    private func giver() throws -> StaffID? {
        try school.store.pool.read { db in try LessonQueries.lesson(TestSchool.todaysMath, db)?.actualTeacherID }
    }

    func testAStaleSubstitutionIsRefusedAndTheOneRecordedStays() throws {
        let deputyThere = try other.signIn(login: "deputy", password: "secret-deputy")
        let deputyHere = try school.signIn("deputy")
        try other.recordSubstitution(deputyThere, lesson: TestSchool.todaysMath, substitute: StaffID(2), replacing: nil)

        // This deputy's screen still shows the lesson as scheduled.
        XCTAssertThrowsError(try school.service.recordSubstitution(
            deputyHere, lesson: TestSchool.todaysMath, substitute: StaffID(3), replacing: nil
        )) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "«Кто ведёт урок» изменили: Морозова Ирина, 27.11.2026 12:00, терминал pts/2; "
                               + "теперь там «Сидоров П.А.». Ничего не записано; повторите.")
        }
        XCTAssertThrowsError(try school.service.recordSubstitution(
            deputyHere, lesson: TestSchool.todaysMath, substitute: nil, replacing: nil
        ), "putting the scheduled teacher back from a stale screen is refused too")
        XCTAssertEqual(try giver(), StaffID(2))

        try school.service.recordSubstitution(deputyHere, lesson: TestSchool.todaysMath, substitute: StaffID(3), replacing: StaffID(2))
        XCTAssertEqual(try giver(), StaffID(3))
        XCTAssertEqual(try count("actual_teacher"), 2)
    }

    func testATeacherDeclaringASubstitutionDoesNotReplaceOneTheDeputyRecorded() throws {
        let deputy = try other.signIn(login: "deputy", password: "secret-deputy")
        try other.recordSubstitution(deputy, lesson: TestSchool.todaysMath, substitute: StaffID(3), replacing: nil)
        XCTAssertThrowsError(try school.service.declareSubstitution(try school.signIn("other"), lesson: TestSchool.todaysMath)) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, "Кузнецова Е.В.")
            XCTAssertEqual(change.who, "Морозова Ирина")
        }
        XCTAssertEqual(try giver(), StaffID(3))
    }

    private func alexeevsNote() throws -> String? {
        let week = SchoolWeek.containing(TestSchool.lessonDay)
        return try school.service.absenceReview(here, classID: ClassID(1), week: week).entries
            .first { $0.pupil.id == TestSchool.alexeev && $0.lessonID == TestSchool.todaysMath }?.note
    }

    func testAStaleAbsenceNoteIsRefusedAndACodeChangeKeepsTheNoteWrittenMeanwhile() throws {
        try school.service.setAttendance(here, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev,
                                         code: .absent, replacing: nil)
        school.clock.set(TestSchool.at(TestSchool.lessonDay.adding(days: 3), 22, 30))
        try school.service.correctAbsence(here, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill,
                                          replacing: .absent)
        try other.correctAbsence(there, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: .ill,
                                 note: "справка № 17", replacingNote: "")

        // This review still shows Б with no note.
        XCTAssertThrowsError(try school.service.correctAbsence(
            here, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: .ill,
            note: "звонила мама", replacingNote: ""
        )) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, "справка № 17")
            XCTAssertEqual(change.terminal, "pts/2")
            XCTAssertEqual(change.field, CellChange.Field(TextLimit.absenceNote))
        }
        XCTAssertEqual(try alexeevsNote(), "справка № 17")

        // A new code from the same stale review leaves the note it did not touch.
        try school.service.correctAbsence(here, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .excused,
                                          replacing: .ill, note: "", replacingNote: "")
        XCTAssertEqual(try alexeevsNote(), "справка № 17")
    }

    func testAStalePeriodFinalAndAStaleCorrectionOfOneAreRefused() throws {
        let q1 = PeriodID(1)
        try school.store.pool.write { db in try db.execute(sql: "UPDATE period SET finals_due_on = '2026-12-30' WHERE id = 1") }
        try other.setPeriodFinal(there, page: TestSchool.mathPage, period: q1, pupil: TestSchool.ivanova, value: "4", replacing: nil)
        XCTAssertThrowsError(try school.service.setPeriodFinal(
            here, page: TestSchool.mathPage, period: q1, pupil: TestSchool.ivanova, value: "5", replacing: nil
        )) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, "4")
            XCTAssertEqual(change.terminal, "pts/2")
        }

        try school.service.closePeriod(try school.signIn("admin"), q1)
        let deputyThere = try other.signIn(login: "deputy", password: "secret-deputy")
        try other.correctClosedFinal(deputyThere, pupil: TestSchool.ivanova, subject: SubjectID(1), period: q1, newValue: "5",
                                     replacing: "4", kind: .appeal, orderNumber: "№ 14-у", orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "Апелляция")
        XCTAssertThrowsError(try school.service.correctClosedFinal(
            try school.signIn("deputy"), pupil: TestSchool.ivanova, subject: SubjectID(1), period: q1, newValue: "3", replacing: "4",
            kind: .retake, orderNumber: "№ 15-у", orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "Пересдача"
        )) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, "5")
            XCTAssertEqual(change.who, "Морозова Ирина")
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM final_correction"), 1)
    }

    func testALessonPlanSavedOverAnotherTerminalsIsRefused() throws {
        let page = TestSchool.mathPage
        try other.setLessonPlan(there, page: page, items: [("Натуральные числа", 102), ("Дроби", 68)], replacing: [])
        // This terminal read the plan while it was still empty.
        XCTAssertThrowsError(try school.service.setLessonPlan(here, page: page, items: [("Дроби", 170)], replacing: [])) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "«КТП» изменили: Петрова Ольга, 27.11.2026 12:00, терминал pts/2; теперь там «2 темы, 170 ч.». "
                               + "Ничего не записано; повторите.")
        }
        XCTAssertEqual(try school.service.lessonPlan(here, page: page).map(\.topic), ["Натуральные числа", "Дроби"])

        try school.service.setLessonPlan(here, page: page, items: [("Дроби", 170)], replacing: try school.service.lessonPlan(here, page: page))
        XCTAssertEqual(try school.service.lessonPlan(here, page: page).map(\.topic), ["Дроби"])
    }
}
