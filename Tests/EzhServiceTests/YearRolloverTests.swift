import EzhCore
import EzhService
import GRDB
import XCTest

/// Closing a year and starting the next: promotion, leavers, the carried setup, and the closed
/// year kept for reading only.
final class YearRolloverTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        // An eleventh grade with one pupil, to leave the school.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift, room)
                    VALUES (3, 1, 11, 'Б', 'half', 2, 1, '30');
                INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES
                    (6, 'Смирнов', 'Олег', 'Игоревич', 'm', '2009-06-01');
                INSERT INTO class_membership (pupil_id, class_id, from_date) VALUES (6, 3, '2026-09-01');
                UPDATE class SET room = '21' WHERE id = 1;
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private var service: JournalService { school.service }
    private let nextYear = DateSpan(LocalDate(year: 2027, month: 9, day: 1), LocalDate(year: 2028, month: 8, day: 31))

    private func closeEveryPeriod() throws {
        let admin = try school.signIn("admin")
        for period in [PeriodID(1), TestSchool.quarter2] { try service.closePeriod(admin, period) }
    }

    func testAYearWithOpenPeriodsIsNotClosedAndTheRefusalListsThem() throws {
        XCTAssertThrowsError(try service.closeYear(try school.signIn("deputy"))) { error in
            let text = (error as? JournalError)?.message(in: .ru) ?? ""
            XCTAssertTrue(text.contains("1 четверть (01.09.2026–24.10.2026), 2 четверть (05.11.2026–28.12.2026)"), text)
        }
        XCTAssertFalse(try service.schoolYears()[0].isClosed)
        XCTAssertThrowsError(try service.closeYear(try school.signIn("teacher")), "a teacher does not close the year")
    }

    func testTheNextYearCannotStartBeforeThisOneIsClosed() throws {
        XCTAssertThrowsError(try service.startYear(try school.signIn("deputy"), name: "2027/2028", span: nextYear, leaversOrder: "77-о")) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("ещё не закрыт") == true, "\($0)")
        }
        XCTAssertEqual(try service.schoolYears().count, 1)
    }

    func testRolloverPromotesClassesLetsTheEleventhGradeLeaveAndCarriesTheSetup() throws {
        try closeEveryPeriod()
        let deputy = try school.signIn("deputy")
        XCTAssertTrue(try service.closeYear(deputy).isClosed)
        XCTAssertThrowsError(try service.startYear(deputy, name: "2027/2028", span: nextYear, leaversOrder: "")) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("приказ о выпуске 11Б") == true, "\($0)")
        }

        let report = try service.startYear(deputy, name: "2027/2028", span: nextYear, leaversOrder: "77-о")

        XCTAssertEqual(report.promoted.map { "\($0.from)→\($0.to):\($0.pupils)" }, ["1А→2А:1", "5А→6А:3"])
        XCTAssertEqual(report.leavingClasses.map(\.description), ["11Б"])
        XCTAssertEqual(report.leavers, 1)
        XCTAssertEqual(report.curriculumRows, 2)
        XCTAssertEqual(report.teachings, 3)
        let sixA = try school.count("SELECT id FROM class WHERE year_id = 2 AND grade = 6 AND letter = 'А'")
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE id = \(sixA) AND class_teacher_id = 1 AND room = '21'"), 1,
                       "class teacher and room carried")
        XCTAssertEqual(try school.count("SELECT count(*) FROM curriculum WHERE class_id = \(sixA)"), 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup WHERE class_id = \(sixA)"), 2)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM class_membership WHERE class_id = \(sixA) AND from_date = '2027-09-01' AND to_date IS NULL
            """), 3, "Ёлкин, who left in November, does not move up")
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM class_membership WHERE pupil_id = 6 AND to_date = '2027-08-31' AND departure_order = '77-о'
            """), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM class_membership WHERE pupil_id = 6"), 1, "a leaver gets no new class")
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE year_id = 2 AND grade = 12"), 0)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM class_membership WHERE pupil_id = 4 AND to_date = '2026-11-20'
            """), 1, "an earlier departure keeps its date")
    }

    func testAnOsnovnayaShkolaLetsTheNinthGradeLeaveAndTheTenthTakesItsGradesScheme() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO class (id, year_id, grade, letter, period_scheme, shift) VALUES (4, 1, 9, 'В', 'quarter', 1);
                INSERT INTO class_membership (pupil_id, class_id, from_date) VALUES (5, 4, '2026-11-01');
                UPDATE class_membership SET to_date = '2026-10-31' WHERE pupil_id = 5 AND class_id = 2;
                INSERT INTO class (id, year_id, grade, letter, period_scheme, shift) VALUES (5, 1, 5, 'Б', 'quarter', 1);
                INSERT INTO grade_scheme (year_id, grade, scheme) VALUES (1, 6, 'half');
                """)
        }
        try closeEveryPeriod()
        let deputy = try school.signIn("deputy")
        try service.closeYear(deputy)
        let report = try service.startYear(deputy, name: "2027/2028", span: nextYear, leaversOrder: "78-о", ninthGradeLeaves: true)
        XCTAssertEqual(report.leavingClasses.map(\.description), ["9В", "11Б"])
        XCTAssertEqual(report.leavers, 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE year_id = 2 AND grade = 10"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE year_id = 2 AND grade = 6 AND period_scheme = 'half'"), 2,
                       "grade 6 follows half-years next year")
    }

    func testTheClosedYearIsReadOnlyButStaysViewable() throws {
        try closeEveryPeriod()
        let deputy = try school.signIn("deputy")
        try service.closeYear(deputy)
        _ = try service.startYear(deputy, name: "2027/2028", span: nextYear, leaversOrder: "77-о")
        let teacher = try school.signIn("teacher")

        XCTAssertEqual(try service.currentYear()?.name, "2027/2028")
        XCTAssertEqual(try service.home(teacher).pages.map(\.title), ["6А · Математика", "6А · Русский язык"])
        let oldYear = try XCTUnwrap(try service.schoolYears().first { $0.isClosed })
        let oldHome = try service.home(teacher, year: oldYear.id)
        XCTAssertEqual(oldHome.pages.map(\.title), ["5А · Математика", "5А · Русский язык"])
        XCTAssertEqual(oldHome.editablePages, [], "a closed year's pages are all read-only")
        XCTAssertEqual(try service.ledClasses(teacher).map(\.name.description), ["6А"], "the class teacher's lists are this year's")

        let grid = try service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(grid.pupils.count, 4, "the closed year's page still reads")
        XCTAssertThrowsError(try service.setMark(teacher, page: TestSchool.mathPage, column: grid.columns[1],
                                                 pupil: TestSchool.ivanova, value: .grade(5), replacing: nil)) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "Учебный год 2026/2027: закрыт и доступен только для просмотра; записи вносятся в текущем учебном году")
        }
        XCTAssertThrowsError(try service.setAttendance(teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath,
                                                       pupil: TestSchool.ivanova, code: .absent, replacing: nil))
        XCTAssertThrowsError(try service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: ""))
        XCTAssertThrowsError(try service.correctClosedFinal(
            deputy, pupil: TestSchool.ivanova, subject: SubjectID(1), period: TestSchool.quarter2, newValue: "4", replacing: "3",
            kind: .retake, orderNumber: "1", orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "пересдача"
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("закрыт") == true, "\($0)") }
        XCTAssertEqual(try school.count("SELECT count(*) FROM mark"), 0)
    }
}
