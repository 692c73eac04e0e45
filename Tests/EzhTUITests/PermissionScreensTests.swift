import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// Late-entry permissions as the teacher and the deputy see them, the grant form's checks, and
/// the deputy's substitutions.
final class PermissionScreensTests: XCTestCase {
    private func signInAsDeputy(_ t: TestApp) {
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter)
    }

    private func erase(_ t: TestApp, _ count: Int = 10) {
        t.press(contentsOf: Array(repeating: .backspace, count: count))
    }

    /// The deputy's form with teacher Петрова, 5А, Математика chosen; the cursor on «Уроки с».
    private func formWithTeacherClassAndSubject() -> TestApp {
        let t = TestApp()
        signInAsDeputy(t)
        t.press(.function(7), .function(2))
        t.press(.enter, .down, .enter) // teacher: the second of the staff, Петрова
        t.press(.tab, .enter, .down, .enter) // class: 5А
        t.press(.tab, .enter, .down, .enter) // subject: Математика
        t.press(.tab)
        return t
    }

    func testATeacherSeesTheirPermissionsButCannotGrant() throws {
        let t = TestApp()
        t.journal.state.permissions = [PermissionSummary(
            permission: Fixture.latePermission, teacherName: "Петрова А.С.", className: "5А", subjectName: "Математика",
            grantedBy: "Завучева О.И."
        )]
        t.signIn()
        t.press(.function(7))
        XCTAssertEqual(t.screen.line(2), " ▸ № 7  5А · Математика  25.11.2026")
        XCTAssertEqual(t.screen.line(3), "     посещаемость; действует до 28.11.2026 21:00; выдал Завучева О.И.; причина…")
        t.press(.function(2), .delete)
        XCTAssertFalse(t.text.contains("Новое разрешение"))
        XCTAssertFalse(t.text.contains("Отозвать"))
        XCTAssertEqual(t.journal.writes, [])
    }

    func testADateThatDoesNotExistIsSaidAndNothingIsSent() {
        let t = formWithTeacherClassAndSubject()
        XCTAssertEqual(t.screen.line(2), "  Учитель         Петрова Анна Сергеевна ▾")
        erase(t)
        t.type("31.02.2026")
        t.press(.function(2))
        XCTAssertEqual(t.status, "! Уроки с: даты «31.02.2026» не существует (нужно дд.мм.гггг, год 2000–2100)")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertEqual(t.screen.cursor?.row, 5, "the cursor goes to the wrong field")
    }

    func testAnExpiryInThePastIsSaidAndNothingIsSent() {
        let t = formWithTeacherClassAndSubject()
        t.press(.tab, .tab, .tab, .character(" ")) // tick «посещаемость»
        t.press(contentsOf: Array(repeating: .tab, count: 6))
        t.type("учитель болел")
        t.press(.tab)
        erase(t)
        t.type("27.11.2026")
        t.press(.tab)
        erase(t, 5)
        t.type("10:00")
        t.press(.function(2))
        XCTAssertEqual(t.screen.line(21) + " " + t.status,
                       " ! Действует до: этот момент уже прошёл — срок действия должен быть в будущем")
        XCTAssertEqual(t.journal.writes, [])
    }

    func testAGrantedPermissionIsSentAndListed() {
        let t = formWithTeacherClassAndSubject()
        XCTAssertEqual(t.screen.line(5), "  Уроки с       ▸ 27.11.2026    дд.мм.гггг")
        t.press(.tab, .tab, .tab, .enter) // Enter ticks a kind as well
        XCTAssertEqual(t.screen.line(8), "                ▸ [x] посещаемость")
        t.press(.function(2))
        XCTAssertEqual(t.status, "! Укажите причину")
        XCTAssertEqual(t.screen.cursor?.row, 14, "the cursor waits in the reason field")
        t.type("учитель болел")
        t.press(.function(2))
        XCTAssertEqual(t.journal.writes, ["grant 7 teacher 1 class 5 subject 1 27.11.2026–27.11.2026 attendance «учитель болел» until 28.11.2026 21:00"])
        XCTAssertEqual(t.status, "Выдано разрешение № 7")
        XCTAssertEqual(t.screen.line(2), " ▸ № 7  Петрова А.С.  5А · Математика  27.11.2026")
    }

    func testRevokingAsksFirst() {
        let t = TestApp()
        t.journal.state.permissions = [PermissionSummary(
            permission: Fixture.latePermission, teacherName: "Петрова А.С.", className: "5А", subjectName: "Математика",
            grantedBy: "Завучева О.И."
        )]
        signInAsDeputy(t)
        t.press(.function(7), .delete)
        XCTAssertTrue(t.text.contains("Отозвать разрешение № 7?"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, [], "the first choice keeps the permission")
        t.press(.delete, .down, .enter)
        XCTAssertEqual(t.journal.writes, ["revoke 7"])
        XCTAssertEqual(t.status, "Разрешение № 7 отозвано")
    }

    func testTheDeputyRecordsASubstitutionAndPutsItBack() {
        let t = TestApp()
        signInAsDeputy(t)
        t.press(.function(8))
        XCTAssertEqual(t.screen.line(0).prefix(25), " Замены на 27.11.2026    ")
        XCTAssertEqual(t.screen.line(2), " ▸  3  11:00  5А · Математика             Петрова А.С.")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("по расписанию: Петрова А.С."), t.text)
        t.press(.down, .enter)
        XCTAssertEqual(t.journal.writes, ["substitution 106 2"])
        XCTAssertEqual(t.screen.line(2), " ▸  3  11:00  5А · Математика             Петрова А.С. → Завучева О.И. (замена)")
        t.press(.enter, .enter)
        XCTAssertEqual(t.journal.writes.last, "substitution 106 nil")
        XCTAssertEqual(t.status, "Замена снята: урок ведёт Петрова А.С.")
        t.press(.right)
        XCTAssertTrue(t.screen.line(0).hasPrefix(" Замены на 28.11.2026"), t.screen.line(0))
    }
}

extension TestApp {
    func press(contentsOf keys: [Key]) { keys.forEach(app.handle) }
}
