import EzhCore
@testable import EzhTUI
import XCTest

final class AccountsScreenTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func openAccounts() -> TestApp {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.function(4))
        return t
    }

    func testHomeOffersOnlyTheEntriesOfTheRolesAndRefusesTheOthers() {
        let t = TestApp()
        t.signIn()
        XCTAssertEqual(t.screen.line(1), " учитель, кл. руководитель                             F2 Реквизиты  C-p Пароль")
        t.press(.function(4))
        XCTAssertEqual(t.status, "! Нет доступа: «учётные записи» — не для ваших ролей")
        XCTAssertTrue(t.text.contains("Журналы"))
    }

    func testTheListShowsEveryStateInWordsAndSearches() {
        let t = openAccounts()
        XCTAssertEqual(t.lines[3], "▸ admin          Кузнецов А.В.        сотрудник админ.")
        XCTAssertEqual(t.lines[4], "  teacher        Петрова А.С.         сотрудник учит.,кл.рук.  заблок. до 11:05")
        XCTAssertEqual(t.lines[5], "  newbie         Смирнов О.И.         сотрудник учит.          смена пароля")
        XCTAssertEqual(t.lines[7], "  old.pupil      Ёлкин И.             ученик    уч-ся          отключена")
        t.press(.function(4))
        t.type("иван")
        XCTAssertTrue(t.lines[1].contains("1 из 5"), t.lines[1])
        XCTAssertEqual(t.lines[3], "▸ parent         Иванова О.П.         родитель  род.")
        t.press(.escape)
        XCTAssertTrue(t.lines[1].contains("5 из 5"), "Esc clears the search")
    }

    func testANewStaffAccountShowsItsSlipAndSavesItPrivately() throws {
        let t = openAccounts()
        t.press(.function(2))
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("Новая учётная запись: Завучева Ольга Ивановна"), t.text)
        XCTAssertTrue(t.text.contains("[x] учитель"))
        for _ in 0..<5 { t.press(.tab) }
        t.press(.character(" "))
        XCTAssertTrue(t.text.contains("[x] кл. руководитель"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["create staff 2 zavucheva.oi teacher,class_teacher"])
        XCTAssertTrue(t.text.contains("Пароль: Qw7-ot-91"), "the one-time password is on screen")
        let path = folder.appendingPathComponent("slips/zavucheva.txt").path
        t.saveTo(path, replacing: "~/ezh-exports/slips-zavucheva.oi.txt")
        XCTAssertEqual(t.wholeStatus, "Записано в файл \(path)")
        XCTAssertFalse(t.text.contains("Qw7-ot-91"), "the slip closes once saved")
        let slip = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(slip.contains("Логин:  zavucheva.oi\nПароль: Qw7-ot-91"), slip)
        XCTAssertEqual(try permissions(of: path), 0o600)
        XCTAssertEqual(try permissions(of: folder.appendingPathComponent("slips").path), 0o700)
        XCTAssertTrue(t.text.contains("zavucheva.oi"), "the list is reloaded")
    }

    func testANewMemberOfStaffIsAddedFromTheFormWithTheirSlip() {
        let t = openAccounts()
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("+ новый сотрудник…"), t.text)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Новый сотрудник"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.status, "! Фамилия: не заполнена; впишите фамилию", "the form stays open with the refusal")
        t.type("Зайцева")
        t.press(.tab)
        t.type("Нина")
        t.press(.tab)
        t.type("Львовна")
        t.press(.tab)
        t.type("учитель музыки")
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["add staff Зайцева Нина Львовна (учитель музыки) zaitseva.nl teacher"])
        XCTAssertTrue(t.text.contains("Пароль: New-st-42"), "the slip is on screen")
    }

    func testAStaffAccountIsSwitchedOffAfterAQuestionAndOnAgainAtOnce() {
        let t = openAccounts()
        t.press(.down, .down, .function(6))
        XCTAssertTrue(t.text.contains("Отключить «newbie»?"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["disable newbie"])
        XCTAssertEqual(t.status, "«newbie» отключена")
        XCTAssertTrue(t.lines[5].contains("отключена"), t.lines[5])
        t.press(.function(6))
        XCTAssertEqual(t.journal.people.changes, ["disable newbie", "enable newbie"])
        t.press(.down, .down, .function(6))
        XCTAssertEqual(t.status, "! Отключаются учётные записи сотрудников; ученика и родителя отключает выбытие")
    }

    func testResetAsksFirstAndAnUnsavedSlipSaysSo() {
        let t = openAccounts()
        t.press(.down, .down, .function(3))
        XCTAssertTrue(t.text.contains("Сбросить пароль «newbie»?"), t.text)
        t.press(.escape)
        XCTAssertEqual(t.journal.people.changes, [])
        t.press(.function(3), .enter)
        XCTAssertEqual(t.journal.people.changes, ["reset newbie"])
        XCTAssertTrue(t.text.contains("Пароль: Rst-55-new"))
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Rst-55-new"))
        XCTAssertTrue(t.status.hasPrefix("Реквизиты не сохранены в файл"), t.status)
    }

    func testRolesChangeForStaffOnly() {
        let t = openAccounts()
        t.press(.down, .down, .function(5))
        XCTAssertTrue(t.text.contains("Роли: newbie"))
        t.press(.down, .down, .character(" "), .enter)
        XCTAssertEqual(t.journal.people.changes, ["roles newbie deputy,teacher"])
        XCTAssertEqual(t.status, "Роли изменены: newbie")
        t.press(.down, .function(5))
        XCTAssertEqual(t.status, "! Роли родителя и ученика не меняются; роли меняются у сотрудников")
    }

    func testTheClassTeacherIssuesCredentialsAndPrintsTheClassToOneFile() throws {
        let t = TestApp()
        t.signIn()
        t.press(.function(2))
        XCTAssertEqual(t.lines[1], " С учётной записью: 2 из 4; выдано реквизитов сейчас: 0")
        XCTAssertEqual(t.lines[4], "      родитель: Алексеева Нина Павловна        — нет учётной записи")
        t.press(.function(2))
        XCTAssertEqual(t.status, "! Учётная запись уже есть: alekseev.bi. Новый пароль — сбросом (F3)")
        t.press(.down, .function(2))
        XCTAssertTrue(t.text.contains("Пароль: Par-11-pass"), t.text)
        t.press(.escape)
        XCTAssertTrue(t.lines[4].contains("parent11 (выдано сейчас)"), t.lines[4])

        t.press(.function(7))
        XCTAssertTrue(t.text.contains("Создать учётные записи для 1 чел. без доступа в 5А"), t.text)
        t.press(.enter)
        let path = folder.appendingPathComponent("5А.txt").path
        t.saveTo(path, replacing: "~/ezh-exports/slips-5А.txt")
        let slips = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(slips.contains("Алексеева Нина Павловна\nЛогин:  parent11\nПароль: Par-11-pass"), slips)
        XCTAssertTrue(slips.contains("Иванова Мария Сергеевна\nЛогин:  pupil3\nПароль: Pup-3-pass"), slips)
        XCTAssertEqual(t.journal.people.changes, ["create parent 11", "create pupil 3"], "only the missing account is created")
        XCTAssertEqual(try permissions(of: path), 0o600)
    }
}
