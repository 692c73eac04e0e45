import EzhCore
import EzhService
import GRDB
import XCTest

/// The teacher's reports from the journal of the test school: 5А Математика (Петрова, `teacher`,
/// also 5А's class teacher) in the second quarter, counted by hand; refused to a teacher of
/// another subject and to a parent; logged as `report`.
final class TeacherReportsServiceTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        // Saturday 28 November: «behind or ahead» is counted to Friday the 27th.
        school = try TestSchool(now: TestSchool.at(LocalDate(year: 2026, month: 11, day: 28), 12, 0))
        // 26.11 (lesson 2), class work (weight 1): Иванова 5, Алексеев 5.
        // 27.11 (lesson 1), a test (К/р, weight 2): Иванова 3, Алексеев a dot.
        // Finals for the quarter: Иванова 4, Алексеев 5, Яковлева н/а, Ёлкин (left on 20.11) 3.
        // The plan: «Дроби» 2 h, «Проценты» 1 h planned for 27.11; topics given on 20.10 and 26.11.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (10, 2, 1, 1), (11, 1, 2, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (10, 1, '5', '2026-11-26T07:00:00.000Z', 1), (10, 2, '5', '2026-11-26T07:00:00.000Z', 1),
                    (11, 1, '3', '2026-11-27T07:00:00.000Z', 1), (11, 2, '.', '2026-11-27T07:00:00.000Z', 1);
                INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by) VALUES
                    (1, 1, 1, 'period', 2, '4', '2026-11-27T07:00:00.000Z', 1), (2, 1, 1, 'period', 2, '5', '2026-11-27T07:00:00.000Z', 1),
                    (3, 1, 1, 'period', 2, 'н/а', '2026-11-27T07:00:00.000Z', 1), (4, 1, 1, 'period', 2, '3', '2026-11-27T07:00:00.000Z', 1);
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours, planned_date) VALUES
                    (1, 1, 'Дроби', 2, NULL), (1, 2, 'Проценты', 1, '2026-11-27');
                UPDATE lesson SET topic = 'Дроби' WHERE id IN (5, 2);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func reportCount(_ login: String) throws -> Int {
        try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND login = '\(login)'")
    }

    func testSubjectResultsCountedByHand() throws {
        let document = try school.service.subjectResults(try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(1), period: 2)
        XCTAssertEqual(document.titleBlock.title, "Итоги успеваемости по предмету: Математика")
        XCTAssertEqual(document.titleBlock.className, "5А")
        XCTAssertEqual(document.bodyRows, [
            [.number(1), .text("Алексеев Борис"), .number(1), .text("5.00"), .text("5.00"), .text("5")],
            [.number(2), .text("Ёлкин Глеб (выбыл(а) 20.11.2026)"), .number(0), .text(""), .text(""), .text("3")],
            [.number(3), .text("Иванова Анна"), .number(2), .text("4.00"), .text("3.67"), .text("4")],
            [.number(4), .text("Яковлева Вера"), .number(0), .text(""), .text(""), .text("н/а")],
        ])
        // N = 3 (5, 4, н/а; Ёлкин left): 66.7 %, 66.7 %, СОУ (100 + 64 + 7) / 3 = 57.0.
        XCTAssertEqual(document.footerRows.map { $0[2] }.prefix(1), [.number(3)])
        XCTAssertEqual(document.footerRows[2][2], .text("66.7"))
        XCTAssertEqual(document.footerRows[4][2], .text("57.0"))
        XCTAssertEqual(document.signatures.first?.name, "Петрова О.И.")
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM access_log WHERE action = 'report' AND object = 'итоги по предмету 5А Математика 2 четверть'
            """), 1)
    }

    func testAnExemptPupilIsNotCounted() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO exemption (id, pupil_id, first_day, last_day, all_subjects, reason, changed_at, changed_by)
                VALUES (1, 3, '2026-11-01', '2026-12-31', 1, 'справка', '2026-11-01T07:00:00.000Z', 1);
                DELETE FROM period_final WHERE pupil_id = 3;
                """)
        }
        let document = try school.service.subjectResults(try school.signIn("deputy"), classID: ClassID(1), subjectID: SubjectID(1), period: 2)
        XCTAssertEqual(document.bodyRows[3][5], .text("осв"))
        // N = 2 (5, 4): 100 %, 100 %, СОУ (100 + 64) / 2 = 82.0.
        XCTAssertEqual(document.footerRows[0][2], .number(2))
        XCTAssertEqual(document.footerRows[4][2], .text("82.0"))
    }

    func testKtpPrintoutOfTheQuarter() throws {
        let documents = try school.service.ktpPrintout(try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(1), period: 2)
        XCTAssertEqual(documents.count, 1)
        let document = documents[0]
        XCTAssertEqual(document.bodyRows, [
            [.number(2), .text("Дроби"), .text("2 из 2"), .text("26.11.2026"), .text("26.11.2026"), .text("Дроби")],
            [.number(3), .text("Проценты"), .text("1 из 1"), .text("27.11.2026"), .empty, .empty],
        ])
        // In the quarter: hours due 26.11 and 27.11, one lesson given; to 27.11 three due, two given.
        XCTAssertEqual(document.footerRows[0][2], .number(2))
        XCTAssertEqual(document.footerRows[1][2], .number(1))
        XCTAssertEqual(document.footerRows[2][5], .text("отставание 1 ч."))
        XCTAssertTrue(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND object LIKE 'КТП 5А Математика%'") == 1)
    }

    func testAverageDynamicsOfAPupil() throws {
        let document = try school.service.averageDynamics(
            try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(1), period: 2, pupil: TestSchool.ivanova
        )
        XCTAssertEqual(document.bodyRows, [
            [.text("26.11.2026"), .text("5"), .number(1), .text("5.00"), .number(2), .text("5.00")],
            [.text("27.11.2026"), .text("3"), .number(2), .text("3.67"), .number(3), .text("4.00")],
        ])
        XCTAssertEqual(document.chart?.series.map(\.name), ["Иванова Анна", "Класс 5А"])
        XCTAssertThrowsError(try school.service.averageDynamics(
            try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(1), period: 2, pupil: TestSchool.firstGrader
        )) { error in
            guard case JournalError.notFound = error else { return XCTFail("\(error)") }
        }
    }

    func testTeacherPeriodReportOfOwnTeachings() throws {
        let document = try school.service.teacherPeriodReport(try school.signIn("teacher"), teacher: nil, period: 2)
        XCTAssertEqual(document.bodyRows.count, 1)
        let line = document.bodyRows[0]
        XCTAssertEqual(Array(line.prefix(4)), [.text("5А"), .text("Математика"), .text("2 четверть"), .number(3)])
        XCTAssertEqual(Array(line[9...11]), [.text("66.7"), .text("66.7"), .text("57.0")])
        XCTAssertEqual(line.suffix(5), [.number(2), .number(1), .number(1), .number(0), .number(0)], "one К/р in the quarter")
        let deputys = try school.service.teacherPeriodReport(try school.signIn("deputy"), teacher: StaffID(1), period: 2)
        XCTAssertEqual(deputys.bodyRows, document.bodyRows)
    }

    /// English in two groups: group 1 (Иванова, Алексеев) by Петрова, group 2 (Яковлева) by
    /// Сидоров. Сидоров's results hold his group only; the class teacher's КТП prints each
    /// group's plan as a section of its own.
    func testSubjectTaughtInGroups() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO teaching VALUES (4, 1, 3, 1, 1), (5, 1, 3, 2, 2);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at,
                                    room, scheduled_teacher_id, topic) VALUES
                    (6, 5, 1, 3, 2, '2026-11-25', 5, '12:30', '13:15', '7', 2, 'Present Simple');
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (12, 6, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (12, 3, '4', '2026-11-25T09:00:00.000Z', 2);
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours, planned_date) VALUES (5, 1, 'Present Simple', 1, NULL);
                """)
        }
        let other = try school.signIn("other")
        let results = try school.service.subjectResults(other, classID: ClassID(1), subjectID: SubjectID(3), period: 2)
        XCTAssertEqual(results.titleBlock.className, "5А (2 группа)")
        XCTAssertEqual(results.bodyRows, [[.number(1), .text("Яковлева Вера"), .number(1), .text("4.00"), .text("4.00"), .empty]])
        XCTAssertEqual(results.signatures.map(\.name), ["Сидоров П.А."])
        let whole = try school.service.subjectResults(try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(3), period: 2)
        XCTAssertEqual(whole.titleBlock.className, "5А", "the class teacher sees both groups")
        XCTAssertEqual(whole.bodyRows.map { $0[1] }, [.text("Алексеев Борис"), .text("Иванова Анна"), .text("Яковлева Вера")])
        XCTAssertEqual(whole.signatures.map(\.name), ["Петрова О.И.", "Сидоров П.А."], "a signature line per group's teacher")

        let kind = try XCTUnwrap(ReportKind.named("ktp"))
        let made = try school.service.makeReport(kind, try school.signIn("teacher"), ReportRequest(classID: ClassID(1), period: 2, subjectID: SubjectID(3)))
        guard case .sections(let sections) = made.printed else { return XCTFail("\(made.printed)") }
        XCTAssertEqual(sections.map(\.titleBlock.className), ["5А (1 группа)", "5А (2 группа)"])
        XCTAssertEqual(sections[1].bodyRows.first, [.number(1), .text("Present Simple"), .text("1 из 1"), .text("25.11.2026"), .text("25.11.2026"), .text("Present Simple")])
        XCTAssertTrue(made.document.bodyRows.contains([.empty, .text("5А (2 группа)")]), "the screen's table names each group")
    }

    func testTheCatalogueListsTheTeacherReportsForATeacher() throws {
        let ids = school.service.reportKinds(for: try school.signIn("other")).map(\.id)
        XCTAssertEqual(Array(ids.prefix(4)), ["ktp", "subject-results", "teacher-period", "average-dynamics"])
        XCTAssertEqual(ReportKind.named("average-dynamics")?.needs, [.class, .subject, .period, .pupil])
        XCTAssertFalse(school.service.reportKinds(for: try school.signIn("parent")).map(\.id).contains("subject-results"))
    }

    func testOthersAreRefusedByTheService() throws {
        let before = try reportCount("other")
        let other = try school.signIn("other")
        for make in [
            { _ = try self.school.service.subjectResults(other, classID: ClassID(1), subjectID: SubjectID(1), period: 2) },
            { _ = try self.school.service.ktpPrintout(other, classID: ClassID(1), subjectID: SubjectID(1), period: 2) },
            { _ = try self.school.service.averageDynamics(other, classID: ClassID(1), subjectID: SubjectID(1), period: 2, pupil: TestSchool.ivanova) },
            { _ = try self.school.service.teacherPeriodReport(other, teacher: StaffID(1), period: 2) },
        ] {
            XCTAssertThrowsError(try make()) { error in
                guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(try reportCount("other"), before, "a refusal writes no report entry")
        XCTAssertThrowsError(try school.service.subjectResults(try school.signIn("parent"), classID: ClassID(1), subjectID: SubjectID(1), period: 2))
        // Сидоров makes the results of his own subject in 5А.
        XCTAssertNoThrow(try school.service.subjectResults(other, classID: ClassID(1), subjectID: SubjectID(2), period: 2))
        XCTAssertThrowsError(try school.service.subjectResults(try school.signIn("teacher"), classID: ClassID(1), subjectID: SubjectID(1), period: 9)) { error in
            guard case JournalError.notFound = error else { return XCTFail("\(error)") }
        }
    }
}
