import EzhCore
import EzhService
import GRDB
import XCTest

/// The lesson plan (КТП) editor's saves, copies, the lesson card's planned topic and «given vs
/// planned», through the service on a real file.
final class KtpTests: XCTestCase {
    private let math = TestSchool.mathPage

    private func rows(_ items: (String, Int)...) -> [PlanRow] { items.map { PlanRow(topic: $0.0, hours: $0.1) } }

    private func planHistory(_ school: TestSchool) throws -> [String] {
        try school.store.pool.read {
            try String.fetchAll($0, sql: """
                SELECT ifnull(old_value, '∅') || ' → ' || new_value FROM change_history WHERE entity = 'lesson_plan' ORDER BY id
                """)
        }
    }

    func testEditorOperationsAreSavedThroughTheServiceEachWithItsHistory() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let service = school.service
        XCTAssertEqual(try service.teachingPlan(teacher, page: math).rows, [])
        XCTAssertTrue(try service.teachingPlan(teacher, page: math).isEditable)

        // Add two topics, insert a third between them, move it down, change its date, remove the first.
        var plan = rows(("Натуральные числа", 100), ("Дроби", 68))
        XCTAssertEqual(try service.savePlan(teacher, page: math, rows: plan, replacing: []), .mismatch(planned: 168, curriculum: 170))
        var inserted = plan
        inserted.insert(PlanRow(topic: "Повторение", hours: 2), at: 1)
        XCTAssertEqual(try service.savePlan(teacher, page: math, rows: inserted, replacing: plan), .matches)
        plan = inserted
        var moved = plan
        moved.swapAt(1, 2)
        moved[2].plannedDate = LocalDate(year: 2027, month: 5, day: 20)
        try service.savePlan(teacher, page: math, rows: moved, replacing: plan)
        plan = moved
        let removed = Array(plan.dropFirst())
        try service.savePlan(teacher, page: math, rows: removed, replacing: plan)
        XCTAssertEqual(try service.teachingPlan(teacher, page: math).rows, [
            PlanRow(topic: "Дроби", hours: 68), PlanRow(topic: "Повторение", hours: 2, plannedDate: LocalDate(year: 2027, month: 5, day: 20)),
        ])
        XCTAssertEqual(try planHistory(school), [
            "∅ → 2 темы, 168 ч.", "2 темы, 168 ч. → 3 темы, 170 ч.",
            "3 темы, 170 ч. → 3 темы, 170 ч.", "3 темы, 170 ч. → 2 темы, 70 ч.",
        ])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM access_log a JOIN change_history h ON h.id = a.history_id WHERE h.entity = 'lesson_plan'
            """), 4, "each save is in the access log")

        let before = try planHistory(school).count
        try service.savePlan(teacher, page: math, rows: removed, replacing: removed)
        XCTAssertEqual(try planHistory(school).count, before, "an unchanged plan writes nothing")
    }

    func testAPlanChangedElsewhereAnOutOfYearDateAndAnotherTeacherAreRefused() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let service = school.service
        try service.savePlan(teacher, page: math, rows: rows(("Натуральные числа", 170)), replacing: [])
        XCTAssertThrowsError(try service.savePlan(teacher, page: math, rows: rows(("Дроби", 170)), replacing: [])) { error in
            guard case JournalError.cellChanged = error else { return XCTFail("\(error)") }
        }
        var dated = rows(("Натуральные числа", 170))
        dated[0].plannedDate = LocalDate(year: 2027, month: 9, day: 1)
        XCTAssertThrowsError(try service.savePlan(teacher, page: math, rows: dated, replacing: rows(("Натуральные числа", 170)))) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("вне учебного года") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try service.savePlan(teacher, page: math, rows: rows(("", 170)), replacing: rows(("Натуральные числа", 170))))
        XCTAssertThrowsError(try service.savePlan(teacher, page: math, rows: rows(("Дроби", 0)), replacing: rows(("Натуральные числа", 170))))
        let other = try school.signIn("other")
        XCTAssertFalse(try service.teachingPlan(try school.signIn("deputy"), page: math).rows.isEmpty)
        XCTAssertThrowsError(try service.savePlan(other, page: math, rows: [], replacing: rows(("Натуральные числа", 170))))
        try service.savePlan(try school.signIn("deputy"), page: math, rows: rows(("Натуральные числа", 100), ("Дроби", 70)),
                             replacing: rows(("Натуральные числа", 170)))
        XCTAssertEqual(try service.teachingPlan(teacher, page: math).rows.count, 2, "the deputy edits any plan")
    }

    /// Last year's 5А and this year's 5Б (a colleague's) have mathematics plans; 1А is another grade.
    private func addCopySources(_ school: TestSchool) throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (0, '2025/2026', '2025-09-01', '2026-08-31');
                INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES
                    (10, 0, 5, 'А', 'quarter', 1, 1), (11, 1, 5, 'Б', 'quarter', 2, 1);
                INSERT INTO teaching VALUES (10, 10, 1, NULL, 1), (11, 11, 1, NULL, 2);
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours, planned_date) VALUES
                    (10, 1, 'Натуральные числа', 90, '2025-09-02'), (10, 2, 'Дроби', 80, NULL),
                    (11, 1, 'Числа', 170, NULL),
                    (3, 1, 'Счёт до десяти', 132, NULL);
                """)
        }
    }

    func testAPlanIsCopiedFromLastYearOrAColleaguesClassOfTheSameGrade() throws {
        let school = try TestSchool()
        defer { school.remove() }
        try addCopySources(school)
        let teacher = try school.signIn("teacher")
        let sources = try school.service.planCopySources(teacher, page: math)
        XCTAssertEqual(sources.map { "\($0.yearName) \($0.page.title) \($0.teacher.withInitials) \($0.topics)/\($0.hours) \($0.isLastYear)" }, [
            "2026/2027 5Б · Математика Сидоров П.А. 1/170 false",
            "2025/2026 5А · Математика Петрова О.И. 2/170 true",
        ])
        let lastYear = try XCTUnwrap(sources.last)
        XCTAssertEqual(try school.service.copyPlan(teacher, to: math, from: lastYear.id, replacing: []), .matches)
        XCTAssertEqual(try school.service.teachingPlan(teacher, page: math).rows, rows(("Натуральные числа", 90), ("Дроби", 80)),
                       "last year's dates are not copied")
        XCTAssertThrowsError(try school.service.copyPlan(teacher, to: math, from: sources[0].id, replacing: []),
                             "replacing a plan names the plan it replaces")
        try school.service.copyPlan(teacher, to: math, from: sources[0].id, replacing: rows(("Натуральные числа", 90), ("Дроби", 80)))
        XCTAssertEqual(try school.service.teachingPlan(teacher, page: math).rows, rows(("Числа", 170)))
        XCTAssertThrowsError(try school.service.copyPlan(teacher, to: math, from: PlanCopySource.ID(rawValue: 3), replacing: rows(("Числа", 170))),
                             "another grade's plan is not offered and not copied")
    }

    private func setTopic(_ school: TestSchool, lesson: LessonID, _ topic: String) throws {
        try school.store.pool.write { try $0.execute(sql: "UPDATE lesson SET topic = ? WHERE id = ?", arguments: [topic, lesson.rawValue]) }
    }

    func testTheLessonCardSuggestsThePlansNextTopicOrTheOnePlannedForTheDay() throws {
        // Mathematics lessons in order: 20.10 (5), 26.11 (2), 27.11 (1).
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let service = school.service
        XCTAssertNil(try service.plannedTopic(teacher, lesson: TestSchool.todaysMath), "no plan, no suggestion")
        try service.savePlan(teacher, page: math, rows: rows(("Натуральные числа", 2), ("Дроби", 168)), replacing: [])
        XCTAssertEqual(try service.plannedTopic(teacher, lesson: LessonID(5))?.number, 1)
        XCTAssertEqual(try service.plannedTopic(teacher, lesson: TestSchool.todaysMath)?.topic, "Натуральные числа",
                       "nothing given yet: the plan's first hour")
        try setTopic(school, lesson: LessonID(5), "Натуральные числа")
        XCTAssertNil(try service.plannedTopic(teacher, lesson: LessonID(5)), "a lesson with a topic gets no suggestion")
        XCTAssertEqual(try service.plannedTopic(teacher, lesson: TestSchool.yesterdaysMath)?.number, 1, "a topic of two hours, its second")
        try setTopic(school, lesson: TestSchool.yesterdaysMath, "Натуральные числа")
        XCTAssertEqual(try service.plannedTopic(teacher, lesson: TestSchool.todaysMath),
                       PlannedTopic(number: 2, topic: "Дроби", plannedDate: nil))

        let dated = [PlanRow(topic: "Натуральные числа", hours: 2), PlanRow(topic: "Дроби", hours: 167),
                     PlanRow(topic: "Контрольная работа", hours: 1, plannedDate: TestSchool.lessonDay)]
        try service.savePlan(teacher, page: math, rows: dated, replacing: rows(("Натуральные числа", 2), ("Дроби", 168)))
        XCTAssertEqual(try service.plannedTopic(teacher, lesson: TestSchool.todaysMath)?.number, 3, "a row planned for the day wins")
    }

    func testGivenAgainstPlannedForTheTeacherAndTheDeputy() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        let service = school.service
        try service.savePlan(teacher, page: math, rows: rows(("Натуральные числа", 2), ("Дроби", 168)), replacing: [])
        try setTopic(school, lesson: LessonID(5), "Натуральные числа")
        let progress = try service.planProgress(teacher, page: math, on: TestSchool.lessonDay)
        XCTAssertEqual([progress.plannedToDate, progress.givenToDate, progress.difference], [3, 1, -2])
        XCTAssertEqual(progress.rows[0].given.map(\.date), [LocalDate(year: 2026, month: 10, day: 20)])
        let untilYesterday = try service.planProgress(teacher, page: math, on: nil)
        XCTAssertEqual([untilYesterday.plannedToDate, untilYesterday.givenToDate], [2, 1],
                       "by default today's lessons are not counted yet: their topics may be entered until the evening")
        XCTAssertEqual(try service.planProgressOverview(try school.signIn("deputy"), on: nil).day, LocalDate(year: 2026, month: 11, day: 26))

        let deputy = try school.signIn("deputy")
        let table = try service.planProgressOverview(deputy, on: TestSchool.lessonDay).lines
        let line = try XCTUnwrap(table.first { $0.page == math })
        XCTAssertEqual([line.plannedToDate, line.givenToDate, line.difference], [3, 1, -2])
        XCTAssertEqual(line.teacher.withInitials, "Петрова О.И.")
        XCTAssertEqual(table.first?.page, math, "the furthest behind first")
        XCTAssertEqual(table.first { $0.page == TestSchool.russianPage }?.plannedHours, 0, "a teaching without a plan is listed")
        XCTAssertThrowsError(try service.planProgressOverview(teacher, on: nil), "the table is the administration's")
    }
}
