import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// Pupil movement on screen: the grid's departed and arrived pupils, the class's pupil list
/// with its movement form, and viewing a closed school year.
final class PupilMovementScreenTests: XCTestCase {
    // MARK: The grid

    /// Иванова (3) left the class on 20.11; Петров (5) came on 30.11.
    private func gridWithPupilsComingAndGoing(_ t: TestApp) {
        let quarter = Fixture.periods[1].span
        let pupils = Fixture.pupils.map { pupil in
            let days: [DateSpan]? = switch pupil.number {
            case 3: [DateSpan(quarter.first, LocalDate(year: 2026, month: 11, day: 20))]
            case 5: [DateSpan(LocalDate(year: 2026, month: 11, day: 30), quarter.last)]
            default: nil
            }
            return GridPupil(id: pupil.id, number: pupil.number, name: pupil.name, daysInClass: days)
        }
        let grid = Fixture.marksGrid()
        t.journal.marks[Fixture.math] = MarksGrid(page: grid.page, period: grid.period, pupils: pupils, columns: grid.columns,
                                                  cells: grid.cells, finals: grid.finals)
    }

    func testADepartedPupilsNameIsDimmedWithTheirMarksKeptAndAnArrivedPupilsIsNot() {
        let t = TestApp()
        gridWithPupilsComingAndGoing(t)
        t.openMathGrid()
        XCTAssertEqual(t.screen.line(7), " 3 Иванова Мария        │         2     3     -     -     -     │ 2.50 2.50",
                       "her marks before the date stay; the cells after it take nothing")
        XCTAssertTrue(t.screen[7, 3].style.dim, "Иванова left: her name is dimmed")
        XCTAssertFalse(t.screen[9, 3].style.dim, "Петров is in the class at the period's last lesson")
        XCTAssertFalse(t.screen[6, 3].style.dim)
    }

    // MARK: The pupil list

    private func openPupilList(_ t: TestApp, as login: String = "teacher") {
        t.signIn(as: login)
        t.press(.control("u"))
    }

    func testTheClassTeachersListShowsWhoLeftDimmedWithTheDateAndOrder() {
        let t = TestApp()
        openPupilList(t)
        XCTAssertTrue(t.screen.line(0).contains("Ученики · 5А"), t.screen.line(0))
        XCTAssertTrue(t.text.contains("В классе: 2 · выбыли: 1"), t.text)
        let row = (0..<t.size.rows).first { t.screen.line($0).contains("Ёлкина") }
        XCTAssertNotNil(row)
        if let row {
            XCTAssertTrue(t.screen.line(row).contains("выбыл 20.11.2026, приказ 45-о → Школа № 7"), t.screen.line(row))
            XCTAssertTrue(t.screen[row, 6].style.dim)
        }
        let alexeev = (0..<t.size.rows).first { t.screen.line($0).contains("Алексеев") } ?? 0
        XCTAssertFalse(t.screen[alexeev, 6].style.dim)
    }

    func testAClassTeacherRecordsADepartureThroughTheForm() {
        let t = TestApp()
        openPupilList(t)
        t.press(.function(2))
        XCTAssertTrue(t.screen.line(0).contains("Движение · 5А"))
        XCTAssertTrue(t.text.contains("выбытие"), "a pupil in the class is selected: the form offers the departure")
        t.press(.enter)
        XCTAssertFalse(t.text.contains("перевод в другой класс"), "a class teacher does not transfer")
        t.press(.escape)
        t.press(.tab)
        t.erase(10)
        t.type("26.11.2026")
        t.press(.tab)
        t.type("45-о")
        t.press(.tab)
        t.type("Лицей № 3")
        t.press(.tab, .enter)
        XCTAssertEqual(t.journal.movement.movements,
                       [.departure(PupilID(1), lastDay: LocalDate(year: 2026, month: 11, day: 26), order: "45-о", to: "Лицей № 3")])
        XCTAssertEqual(t.status, "Выбытие записано: Алексеев Б.")
        XCTAssertTrue(t.screen.line(0).contains("Ученики · 5А"), "back on the list")
        XCTAssertTrue(t.text.contains("выбыл 26.11.2026, приказ 45-о → Лицей № 3"))
    }

    func testAMistypedDateIsSaidBeforeAnythingIsSentAndARefusalKeepsTheFormOpen() {
        let t = TestApp()
        openPupilList(t)
        t.press(.function(2), .tab)
        t.erase(10)
        t.type("31.02.2026")
        t.press(.tab, .tab, .tab, .enter)
        XCTAssertTrue(t.status.contains("31.02.2026"), t.status)
        XCTAssertEqual(t.journal.movement.movements, [])
        t.erase(10)
        t.type("26.11.2026")
        t.journal.refuseNextWrite = .invalidInput(field: .verbatim("Номер приказа"), problem: .verbatim("укажите номер приказа о движении"))
        t.press(.tab, .tab, .tab, .enter)
        XCTAssertEqual(t.status, "! Номер приказа: укажите номер приказа о движении")
        XCTAssertTrue(t.screen.line(0).contains("Движение · 5А"), "the form stays open")
    }

    func testANewPupilArrivesThroughTheForm() {
        let t = TestApp()
        openPupilList(t)
        t.press(.function(2), .enter)
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("прибытие нового ученика"))
        for (text, field) in [("Белова", "Фамилия"), ("Дарья", "Имя"), ("Андреевна", "Отчество"), ("ж", "Пол"),
                              ("09.04.2015", "Дата рождения"), ("Б-117", "Личное дело")] {
            t.press(.tab)
            t.type(text)
            XCTAssertTrue(t.text.contains(text), field)
        }
        t.press(.tab, .tab)
        t.type("46-о")
        t.press(.tab)
        t.type("Гимназия № 2")
        t.press(.tab, .enter)
        let newcomer = NewPupil(name: PersonName(last: "Белова", first: "Дарья", patronymic: "Андреевна"),
                                birthDate: LocalDate(year: 2015, month: 4, day: 9), sex: "f", personalFile: "Б-117")
        XCTAssertEqual(t.journal.movement.movements,
                       [.arrival(.new(newcomer), into: FakeMovementState.fiveA.id, on: FakeJournal.today, order: "46-о", from: "Гимназия № 2")])
        XCTAssertEqual(t.status, "Прибытие записано: Белова Д.А.")
    }

    func testTheDeputyChoosesATransferAndItsClass() {
        let t = TestApp()
        openPupilList(t, as: "deputy")
        t.press(.function(2), .enter)
        XCTAssertTrue(t.text.contains("перевод в другой класс"))
        t.press(.down, .enter)
        t.press(.tab, .enter)
        t.press(.enter)
        t.press(.tab)
        t.erase(10)
        t.type("01.12.2026")
        t.press(.tab)
        t.type("50-о")
        t.press(.tab, .enter)
        XCTAssertEqual(t.journal.movement.movements,
                       [.transfer(PupilID(1), to: FakeMovementState.fiveB.id, from: LocalDate(year: 2026, month: 12, day: 1), order: "50-о")])
    }

    func testATeacherWhoLeadsNoClassIsNotOfferedTheList() {
        let t = TestApp()
        t.journal.people.sessions["plain"] = FakePeople.session(9, "plain", "Сидоров Павел Андреевич", [.teacher], staff: 9)
        t.journal.people.passwords["plain"] = "demo"
        t.signIn(as: "plain")
        t.press(.control("u"))
        XCTAssertFalse(t.screen.line(0).contains("Ученики"))
    }

    // MARK: School years

    func testAClosedYearIsChosenOnTheStartScreenAndShownReadOnly() {
        let t = TestApp()
        t.journal.movement.years.insert(SchoolYear(
            id: YearID(1), name: "2025/2026",
            span: DateSpan(LocalDate(year: 2025, month: 9, day: 1), LocalDate(year: 2026, month: 8, day: 31)), isClosed: true
        ), at: 0)
        t.signIn()
        t.press(.control("y"))
        XCTAssertTrue(t.text.contains("2026/2027 (текущий)"), t.text)
        XCTAssertTrue(t.text.contains("2025/2026 (закрыт, только просмотр)"))
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("Учебный год 2025/2026: только просмотр"), t.text)
        XCTAssertTrue(t.text.contains("4А · Математика  (только просмотр)"), t.text)
        t.press(.control("y"), .up, .enter)
        XCTAssertTrue(t.text.contains("5А · Математика"), "back to the current year")
        XCTAssertFalse(t.text.contains("только просмотр:"))
    }
}
