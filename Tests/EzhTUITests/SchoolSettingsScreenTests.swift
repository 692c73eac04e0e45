import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The administrator's settings of the school, from the start screen.
final class SchoolSettingsScreenTests: XCTestCase {
    func testTheAdministratorChangesTheWeekAndAWrongValueKeepsTheFormOpen() {
        let t = TestApp()
        t.signIn(as: "admin")
        XCTAssertTrue(t.screen.line(1).contains("F4 Уч.записи"), "the roles line keeps its entries")
        t.press(.control("n"))
        XCTAssertTrue(t.screen.line(0).contains("Настройки школы"))
        let week = (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains("Дней в учебной неделе") } ?? ""
        XCTAssertTrue(week.hasSuffix(" 5") || week.contains(" 5 "), week)
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("5 — пятидневка, 6 — шестидневка."))
        t.erase(1)
        t.type("7")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Дней в неделе: 5 (пятидневка) или 6 (шестидневка)")
        t.erase(1)
        t.type("6")
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["setting school.week_days 6"])
        XCTAssertEqual(t.status, "Изменено: Дней в учебной неделе 5 → 6 (записано в историю)")
        XCTAssertTrue(t.text.contains("Дней в учебной неделе              6"), t.text)
        XCTAssertTrue(t.text.contains("Название школы                     МБОУ «Школа № 1»"), "the name is shown whole: " + t.text)
    }

    func testEachRuleShowsItsValueDefaultAndMeaning() {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.control("n"))
        let rule = (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains("Срок записей дня") } ?? ""
        XCTAssertTrue(rule.contains("21:00") && rule.contains("по умолч."), rule)
        t.press(.down, .down)
        XCTAssertTrue(t.text.contains("Правило 1: тема и посещаемость вносятся в день урока до этого времени"), t.text)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Значение: время ЧЧ:ММ, например 21:00. По умолчанию 21:00."), t.text)
    }

    func testATeacherIsNotOfferedTheSettings() {
        let t = TestApp()
        t.signIn(as: "teacher")
        XCTAssertFalse(t.text.contains("Настройки"))
        t.press(.control("n"))
        XCTAssertFalse(t.screen.line(0).contains("Настройки школы"))
    }
}
