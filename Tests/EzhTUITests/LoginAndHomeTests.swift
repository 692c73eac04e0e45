import EzhCore
@testable import EzhTUI
import XCTest

final class LoginAndHomeTests: XCTestCase {
    func testPasswordIsNotEchoedAndAFailedLoginDoesNotSayWhichHalf() {
        let t = TestApp()
        XCTAssertTrue(t.text.contains("МБОУ «Школа № 1»"))
        t.type("teacher")
        t.press(.enter)
        t.type("dem0")
        XCTAssertTrue(t.screen.line(7).contains("••••"), t.screen.line(7))
        XCTAssertFalse(t.text.contains("dem0"))
        t.press(.enter)
        XCTAssertEqual(t.status, "! Неверный логин или пароль (или вход закрыт на время после неудачных попыток)")
        XCTAssertFalse(t.screen.line(7).contains("•"), "the password field is emptied for the next try")
        t.type("demo")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Уроки сегодня, 27.11.2026"), t.text)
    }

    func testRussianLettersInTheLoginFieldAreTextNotCommands() {
        let t = TestApp()
        t.press(.character(":"))
        t.type("рол")
        XCTAssertTrue(t.screen.line(6).contains(":рол"), t.screen.line(6))
    }

    func testDemoDatabaseListsAccountsAndTheSchoolTime() {
        let t = TestApp()
        t.journal.isDemo = true
        XCTAssertTrue(t.text.contains("Демо: время школы 27.11.2026 11:00"), t.text)
        XCTAssertTrue(t.text.contains("teacher — учитель математики, пароль demo"), t.text)
        // A click on a demo account fills the login and moves to the password.
        let row = t.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("teacher —") }!
        t.press(.mouse(row: row, column: 20))
        t.type("demo")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Журналы"), t.text)
    }

    func testHomeListsTodaysLessonsThenJournalsAndOpensTheChosenOne() {
        let t = TestApp()
        t.signIn()
        let lines = t.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], " ezh · МБОУ «Школа № 1»               Петрова Анна Сергеевна · 27.11.2026 11:00")
        XCTAssertEqual(lines[1], " учитель, кл. руководитель                             F2 Реквизиты  C-p Пароль")
        XCTAssertEqual(lines[3], " Уроки сегодня, 27.11.2026")
        XCTAssertEqual(lines[4], " ▸  3  10:00–10:45  5А · Математика  каб. 21")
        XCTAssertEqual(lines[6], " Журналы")
        XCTAssertEqual(lines[7], "   5А · Математика")
        XCTAssertEqual(lines[8], "   5А · Физика")
        XCTAssertEqual(t.status, "Урок 3: 5А · Математика — Enter откроет журнал")
        t.press(.down, .down, .enter)
        XCTAssertTrue(t.screen.line(0).hasPrefix(" 5А · Физика · 2 четверть"), t.screen.line(0))
        t.press(.escape)
        XCTAssertEqual(t.status, "Журнал 5А · Физика — Enter откроет")
    }

    func testLockSignsOutAndLeavesNothingOfTheJournalOnScreen() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(12))
        XCTAssertEqual(t.journal.signOuts, 1)
        XCTAssertFalse(t.text.contains("Алексеев"))
        XCTAssertTrue(t.text.contains("Вход в электронный журнал"))
        XCTAssertFalse(t.screen.line(6).contains("teacher"), "the login field starts empty")
    }

    func testQuitEndsTheApplication() {
        let t = TestApp()
        t.openMathGrid()
        XCTAssertTrue(t.app.isRunning)
        t.press(.function(10))
        XCTAssertFalse(t.app.isRunning)
    }

    func testEnglishSessionGetsEnglishText() throws {
        let t = TestApp()
        t.openMathGrid()
        t.press(.character(":"))
        t.type("lang en")
        t.press(.enter)
        XCTAssertEqual(t.status, "Language: English")
        t.press(.down)
        XCTAssertEqual(t.status, "Ёлкина Юлия · 27.11 lesson 3 · Работа на уроке (weight 1)")
        XCTAssertTrue(t.screen.line(1).contains("[Marks]"))
    }
}
