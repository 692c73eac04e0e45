import EzhCore
import EzhService
import GRDB
import XCTest

/// Pupil movement (движение): arrivals, departures and transfers with dates and orders, and what
/// the grids show on either side of the date.
final class PupilMovementTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private var service: JournalService { school.service }
    private let nov26 = LocalDate(year: 2026, month: 11, day: 26)
    private let nov27 = TestSchool.lessonDay

    private func mathGrid(_ session: Session) throws -> MarksGrid {
        try service.marksGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2)
    }

    private func row(_ pupil: PupilID, in grid: MarksGrid) -> GridPupil? {
        grid.pupils.first { $0.id == pupil }
    }

    // MARK: Departure

    func testADepartedPupilStaysInTheGridWithTheirMarksUpToTheDateAndTakesNoEntryAfterIt() throws {
        let teacher = try school.signIn("teacher")
        let before = try mathGrid(teacher)
        _ = try service.setMark(teacher, page: TestSchool.mathPage, column: before.columns[0], pupil: TestSchool.alexeev,
                                value: .grade(4), replacing: nil)
        _ = try service.setMark(teacher, page: TestSchool.mathPage, column: before.columns[1], pupil: TestSchool.alexeev,
                                value: .grade(5), replacing: nil)

        let outcome = try service.movePupil(teacher, .departure(TestSchool.alexeev, lastDay: nov26, order: "45-о", to: "Школа № 7"))

        XCTAssertEqual(outcome.notices.count, 1)
        XCTAssertTrue(outcome.notices[0].russian.contains("Математика 27.11: 5"), outcome.notices[0].russian)
        let grid = try mathGrid(teacher)
        let alexeev = try XCTUnwrap(row(TestSchool.alexeev, in: grid), "a departed pupil stays on the list")
        XCTAssertTrue(alexeev.isInClass(on: nov26))
        XCTAssertFalse(alexeev.isInClass(on: nov27))
        XCTAssertEqual(grid.value(pupil: TestSchool.alexeev, column: 0), .grade(4))
        XCTAssertEqual(grid.value(pupil: TestSchool.alexeev, column: 1), .grade(5), "an entry after the date is kept")
        XCTAssertThrowsError(try service.setMark(teacher, page: TestSchool.mathPage, column: grid.columns[1],
                                                 pupil: TestSchool.alexeev, value: nil, replacing: .grade(5))) {
            XCTAssertEqual($0 as? JournalError, .pupilNotOnPage)
        }
        let history = try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'class_membership'
            AND ((field = 'departure_order' AND new_value = '45-о') OR (field = 'departed_to' AND new_value = 'Школа № 7')
                 OR (field = 'to_date' AND new_value = '2026-11-26'))
            """)
        XCTAssertEqual(history, 3)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE 'class_membership %'"), 3)
    }

    func testAPupilWhoAlreadyLeftCannotLeaveAgain() throws {
        XCTAssertThrowsError(try service.movePupil(
            try school.signIn("teacher"), .departure(TestSchool.departed, lastDay: nov26, order: "1")
        )) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("уже выбыл из 5А 20.11.2026") == true, "\(error)")
        }
    }

    func testADepartureNeedsAnOrderAndADateInsideTheStay() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try service.movePupil(teacher, .departure(TestSchool.alexeev, lastDay: nov26, order: "  "))) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("номер приказа") == true, "\($0)")
        }
        XCTAssertThrowsError(try service.movePupil(
            teacher, .departure(TestSchool.alexeev, lastDay: LocalDate(year: 2026, month: 8, day: 20), order: "1")
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("вне учебного года 2026/2027") == true, "\($0)") }
        XCTAssertEqual(try school.count("SELECT count(*) FROM class_membership WHERE to_date IS NOT NULL"), 1, "nothing written")
    }

    // MARK: Permission

    func testAClassTeacherMovesOnlyTheirOwnClassAndNeverTransfers() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try service.movePupil(teacher, .departure(TestSchool.firstGrader, lastDay: nov26, order: "1"))) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .en).contains("another class's pupils") == true, "\($0)")
        }
        XCTAssertThrowsError(try service.movePupil(
            teacher, .transfer(TestSchool.alexeev, to: ClassID(2), from: nov27, order: "1")
        )) { XCTAssertEqual($0 as? JournalError, .accessDenied(BilingualText(SchoolAction.manageSchoolYear.name(in:)))) }
        XCTAssertThrowsError(try service.movePupil(
            try school.signIn("other"), .departure(TestSchool.alexeev, lastDay: nov26, order: "1")
        )) { XCTAssertEqual($0 as? JournalError, .accessDenied(BilingualText(SchoolAction.managePupils.name(in:)))) }
    }

    // MARK: Arrival

    func testAnArrivedPupilAppearsFromTheDateAndIsEnterableFromIt() throws {
        let teacher = try school.signIn("teacher")
        let newcomer = NewPupil(
            name: PersonName(last: "Белова", first: "Дарья", patronymic: "Андреевна"),
            birthDate: LocalDate(year: 2015, month: 4, day: 9), sex: "f", personalFile: "Б-117"
        )
        let outcome = try service.movePupil(
            teacher, .arrival(.new(newcomer), into: TestSchool.mathPage.classID, on: nov27, order: "46-о", from: "Гимназия № 2")
        )
        let grid = try mathGrid(teacher)
        let belova = try XCTUnwrap(row(outcome.pupil, in: grid))
        XCTAssertEqual(belova.name.last, "Белова")
        XCTAssertFalse(belova.isInClass(on: nov26), "cells before the arrival take no entry")
        XCTAssertTrue(belova.isInClass(on: nov27))
        XCTAssertThrowsError(try service.setMark(teacher, page: TestSchool.mathPage, column: grid.columns[0], pupil: outcome.pupil,
                                                 value: .grade(5), replacing: nil))
        _ = try service.setMark(teacher, page: TestSchool.mathPage, column: grid.columns[1], pupil: outcome.pupil,
                                value: .grade(5), replacing: nil)
        XCTAssertTrue(outcome.notices.contains { $0.russian.contains("есть группы") }, "5А has English subgroups")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'pupil' AND field = 'personal_file'"), 1)
    }

    func testAPersonalFileNumberBelongsToOnePupil() throws {
        let admin = try school.signIn("admin")
        let first = NewPupil(name: PersonName(last: "Белова", first: "Дарья"), birthDate: nil, sex: "f", personalFile: "Б-117")
        _ = try service.movePupil(admin, .arrival(.new(first), into: ClassID(1), on: nov27, order: "46-о"))
        let second = NewPupil(name: PersonName(last: "Белов", first: "Иван"), birthDate: nil, sex: "m", personalFile: "Б-117")
        XCTAssertThrowsError(try service.movePupil(admin, .arrival(.new(second), into: ClassID(1), on: nov27, order: "47-о"))) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("уже у ученика Белова Дарья") == true, "\($0)")
        }
    }

    func testAPupilWhoLeftMayReturnAfterTheirLastDayButNotWhileInAClass() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try service.movePupil(
            teacher, .arrival(.returning(TestSchool.departed), into: ClassID(1), on: LocalDate(year: 2026, month: 11, day: 20), order: "2")
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("по 20.11.2026") == true, "\($0)") }
        XCTAssertThrowsError(try service.movePupil(
            teacher, .arrival(.returning(TestSchool.alexeev), into: ClassID(1), on: nov27, order: "2")
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("оформите перевод") == true, "\($0)") }

        _ = try service.movePupil(teacher, .arrival(.returning(TestSchool.departed), into: ClassID(1), on: nov27, order: "2"))
        let elkin = try XCTUnwrap(row(TestSchool.departed, in: try mathGrid(teacher)))
        XCTAssertTrue(elkin.isInClass(on: LocalDate(year: 2026, month: 11, day: 19)))
        XCTAssertFalse(elkin.isInClass(on: nov26))
        XCTAssertTrue(elkin.isInClass(on: nov27))
    }

    // MARK: Transfer

    func testATransferEndsTheOldStayTheDayBeforeAndLeavesTheOldClassesLaterGroups() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on) VALUES (3, 1, 'quarter', 3, '2027-01-11', '2027-03-20');
                INSERT INTO subgroup_membership VALUES (2, 3, 3);
                """)
        }
        let deputy = try school.signIn("deputy")
        XCTAssertThrowsError(try service.movePupil(deputy, .transfer(TestSchool.yakovleva, to: ClassID(1), from: nov27, order: "3"))) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("уже в 5А") == true, "\($0)")
        }
        _ = try service.movePupil(deputy, .transfer(TestSchool.yakovleva, to: ClassID(2), from: nov27, order: "48-о"))

        let oldRow = try XCTUnwrap(row(TestSchool.yakovleva, in: try mathGrid(deputy)))
        XCTAssertTrue(oldRow.isInClass(on: nov26))
        XCTAssertFalse(oldRow.isInClass(on: nov27))
        let newGrid = try service.marksGrid(deputy, page: TestSchool.firstGradeMathPage, period: TestSchool.quarter2)
        let newRow = try XCTUnwrap(row(TestSchool.yakovleva, in: newGrid))
        XCTAssertFalse(newRow.isInClass(on: nov26))
        XCTAssertTrue(newRow.isInClass(on: nov27))
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup_membership WHERE pupil_id = 3 AND period_id = 3"), 0,
                       "the next quarter's English group is left")
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup_membership WHERE pupil_id = 3 AND period_id = 2"), 1,
                       "this quarter's stays: its lessons before the date are hers")
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM class_membership WHERE pupil_id = 3 AND ((class_id = 1 AND to_date = '2026-11-26'
              AND departure_order = '48-о' AND departed_to = '1А') OR (class_id = 2 AND from_date = '2026-11-27' AND arrived_from = '5А'))
            """), 2)
    }

    func testTheRosterListsPupilsWhoLeftWithTheirDate() throws {
        let roster = try service.classRoster(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(roster.map(\.name.last), ["Алексеев", "Ёлкин", "Иванова", "Яковлева"])
        XCTAssertEqual(roster.first { $0.pupilID == TestSchool.departed }?.stay.to, LocalDate(year: 2026, month: 11, day: 20))
        XCTAssertThrowsError(try service.classRoster(try school.signIn("teacher"), classID: ClassID(2)))
    }

    // MARK: Naming a pupil on the command line

    func testAPupilIsNamedByPersonalFileFullNameOrInitialsWhenUnique() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE pupil SET personal_file = 'И-17' WHERE id = 1;
                INSERT INTO pupil (id, last_name, first_name, patronymic, gender, personal_file) VALUES
                    (7, 'Иванова', 'Алла', 'Сергеевна', 'f', 'И-18');
                """)
        }
        XCTAssertEqual(try service.findPupil("И-17"), TestSchool.ivanova)
        XCTAssertEqual(try service.findPupil("Иванова  Анна Сергеевна"), TestSchool.ivanova)
        XCTAssertEqual(try service.findPupil("Иванова Анна"), TestSchool.ivanova)
        XCTAssertEqual(try service.findPupil("Алексеев Б.П."), TestSchool.alexeev)
        XCTAssertThrowsError(try service.findPupil("Иванова А.С.")) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("несколько учеников (личные дела: И-17, И-18)") == true, "\($0)")
        }
        XCTAssertThrowsError(try service.findPupil("Петров Пётр")) {
            XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("укажите номер личного дела") == true, "\($0)")
        }
    }

    // MARK: Diary

    func testTheDiaryFollowsTheStay() throws {
        let parent = try school.signIn("parent")
        XCTAssertEqual(try service.diaryPupils(parent).map(\.className.description), ["5А"])
        _ = try service.movePupil(try school.signIn("deputy"), .transfer(TestSchool.ivanova, to: ClassID(2), from: nov27, order: "5"))
        XCTAssertEqual(try service.diaryPupils(parent).map(\.className.description), ["1А"])
    }
}
