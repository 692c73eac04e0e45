import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The pupil's card from the class's pupil list: the pupil's data and contacts, the parents by
/// name (their contacts on their own form), and the forms that change them.
final class PupilCardScreenTests: XCTestCase {
    /// The class teacher's 5А list, Алексеев (the first) selected, his card open.
    private func openAlexeevsCard() -> TestApp {
        let t = TestApp()
        t.signIn(as: "teacher")
        t.press(.control("u"))
        t.press(.enter)
        return t
    }

    private func row(_ t: TestApp, containing text: String) -> String {
        (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains(text) } ?? ""
    }

    func testTheCardShowsThePupilsDataAndTheParentsWithoutTheirContacts() {
        let t = openAlexeevsCard()
        XCTAssertTrue(t.screen.line(0).contains("Ученик · Алексеев Борис · 5А"), t.screen.line(0))
        XCTAssertTrue(row(t, containing: "Дата рождения").contains("02.05.2015"))
        XCTAssertTrue(row(t, containing: "Личное дело №").contains("А-101"))
        XCTAssertTrue(row(t, containing: "Телефон").contains("+7 900 100-00-01"))
        XCTAssertTrue(t.text.contains("Алексеева Ольга Ивановна — мать"), t.text)
        XCTAssertFalse(t.text.contains("200-00-02"), "a parent's phone is on the parent's form, not the card")
        XCTAssertTrue(t.screen.line(t.size.rows - 1).contains("Изменить"), t.screen.line(t.size.rows - 1))
    }

    func testTheListShowsNoContacts() {
        let t = TestApp()
        t.signIn(as: "teacher")
        t.press(.control("u"))
        XCTAssertFalse(t.text.contains("100-00-01"))
        XCTAssertTrue(t.screen.line(t.size.rows - 1).contains("Карточка"), t.screen.line(t.size.rows - 1))
    }

    func testTheClassTeacherEditsAParentsPhoneOnTheParentsForm() {
        let t = openAlexeevsCard()
        t.press(.enter)
        XCTAssertTrue(t.text.contains("+7 900 200-00-02"), "the form shows the stored phone")
        t.press(.tab, .tab, .tab, .tab)
        t.erase(16)
        t.type("+7 911 000-00-00")
        t.press(.enter)
        XCTAssertEqual(t.journal.pupilCards.parents[PupilID(1)]?.first?.phone, "+7 911 000-00-00")
        XCTAssertEqual(t.journal.pupilCards.parents[PupilID(1)]?.first?.email, "olga@example.ru", "other fields kept")
        XCTAssertEqual(t.status, "Родитель сохранён")
        XCTAssertTrue(t.screen.line(0).contains("Ученик · Алексеев"), "back on the card")
    }

    func testEditingThePupilChecksTheDateAndSexBeforeSendingAndARefusalKeepsTheFormOpen() {
        let t = openAlexeevsCard()
        t.press(.function(3))
        XCTAssertTrue(t.text.contains("Данные ученика"))
        t.press(.tab, .tab, .tab)
        t.erase(10)
        t.type("31.02.2015")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Дата рождения: введите дату как 01.09.2015")
        t.erase(10)
        t.type("03.05.2015")
        t.journal.refuseNextWrite = .invalidInput(field: .verbatim("Номер личного дела"), problem: .verbatim("№ 103 уже у другого ученика"))
        t.press(.enter)
        XCTAssertEqual(t.status, "! Номер личного дела: № 103 уже у другого ученика")
        XCTAssertTrue(t.text.contains("Данные ученика"), "the form stays open")
        t.press(.enter)
        XCTAssertEqual(t.journal.pupilCards.details[PupilID(1)]?.birthDate, LocalDate(year: 2015, month: 5, day: 3))
        XCTAssertEqual(t.status, "Данные ученика сохранены")
        XCTAssertTrue(row(t, containing: "Дата рождения").contains("03.05.2015"))
    }

    func testAParentIsAddedLinkedFromASiblingAndUnlinked() {
        let t = openAlexeevsCard()
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("Новый родитель"))
        t.type("Алексеева")
        t.press(.tab)
        t.type("Нина")
        t.press(.tab, .tab)
        t.type("бабушка")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Алексеева Нина — бабушка"), t.text)

        t.press(.function(5))
        t.type("С-200")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Алексеев Пётр Ильич — отец"), "the sibling's parents to choose from")
        t.press(.enter)
        XCTAssertEqual(t.status, "Родитель связан с учеником")
        XCTAssertEqual(t.journal.pupilCards.parents[PupilID(1)]?.count, 3)

        t.press(.function(8))
        XCTAssertTrue(t.text.contains("Отвязать родителя"))
        t.press(.enter)
        XCTAssertEqual(t.status, "Связь с родителем убрана")
        XCTAssertFalse(t.text.contains("Алексеева Ольга"), "the first parent, selected, is unlinked")
    }
}
