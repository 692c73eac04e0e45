import EzhCore
import EzhService
import GRDB
import XCTest

/// The deputy's and director's reports from the test school, with movement in the second
/// quarter: Алексеев transferred 5А → 5Б on 16.11, Ёлкин left on 20.11 (order 45-у, to школа
/// № 7), Зайцев arrived in 5А on 10.11 (order 44-у, from гимназия № 2). Counted by hand.
final class SchoolReportsTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES (3, 1, 5, 'Б', 'quarter', NULL, 1);
                INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES (6, 'Зайцев', 'Егор', 'Ильич', 'm', '2015-04-06');
                UPDATE class_membership SET departure_order = '45-у', departed_to = 'школа № 7' WHERE pupil_id = 4;
                UPDATE class_membership SET to_date = '2026-11-15', departure_order = '46-у', departed_to = '5Б' WHERE pupil_id = 2;
                INSERT INTO class_membership (pupil_id, class_id, from_date, to_date, arrival_order, arrived_from) VALUES
                    (2, 3, '2026-11-16', NULL, '46-у', '5А'), (6, 1, '2026-11-10', NULL, '44-у', 'гимназия № 2');
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func line(_ document: ReportDocument, _ first: String) throws -> [String] {
        try XCTUnwrap(document.allRows.first { $0.first?.text == first }, "\(first) missing").map(\.text)
    }

    func testTheSecondQuartersMovementBalancesPerClassAndForTheSchool() throws {
        let report = try school.service.movementReport(try school.signIn("deputy"), period: 2)
        let summary = report.summary
        XCTAssertEqual(summary.titleBlock.period, "2 четверть 2026/2027 (05.11.2026 — 28.12.2026)")
        // Class, at start, arrived, of them from classes, left, of them to classes, at end.
        XCTAssertEqual(try line(summary, "5А"), ["5А", "4", "1", "0", "2", "1", "3"])
        XCTAssertEqual(try line(summary, "5Б"), ["5Б", "0", "1", "1", "0", "0", "1"])
        XCTAssertEqual(try line(summary, "1А"), ["1А", "1", "0", "0", "0", "0", "1"])
        XCTAssertEqual(try line(summary, "Итого по классам"), ["Итого по классам", "5", "2", "1", "2", "1", "5"])
        XCTAssertEqual(try line(summary, "По школе"), ["По школе", "5", "1", "", "1", "", "5"])
        XCTAssertEqual(summary.signatures.first?.name, "Черных Л.П.")
        let lists = report.lists.bodyRows.map { $0.map(\.text) }
        XCTAssertEqual(lists, [
            ["Прибыл", "Зайцев Егор Ильич", "06.04.2015", "5А", "10.11.2026", "44-у", "гимназия № 2"],
            ["Выбыл", "Ёлкин Глеб Олегович", "04.01.2015", "5А", "20.11.2026", "45-у", "школа № 7"],
            ["Переведён", "Алексеев Борис Петрович", "02.05.2015", "5А → 5Б", "16.11.2026", "46-у", ""],
        ])
    }

    func testTheFirstQuarterHadNoMovement() throws {
        let report = try school.service.movementReport(try school.signIn("director"), period: 1)
        XCTAssertEqual(try line(report.summary, "5А"), ["5А", "4", "0", "0", "0", "0", "4"])
        XCTAssertEqual(report.lists.bodyRows.first?.first?.text, "Движения за период не было")
    }

    func testTheWholeYearCountsEveryoneWhoBeganOnTheFirstDayAsAtTheStart() throws {
        let report = try school.service.movementReport(try school.signIn("deputy"), period: nil)
        XCTAssertEqual(report.summary.titleBlock.period, "2026/2027 учебный год")
        XCTAssertEqual(try line(report.summary, "По школе"), ["По школе", "5", "1", "", "1", "", "5"])
    }

    func testClassSizesOnADayCountBoysGirlsAndTheSubgroupsOfThatPeriod() throws {
        let document = try school.service.classSizesReport(try school.signIn("deputy"), on: LocalDate(year: 2026, month: 11, day: 18))
        XCTAssertEqual(document.titleBlock.period, "на 18.11.2026")
        // 5А on the 18th: Иванова, Яковлева, Ёлкин (leaves on the 20th), Зайцев; Алексеев is in 5Б.
        XCTAssertEqual(try line(document, "5А"), ["5А", "Петрова О.И.", "4", "2", "2", "Английский язык: 1 группа 1, 2 группа 1"])
        XCTAssertEqual(try line(document, "5Б"), ["5Б", "", "1", "1", "0", ""])
        XCTAssertEqual(try line(document, "Итого 5 кл."), ["Итого 5 кл.", "классов: 2", "5", "3", "2", ""])
        XCTAssertEqual(try line(document, "По школе"), ["По школе", "классов: 3", "6", "4", "2", ""])
        XCTAssertTrue(document.hasSeal)
    }

    func testTheTwentiethOfSeptemberIsTheReferenceCount() throws {
        let document = try school.service.classSizesReport(try school.signIn("director"), on: nil)
        XCTAssertEqual(document.titleBlock.title, "Наполняемость классов на 20 сентября")
        XCTAssertEqual(document.titleBlock.period, "на 20.09.2026")
        XCTAssertEqual(try line(document, "5А"), ["5А", "Петрова О.И.", "4", "2", "2", "Английский язык: 1 группа 2, 2 группа 1"])
        XCTAssertEqual(try line(document, "По школе"), ["По школе", "классов: 3", "5", "3", "2", ""])
    }

    private func addFinals() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by) VALUES
                    (1, 1, 1, 'period', 1, '5', '2026-10-24T10:00:00.000Z', 1),
                    (1, 1, 1, 'year', NULL, '5', '2027-05-25T10:00:00.000Z', 1),
                    (1, 1, 1, 'exam', NULL, '4', '2027-05-25T10:00:00.000Z', 1),
                    (1, 1, 1, 'final', NULL, '5', '2027-05-25T10:00:00.000Z', 1),
                    (1, 1, 2, 'year', NULL, '4', '2027-05-25T10:00:00.000Z', 2),
                    (3, 1, 1, 'year', NULL, '2', '2027-05-25T10:00:00.000Z', 1),
                    (3, 1, 2, 'year', NULL, '4', '2027-05-25T10:00:00.000Z', 2),
                    (4, 1, 1, 'period', 1, '3', '2026-10-24T10:00:00.000Z', 1);
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (1, 1, 'Б', '2026-11-27T07:00:00.000Z', 1), (2, 1, 'ОП', '2026-11-26T07:00:00.000Z', 1),
                    (3, 3, 'НП', '2026-11-27T07:00:00.000Z', 2), (2, 4, 'Н', '2026-11-26T07:00:00.000Z', 1);
                """)
        }
    }

    func testFinalDataPerPupilWithAbsencesAndTheDecision() throws {
        try addFinals()
        let document = try school.service.finalDataReport(try school.signIn("deputy"), classID: ClassID(1))
        XCTAssertEqual(document.titleBlock.className, "5А")
        let rows = document.bodyRows.map { $0.map(\.text) }
        // №, pupil, subject, I, II, year, exam, final, missed, of them ill.
        XCTAssertTrue(rows.contains(["4", "Иванова Анна Сергеевна", "Математика", "5", "", "5", "4", "5", "1", "1"]), "\(rows)")
        XCTAssertTrue(rows.contains(["", "", "Итого; решение: переведён в 6 класс", "", "", "", "", "", "1", "1"]))
        XCTAssertTrue(rows.contains(["", "", "Русский язык", "", "", "4", "", "", "1", "0"]), "Яковлева's НП in Russian")
        XCTAssertTrue(rows.contains(["", "", "Итого; решение: переведён условно (долгов: 1)", "", "", "", "", "", "1", "0"]))
        XCTAssertTrue(rows.contains(["", "", "Итого; решение: выбыл 20.11.2026", "", "", "", "", "", "0", "0"]), "Ёлкин's Н after leaving is not his")
    }

    func testAPupilTransferredInKeepsTheOldClasssFinalsAndTheOldClassShowsOnlyItsOwn() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by) VALUES
                    (2, 1, 1, 'period', 1, '4', '2026-10-24T10:00:00.000Z', 1),
                    (2, 3, 1, 'year', NULL, '5', '2027-05-25T10:00:00.000Z', 1);
                """)
        }
        let newClass = try school.service.finalDataReport(try school.signIn("deputy"), classID: ClassID(3)).bodyRows.map { $0.map(\.text) }
        XCTAssertEqual(newClass.first, ["1", "Алексеев Борис Петрович", "Математика", "4", "", "5", "", "", "0", "0"])
        let oldClass = try school.service.finalDataReport(try school.signIn("deputy"), classID: ClassID(1)).bodyRows.map { $0.map(\.text) }
        XCTAssertEqual(oldClass.first, ["1", "Алексеев Борис Петрович", "Математика", "4", "", "", "", "", "0", "0"])
    }

    func testTheYearResultsShowExamOnlyWhereSatCountFinalsAndSign() throws {
        try addFinals()
        let documents = try school.service.yearResultsReport(try school.signIn("director"), classID: ClassID(1))
        let results = documents.results
        XCTAssertEqual(results.orientation, .landscape)
        XCTAssertEqual(results.headerRows[0].map(\.text), ["", "", "Мат", "", "", "Рус", "", ""])
        XCTAssertEqual(results.headerRows[1].map(\.text), ["№", "Ученик", "год", "экз", "итог", "год", "итог", "Решение педагогического совета"])
        let rows = results.bodyRows.map { $0.map(\.text) }
        XCTAssertEqual(rows.map { $0[1] }, ["Алексеев Борис", "Ёлкин Глеб", "Зайцев Егор", "Иванова Анна", "Яковлева Вера"])
        XCTAssertEqual(rows[3], ["4", "Иванова Анна", "5", "4", "5", "4", "", "переведён в 6 класс"])
        XCTAssertEqual(rows[4].last, "переведён условно (долгов: 1)")
        XCTAssertEqual(rows[0].last, "выбыл 15.11.2026")
        XCTAssertEqual(results.footerRows.map { $0.map(\.text) }, [
            ["", "«5»", "", "", "1", "", "", ""],
            ["", "«4»", "", "", "", "", "2", ""],
            ["", "«3»", "", "", "", "", "", ""],
            ["", "«2»", "", "", "1", "", "", ""],
            ["", "«н/а»", "", "", "", "", "", ""],
        ])
        XCTAssertEqual(results.signatures.map(\.role), ["Классный руководитель", "Директор"])
        XCTAssertTrue(results.hasSeal)
        XCTAssertEqual(documents.bindingSheet.bodyRows.last?.first?.text, "Пронумеровано, прошнуровано и скреплено печатью ____ листов")
        let binding = BindingSheet.counted(documents.bindingSheet, sheets: 3)
        XCTAssertEqual(binding.bodyRows.last?.first?.text, "Пронумеровано, прошнуровано и скреплено печатью 3 (три) листа")
        XCTAssertTrue(binding.hasSeal)
        guard case .sections(let sections) = documents.made.printed else { return XCTFail("the binding sheet prints after the table") }
        XCTAssertEqual(sections.map(\.titleBlock.title), ["Сводная ведомость итоговой успешности", "Заверительный лист"])
    }

    func testTheClassJournalIsPrintedSpreadBySpreadWithTheFinalsOnTheLastLeftPage() throws {
        try addFinals()
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE lesson SET topic = 'Дроби', homework = '№ 12' WHERE id = 1;
                INSERT INTO assignment (id, lesson_id, work_type_id) VALUES (1, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (1, 3, '4', '2026-11-27T08:00:00.000Z', 1);
                """)
        }
        let book = try school.service.classJournalBook(try school.signIn("deputy"), classID: ClassID(1))
        XCTAssertEqual(book.contents.bodyRows.map { $0.map(\.text) }, [
            ["1", "Математика", "Петрова О.И.", "3", "1", "1"], ["2", "Русский язык", "Сидоров П.А.", "1", "0", "1"],
        ])
        XCTAssertEqual(book.pages.count, 4)
        let left = book.pages[0]
        XCTAssertEqual(left.titleBlock.title, "Классный журнал: Математика")
        XCTAssertEqual(left.headerRows[0].map(\.text), ["", "Месяц", "октябрь", "ноябрь", "", "", "", "", "", ""])
        XCTAssertEqual(left.headerRows[1].map(\.text), ["№", "Ученик", "20", "26", "27", "I", "II", "год", "экз", "итог"])
        let ivanova = try XCTUnwrap(left.bodyRows.first { $0[1].text == "Иванова Анна" }).map(\.text)
        XCTAssertEqual(ivanova, ["4", "Иванова Анна", "", "ОП", "Б", "5", "", "5", "4", "5"])
        XCTAssertEqual(try XCTUnwrap(left.bodyRows.first { $0[1].text == "Яковлева Вера" })[4].text, "4")
        XCTAssertEqual(book.pages[1].bodyRows.map { $0.map(\.text) }, [
            ["1", "20.10.2026", "", ""], ["2", "26.11.2026", "", ""], ["3", "27.11.2026", "Дроби", "№ 12"],
        ])
    }

    func testTheJournalControlOfNovemberUpToToday() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE lesson SET topic = 'Дроби', homework = '№ 12', attendance_taken_at = '2026-11-27T08:00:00.000Z' WHERE id = 1;
                UPDATE lesson SET topic = 'Дроби' WHERE id = 2;
                INSERT INTO assignment (id, lesson_id, work_type_id) VALUES (1, 1, 1), (2, 2, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (1, 1, '5', '2026-11-27T08:00:00.000Z', 1), (1, 2, '4', '2026-11-27T08:00:00.000Z', 1),
                    (2, 1, '4', '2026-11-26T08:00:00.000Z', 1), (2, 3, '.', '2026-11-26T08:00:00.000Z', 1);
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours, planned_date) VALUES
                    (1, 1, 'Дроби', 1, '2026-11-26'), (1, 2, 'Дроби', 1, '2026-11-30');
                INSERT INTO message_thread (id, kind, subject, class_id, pupil_id, started_by, started_at)
                    VALUES (1, 'family', 'Об оценках', 1, 1, 1, '2026-10-30T09:00:00.000Z');
                INSERT INTO message_thread_member VALUES (1, 1, '2026-10-30T09:00:00.000Z'), (1, 5, '2026-10-30T09:00:00.000Z');
                INSERT INTO message (id, thread_id, author_id, kind, sent_at) VALUES
                    (1, 1, 1, 'message', '2026-10-30T09:00:00.000Z'), (2, 1, 1, 'message', '2026-11-20T09:00:00.000Z'),
                    (3, 1, 5, 'message', '2026-11-21T09:00:00.000Z'), (4, 1, 1, 'message', '2026-11-22T09:00:00.000Z');
                INSERT INTO message_read VALUES (2, 1, 5, '2026-11-20T15:00:00.000Z'), (4, 1, 1, '2026-11-22T09:00:00.000Z');
                """)
        }
        let document = try school.service.journalControlReport(try school.signIn("deputy"), year: 2026, month: 11)
        XCTAssertEqual(document.titleBlock.period, "ноябрь 2026 (01.11.2026 — 27.11.2026)")
        // Teacher, lessons, topic %, attendance %, homework %, late, pupils, none %, one %, planned, given with a topic − planned,
        // messages to families, opened %, from families, the class led, pupils due a notice, notices sent (none due here).
        // Сидоров's 1А (grade 1, no marks) is not counted among the pupils.
        XCTAssertEqual(try line(document, "Петрова О.И."),
                       ["Петрова О.И.", "2", "100", "50", "50", "0", "5", "60", "20", "1", "1", "2", "50", "1", "5А", "0", "0"])
        XCTAssertEqual(try line(document, "Сидоров П.А."),
                       ["Сидоров П.А.", "2", "0", "0", "0", "0", "5", "100", "0", "0", "0", "0", "—", "0", "1А", "0", "0"])
        XCTAssertEqual(try line(document, "По школе"), ["По школе", "4", "50", "25", "25", "0", "10", "80", "10", "1", "1", "2", "50", "1", "", "0", "0"])
        XCTAssertTrue(document.notes.contains { $0.contains("Активность семей") })
        XCTAssertEqual(document.signatures.first?.name, "Морозова И.Л.")
    }

    func testOnlyTheDeputyAndTheDirectorMakeThemAndEachIsLogged() throws {
        for login in ["teacher", "other", "admin", "parent", "pupil"] {
            let session = try school.signIn(login)
            let attempts: [() throws -> Void] = [
                { _ = try self.school.service.movementReport(session, period: 2) },
                { _ = try self.school.service.classSizesReport(session, on: nil) },
                { _ = try self.school.service.finalDataReport(session, classID: ClassID(1)) },
                { _ = try self.school.service.yearResultsReport(session, classID: ClassID(1)) },
                { _ = try self.school.service.classJournalBook(session, classID: ClassID(1)) },
                { _ = try self.school.service.journalControlReport(session, year: 2026, month: 11) },
            ]
            for (index, attempt) in attempts.enumerated() {
                XCTAssertThrowsError(try attempt(), "\(login) #\(index)") { error in
                    guard case JournalError.accessDenied = error else { return XCTFail("\(login) #\(index): \(error)") }
                }
            }
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report'"), 0)
        _ = try school.service.movementReport(try school.signIn("deputy"), period: 2)
        _ = try school.service.yearResultsReport(try school.signIn("director"), classID: ClassID(1))
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND object LIKE 'движение учащихся 2 четверть%'"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'report' AND object = 'сводная ведомость итоговой успешности 5А 2026/2027'"), 1)
    }
}
