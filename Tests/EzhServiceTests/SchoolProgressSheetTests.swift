import EzhCore
import EzhService
import GRDB
import XCTest

/// The whole school's сводная ведомость for the second quarter, read for all classes at once,
/// against each class's own сводная ведомость and against values counted by hand: a pupil who
/// moved from 5А to 6Б mid-quarter (on both sheets, with the finals of both classes), a class
/// with no finals yet, a 10th grade on half-years, an exempt pupil's «осв», a year without quarters.
final class SchoolProgressSheetTests: XCTestCase {
    private var school: TestSchool!
    private let fifthA = ClassID(1), sixthB = ClassID(3), tenthA = ClassID(4), seventhV = ClassID(5)

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        // Ёлкин (4) left 5А on 20.11 and joined 6Б on 23.11. 10А counts half-years: its first
        // half-year has begun by the quarter's end, its second has not. 7В has no finals at all.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on) VALUES
                    (3, 1, 'half', 1, '2026-09-01', '2026-12-28'), (4, 1, 'half', 2, '2027-01-12', '2027-05-26');
                INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES
                    (3, 1, 6, 'Б', 'quarter', 2, 1), (4, 1, 10, 'А', 'half', NULL, 1), (5, 1, 7, 'В', 'quarter', 1, 1);
                INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES
                    (6, 'Борисов', 'Антон', 'Ильич', 'm', '2014-04-06'), (7, 'Васильева', 'Дарья', 'Олеговна', 'f', '2010-02-07'),
                    (8, 'Григорьев', 'Егор', 'Петрович', 'm', '2013-08-08');
                INSERT INTO class_membership (pupil_id, class_id, from_date, to_date) VALUES
                    (4, 3, '2026-11-23', NULL), (6, 3, '2026-09-01', NULL), (7, 4, '2026-09-01', NULL), (8, 5, '2026-09-01', NULL);
                INSERT INTO teaching VALUES (4, 3, 1, NULL, 1), (5, 4, 2, NULL, 2), (6, 5, 1, NULL, 1);
                INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by) VALUES
                    (1, 1, 1, 'period', 1, '4', '2026-10-23T07:00:00.000Z', 1), (1, 1, 1, 'period', 2, '5', '2026-12-25T07:00:00.000Z', 1),
                    (1, 1, 1, 'year', NULL, '5', '2026-12-27T07:00:00.000Z', 1), (2, 1, 2, 'period', 2, 'осв', '2026-12-25T07:00:00.000Z', 2),
                    (3, 1, 2, 'period', 2, 'н/а', '2026-12-25T07:00:00.000Z', 2),
                    (4, 1, 1, 'period', 1, '4', '2026-10-23T07:00:00.000Z', 1), (4, 1, 1, 'period', 2, '2', '2026-11-19T07:00:00.000Z', 1),
                    (4, 3, 3, 'period', 2, '4', '2026-12-25T07:00:00.000Z', 1), (6, 3, 1, 'period', 2, '3', '2026-12-25T07:00:00.000Z', 1),
                    (7, 4, 2, 'period', 3, '5', '2026-12-25T07:00:00.000Z', 2), (7, 4, 2, 'period', 4, '4', '2026-12-25T07:00:00.000Z', 2);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private struct NotInSections: Error { let printed: MadeReport.PrintedForm }

    private func texts(_ rows: [[ReportDocument.Cell]]) -> [[String]] { rows.map { $0.map(\.text) } }

    private func schoolSheets(period: Int = 2) throws -> (made: MadeReport, sheets: [ReportDocument]) {
        let made = try school.service.schoolProgressSheets(try school.signIn("deputy"), period: period)
        guard case .sections(let sheets) = made.printed else { throw NotInSections(printed: made.printed) }
        return (made, sheets)
    }

    func testEachClassWithMarksInClassOrderUpToItsPeriodBegunByTheQuarter() throws {
        let sheets = try schoolSheets().sheets
        XCTAssertEqual(sheets.map(\.titleBlock.className), ["5А", "6Б", "7В", "10А"], "1А has no marks; by grade, not by name")
        XCTAssertEqual(sheets.map(\.titleBlock.period), ["2 четверть", "2 четверть", "2 четверть", "1 полугодие"])
        XCTAssertEqual(sheets.map { $0.signatures.first?.name }, ["Петрова О.И.", "Сидоров П.А.", "Петрова О.И.", ""])
        let tenth = try XCTUnwrap(sheets.last)
        XCTAssertEqual(tenth.headerRows[1].map(\.text), ["", "", "I"], "the second half-year has not begun: no year columns")
        XCTAssertEqual(texts(tenth.bodyRows), [["1", "Васильева Дарья", "5"]])
    }

    func testAPupilWhoMovedIsOnBothSheetsWithTheFinalsOfBoth() throws {
        let sheets = try schoolSheets().sheets
        let fifth = try XCTUnwrap(sheets.first { $0.titleBlock.className == "5А" })
        XCTAssertEqual(fifth.headerRows[0].map(\.text), ["№", "Ученик", "Английский язык", "", "", "Математика", "", "", "Русский язык", "", ""])
        XCTAssertEqual(texts(fifth.bodyRows), [
            ["1", "Алексеев Борис", "", "", "", "", "", "", "", "осв", ""],
            ["2", "Ёлкин Глеб (выб. 20.11)", "", "4", "", "4", "2", "", "", "", ""],
            ["3", "Иванова Анна", "", "", "", "4", "5", "5", "", "", ""],
            ["4", "Яковлева Вера", "", "", "", "", "", "", "", "н/а", ""],
        ])
        XCTAssertEqual(texts(fifth.footerRows).map { Array($0.dropFirst(5)) }, [
            ["0", "1", "1", "0", "0", "0"], ["2", "0", "0", "0", "0", "0"], ["0", "0", "0", "0", "0", "0"],
            ["0", "1", "0", "0", "0", "0"], ["0", "0", "0", "0", "1", "0"],
        ], "«осв» is shown, not counted")
        let sixth = try XCTUnwrap(sheets.first { $0.titleBlock.className == "6Б" })
        XCTAssertEqual(texts(sixth.bodyRows), [
            ["1", "Борисов Антон", "", "", "", "", "3", ""],
            ["2", "Ёлкин Глеб (приб. 23.11)", "", "4", "", "4", "2", ""],
        ])
    }

    func testAClassWithoutFinalsHasItsSheetWithEmptyCellsAndZeroCounts() throws {
        let seventh = try XCTUnwrap(try schoolSheets().sheets.first { $0.titleBlock.className == "7В" })
        XCTAssertEqual(seventh.headerRows[0].map(\.text), ["№", "Ученик", "Математика", "", ""])
        XCTAssertEqual(texts(seventh.bodyRows), [["1", "Григорьев Егор", "", "", ""]])
        XCTAssertEqual(texts(seventh.footerRows).map { Array($0.dropFirst(2)) }, Array(repeating: ["0", "0", "0"], count: 5))
    }

    func testEachClassesSheetsAreTheClassesOwnSummaryRecord() throws {
        let sheets = try schoolSheets().sheets
        for (classID, name, period) in [(fifthA, "5А", 2), (sixthB, "6Б", 2), (seventhV, "7В", 2), (tenthA, "10А", 1)] {
            let own = try school.service.progressSheet(try school.signIn("deputy"), classID: classID, period: period)
            guard case .sections(let ownSheets) = own.printed else { return XCTFail("\(own.printed)") }
            XCTAssertEqual(sheets.filter { $0.titleBlock.className == name }, ownSheets, name)
        }
    }

    func testTheLongTableHasARowPerClassPupilAndSubject() throws {
        let table = try schoolSheets().made.document
        XCTAssertEqual(table.headerRows[0].map(\.text), ["Класс", "Ученик", "Предмет", "I", "II", "Год"])
        XCTAssertEqual(table.bodyRows.count, 4 * 3 + 2 * 2 + 1 + 1)
        let rows = texts(table.bodyRows)
        XCTAssertEqual(rows.filter { $0[1].hasPrefix("Ёлкин") }, [
            ["5А", "Ёлкин Глеб (выб. 20.11)", "Английский язык", "", "4", ""],
            ["5А", "Ёлкин Глеб (выб. 20.11)", "Математика", "4", "2", ""],
            ["5А", "Ёлкин Глеб (выб. 20.11)", "Русский язык", "", "", ""],
            ["6Б", "Ёлкин Глеб (приб. 23.11)", "Английский язык", "", "4", ""],
            ["6Б", "Ёлкин Глеб (приб. 23.11)", "Математика", "4", "2", ""],
        ])
        XCTAssertEqual(rows.last, ["10А", "Васильева Дарья", "Русский язык", "5", "", ""], "10А has only its first half-year's column")
        XCTAssertEqual(rows.first { $0[0] == "5А" && $0[1] == "Иванова Анна" && $0[2] == "Математика" }, ["5А", "Иванова Анна", "Математика", "4", "5", "5"])
    }

    /// With no quarters in the year the number is each class's own period: the trimesters' second
    /// for 5А, 6Б and 7В, the half-years' second for 10А.
    func testAYearWithoutQuartersTakesEachClasssOwnPeriod() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE period SET scheme = 'trimester' WHERE scheme = 'quarter';
                UPDATE class SET period_scheme = 'trimester' WHERE period_scheme = 'quarter';
                """)
        }
        let (made, sheets) = try schoolSheets()
        XCTAssertEqual(made.document.titleBlock.period, "2 период")
        XCTAssertEqual(sheets.map(\.titleBlock.period), ["2 триместр", "2 триместр", "2 триместр", "2 полугодие"])
        let tenth = try XCTUnwrap(sheets.last)
        XCTAssertEqual(tenth.headerRows[1].map(\.text), ["", "", "I", "II", "Год"])
        XCTAssertEqual(texts(tenth.bodyRows), [["1", "Васильева Дарья", "5", "4", ""]])
        XCTAssertEqual(texts(sheets[0].bodyRows)[2], ["3", "Иванова Анна", "", "", "", "4", "5", "5", "", "", ""])
    }
}
