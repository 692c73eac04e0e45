import EzhCore
import EzhService
import GRDB
import XCTest

/// 5А's second quarter (5 November – 28 December) through the class teacher's reports: the
/// numbers counted by hand from the journal, the refusals by the service, the access-log entries.
final class ClassPeriodReportsTests: XCTestCase {
    private var school: TestSchool!
    private let fifthA = ClassID(1)

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        // Mathematics: lesson 2 (26.11) one work of weight 1; lesson 1 (27.11) works of weight 1 and 2.
        // Russian: lesson 3 (27.11) three works of weight 1. Lesson 5 (20.10) is in the first quarter.
        // Иванова: mathematics (5 + 5 + 2·4) / 4 = 4.5 → 5, Russian 4 → «одна 4».
        // Алексеев: mathematics 2, 3 (a 5 in October does not count): two marks → н/а; exempt from Russian.
        // Яковлева: mathematics (3 + 2 + 2·2) / 4 = 2.25 → 2; Russian 5.
        // Ёлкин left on the 20th: in no preliminary report.
        // Finals of the quarter: Иванова 5 5; Алексеев 4 3; Яковлева 2 н/а; Ёлкин (left) mathematics 2.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES
                    (1, 2, 1, 1), (2, 1, 1, 1), (3, 1, 2, 2), (4, 3, 1, 1), (5, 3, 1, 2), (6, 3, 1, 3), (7, 5, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (1, 1, '5', '2026-11-26T07:00:00.000Z', 1), (2, 1, '5', '2026-11-27T07:00:00.000Z', 1), (3, 1, '4', '2026-11-27T07:00:00.000Z', 1),
                    (4, 1, '4', '2026-11-27T07:00:00.000Z', 2), (5, 1, '4', '2026-11-27T07:00:00.000Z', 2), (6, 1, '4', '2026-11-27T07:00:00.000Z', 2),
                    (1, 2, '2', '2026-11-26T07:00:00.000Z', 1), (2, 2, '3', '2026-11-27T07:00:00.000Z', 1), (7, 2, '5', '2026-10-20T07:00:00.000Z', 1),
                    (1, 3, '3', '2026-11-26T07:00:00.000Z', 1), (2, 3, '2', '2026-11-27T07:00:00.000Z', 1), (3, 3, '2', '2026-11-27T07:00:00.000Z', 1),
                    (4, 3, '5', '2026-11-27T07:00:00.000Z', 2), (5, 3, '5', '2026-11-27T07:00:00.000Z', 2), (6, 3, '5', '2026-11-27T07:00:00.000Z', 2);
                INSERT INTO exemption (id, pupil_id, first_day, last_day, all_subjects, reason, changed_at, changed_by)
                    VALUES (1, 2, '2026-11-01', '2026-12-31', 0, 'справка', '2026-11-01T07:00:00.000Z', 4);
                INSERT INTO exemption_subject VALUES (1, 2);
                INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by) VALUES
                    (1, 1, 1, 'period', 2, '5', '2026-12-25T07:00:00.000Z', 1), (1, 1, 2, 'period', 2, '5', '2026-12-25T07:00:00.000Z', 2),
                    (2, 1, 1, 'period', 2, '4', '2026-12-25T07:00:00.000Z', 1), (2, 1, 2, 'period', 2, '3', '2026-12-25T07:00:00.000Z', 2),
                    (3, 1, 1, 'period', 2, '2', '2026-12-25T07:00:00.000Z', 1), (3, 1, 2, 'period', 2, 'н/а', '2026-12-25T07:00:00.000Z', 2),
                    (4, 1, 1, 'period', 2, '2', '2026-11-19T07:00:00.000Z', 1),
                    (1, 1, 1, 'period', 1, '4', '2026-10-23T07:00:00.000Z', 1), (4, 1, 1, 'period', 1, '4', '2026-10-23T07:00:00.000Z', 1),
                    (1, 1, 1, 'year', NULL, '5', '2026-12-27T07:00:00.000Z', 1);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func texts(_ rows: [[ReportDocument.Cell]]) -> [[String]] { rows.map { $0.map(\.text) } }

    func testThePreliminaryReportFromTheWeightedAveragesSoFar() throws {
        let document = try school.service.periodRiskReport(try school.signIn("teacher"), classID: fifthA, period: 2, basis: .currentAverages)
        XCTAssertEqual(texts(document.bodyRows), [
            ["1", "Яковлева Вера", "«2»", "Математика", "Петрова О.И.", "2 (2.25)"],
            ["2", "Алексеев Борис", "н/а", "Математика", "Петрова О.И.", "н/а (2.50)"],
            ["3", "Иванова Анна", "одна «4»", "Русский язык", "Сидоров П.А.", "4 (4.00)"],
        ])
        XCTAssertEqual(document.footerRows.map { $0[2].text }, ["1", "1", "0", "1"])
        XCTAssertEqual(document.titleBlock.period, "2 четверть")
        XCTAssertEqual(document.signatures.first?.name, "Петрова О.И.")
    }

    func testTheFinalReportFromThePeriodFinals() throws {
        let document = try school.service.periodRiskReport(try school.signIn("deputy"), classID: fifthA, period: 2, basis: .finals)
        XCTAssertEqual(texts(document.bodyRows), [
            ["1", "Яковлева Вера", "«2»", "Математика", "Петрова О.И.", "2"],
            ["2", "Яковлева Вера", "н/а", "Русский язык", "Сидоров П.А.", "н/а"],
            ["3", "Алексеев Борис", "одна «3»", "Русский язык", "Сидоров П.А.", "3"],
        ])
        XCTAssertEqual(document.titleBlock.title, "Отчёт классного руководителя за период")
    }

    /// N = 3 (Ёлкин left before the end): n5 = 1 (Иванова), n3 = 1 (Алексеев), n2 = 1 (Яковлева).
    func testClassResultsOfTheQuarter() throws {
        let document = try school.service.classResults(try school.signIn("teacher"), classID: fifthA, period: 2)
        let rows = Dictionary(uniqueKeysWithValues: texts(document.bodyRows).map { ($0[0].trimmingCharacters(in: .whitespaces), Array($0.dropFirst())) })
        XCTAssertEqual(rows["Учащихся на конец периода"], ["3", ""])
        XCTAssertEqual(rows["Аттестовано (N)"], ["3", ""])
        XCTAssertEqual(rows["Отличники (на «5»)"], ["1", "Иванова Анна"])
        XCTAssertEqual(rows["из них с одной «3»"], ["1", "Алексеев Борис"])
        XCTAssertEqual(rows["Неуспевающие (с «2»)"], ["1", "Яковлева Вера"])
        XCTAssertEqual(rows["Не аттестованы (н/а)"], ["0", ""])
        XCTAssertEqual(texts(document.footerRows).map { $0[1] }, ["66,7", "33,3", "50,7"], "СОУ = (100 + 36 + 16) / 3")
    }

    func testTheProgressSheetUpToTheYearsLastQuarter() throws {
        let report = try school.service.progressSheet(try school.signIn("teacher"), classID: fifthA, period: 2)
        let document = report.document
        XCTAssertEqual(document.headerRows[0].map(\.text), ["№", "Ученик", "Математика", "", "", "Русский язык", "", ""])
        XCTAssertEqual(document.headerRows[1].map(\.text), ["", "", "I", "II", "Год", "I", "II", "Год"])
        XCTAssertEqual(texts(document.bodyRows), [
            ["1", "Алексеев Борис", "", "4", "", "", "3", ""],
            ["2", "Ёлкин Глеб (выб. 20.11)", "4", "2", "", "", "", ""],
            ["3", "Иванова Анна", "4", "5", "5", "", "5", ""],
            ["4", "Яковлева Вера", "", "2", "", "", "н/а", ""],
        ])
        XCTAssertEqual(texts(document.footerRows).map { Array($0.prefix(5)) }, [
            ["", "Всего «5»", "0", "1", "1"], ["", "Всего «4»", "2", "1", "0"], ["", "Всего «3»", "0", "0", "0"],
            ["", "Всего «2»", "0", "2", "0"], ["", "Всего «н/а»", "0", "0", "0"],
        ])
        guard case .sections(let sheets) = report.printed else { return XCTFail("\(report.printed)") }
        XCTAssertEqual(sheets.count, 1)
    }

    func testTheFirstQuarterHasNoYearColumns() throws {
        let document = try school.service.progressSheet(try school.signIn("teacher"), classID: fifthA, period: 1).document
        XCTAssertEqual(document.headerRows[1].map(\.text), ["", "", "I", "I"])
    }

    func testTheAttendanceSummaryOfTheQuarter() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (1, 1, 'Б', '2026-11-27T07:00:00.000Z', 1), (3, 1, 'Б', '2026-11-27T07:00:00.000Z', 1),
                    (5, 1, 'Н', '2026-10-20T07:00:00.000Z', 1), (2, 2, 'ОП', '2026-11-26T07:00:00.000Z', 1),
                    (2, 4, 'Н', '2026-11-26T07:00:00.000Z', 1);
                """)
        }
        let document = try school.service.attendanceSummary(try school.signIn("teacher"), classID: fifthA, period: 2)
        XCTAssertEqual(document.headerRows[0].prefix(6).map(\.text), ["№", "Ученик", "нояб.", "", "", "дек."])
        let ivanova = try XCTUnwrap(texts(document.bodyRows).first { $0[1] == "Иванова Анна" })
        XCTAssertEqual(Array(ivanova.dropFirst(2)), ["2", "2", "1", "0", "0", "0", "2", "2", "0", "0", "1"], "October's absence is the first quarter's")
        let departed = try XCTUnwrap(texts(document.bodyRows).first { $0[1] == "Ёлкин Глеб" })
        XCTAssertEqual(Array(departed.dropFirst(2)), ["0", "0", "0", "—", "—", "—", "0", "0", "0", "0", "0"], "the 26th is after he left")
        XCTAssertEqual(texts(document.footerRows)[0].suffix(5), ["2", "2", "0", "1", "1"])
    }

    func testTheWholeSchoolForTheDeputyInOneLogEntry() throws {
        let before = try school.count("SELECT count(*) FROM access_log WHERE action = 'report'")
        let made = try school.service.schoolProgressSheets(try school.signIn("deputy"), period: 2)
        guard case .sections(let sheets) = made.printed else { return XCTFail("\(made.printed)") }
        XCTAssertEqual(sheets.map(\.titleBlock.className), ["5А"], "1А has no marks")
        XCTAssertEqual(made.document.headerRows[0].map(\.text), ["Класс", "Ученик", "Предмет", "I", "II", "Год"])
        XCTAssertEqual(made.document.bodyRows.first { $0[1].text == "Иванова Анна" && $0[2].text == "Математика" }?.map(\.text),
                       ["5А", "Иванова Анна", "Математика", "4", "5", "5"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report'"), before + 1)
        XCTAssertThrowsError(try school.service.schoolProgressSheets(try school.signIn("teacher"), period: 2)) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
    }

    func testEachReportIsLoggedForTheClass() throws {
        let session = try school.signIn("deputy")
        _ = try school.service.attendanceSummary(session, classID: fifthA, period: 2)
        _ = try school.service.periodRiskReport(session, classID: fifthA, period: 2, basis: .currentAverages)
        _ = try school.service.periodRiskReport(session, classID: fifthA, period: 2, basis: .finals)
        _ = try school.service.classResults(session, classID: fifthA, period: 2)
        _ = try school.service.progressSheet(session, classID: fifthA, period: 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND login = 'deputy' AND class_id = 1 AND object LIKE '%5А 2 четверть'"), 5)
    }

    func testASubjectTeacherAParentAndAPupilAreRefusedByTheService() throws {
        for login in ["other", "parent", "pupil"] {
            let session = try school.signIn(login)
            let attempts: [() throws -> Any] = [
                { try self.school.service.attendanceSummary(session, classID: self.fifthA, period: 2) },
                { try self.school.service.periodRiskReport(session, classID: self.fifthA, period: 2, basis: .currentAverages) },
                { try self.school.service.classResults(session, classID: self.fifthA, period: 2) },
                { try self.school.service.progressSheet(session, classID: self.fifthA, period: 2) },
            ]
            for attempt in attempts {
                XCTAssertThrowsError(try attempt(), login) { error in
                    guard case JournalError.accessDenied = error else { return XCTFail("\(login): \(error)") }
                }
            }
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report'"), 0)
    }

    func testAPeriodTheClassLacksAndAClassWithoutMarksAreExplained() throws {
        let deputy = try school.signIn("deputy")
        XCTAssertThrowsError(try school.service.classResults(deputy, classID: fifthA, period: 3)) { error in
            XCTAssertTrue("\(error)".contains("нет периода 3"), "\(error)")
        }
        XCTAssertThrowsError(try school.service.progressSheet(deputy, classID: ClassID(2), period: 2)) { error in
            XCTAssertTrue("\(error)".contains("отметок не ставят"), "\(error)")
        }
    }
}
