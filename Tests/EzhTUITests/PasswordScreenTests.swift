import EzhCore
@testable import EzhTUI
import XCTest

final class PasswordScreenTests: XCTestCase {
    func testFirstSignInWithAOneTimePasswordShowsOnlyThePasswordScreen() {
        let t = TestApp()
        t.signIn(as: "newbie", password: "Kx7-one-time")
        XCTAssertEqual(t.text, """
             ezh · Смена пароля                    Смирнов Олег Игоревич · 27.11.2026 11:00

                         Вы вошли с одноразовым паролем. Прежде чем работать с
                         журналом, задайте свой пароль. Новый пароль: не короче
                         8 символов и не совпадает с логином.

                         Одноразовый пароль:
                         Новый пароль:
                         Новый пароль ещё раз:














            Enter Готово  Tab Поле  F1 Справка  F12 Блок  F10 Выход
            """)
        XCTAssertEqual(t.screen.cursor, CursorPosition(row: 6, column: 37), "the cursor waits in the first field")
    }

    func testNothingElseIsReachableUntilThePasswordIsChanged() {
        let t = TestApp()
        t.signIn(as: "newbie", password: "Kx7-one-time")
        for key in [Key.function(2), .function(3), .function(4), .function(5), .function(6), .function(7), .function(8), .function(9), .control("p"), .enter, .enter, .enter] {
            t.press(key)
        }
        for command in ["accounts", "access-log", "back", "open"] {
            t.press(.character(":"))
            t.type(command)
            t.press(.enter)
        }
        XCTAssertTrue(t.screen.line(0).contains("Смена пароля"), t.text)
        XCTAssertFalse(t.text.contains("Журналы"))
        XCTAssertFalse(t.text.contains("Учётные записи"))
        t.press(.escape)
        XCTAssertTrue(t.screen.line(0).contains("Смена пароля"))
        XCTAssertTrue(t.text.contains("! Сначала задайте свой пароль"), t.text)
        XCTAssertEqual(t.journal.people.changes, [])
    }

    func testPolicyAndMismatchAreRefusedThenTheStartScreenOpens() {
        let t = TestApp()
        t.signIn(as: "newbie", password: "Kx7-one-time")
        t.type("Kx7-one-time")
        t.press(.enter)
        t.type("short")
        t.press(.enter)
        t.type("short")
        t.press(.enter)
        XCTAssertEqual(t.status, "! пароль: не короче 8 символов")
        XCTAssertFalse(t.text.contains("short"), "passwords are never echoed")

        t.type("Berezka-2026")
        t.press(.tab)
        t.type("Berezka-2027")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Новые пароли не совпадают: введите их ещё раз")
        XCTAssertTrue(t.screen.line(6).contains("••••••••••••"), "the one-time password stays typed")
        XCTAssertFalse(t.screen.line(7).contains("•"), "both new fields are emptied")

        t.type("Berezka-2026")
        t.press(.enter)
        t.type("Berezka-2026")
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["password newbie"])
        XCTAssertEqual(t.status, "Пароль изменён")
        XCTAssertTrue(t.text.contains("Уроки сегодня, 27.11.2026"), t.text)
    }

    func testAWrongOneTimePasswordSaysSoAndClearsOnlyThatField() {
        let t = TestApp()
        t.signIn(as: "newbie", password: "Kx7-one-time")
        t.type("guess")
        t.press(.tab)
        t.type("Berezka-2026")
        t.press(.tab)
        t.type("Berezka-2026")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Неверный одноразовый пароль")
        XCTAssertFalse(t.screen.line(6).contains("•"))
        XCTAssertEqual(t.journal.people.changes, [])
    }

    func testAnyoneCanChangeTheirPasswordFromHomeAndEscapeGoesBack() {
        let t = TestApp()
        t.signIn()
        XCTAssertTrue(t.screen.line(1).hasSuffix("C-p Пароль"), t.screen.line(1))
        t.press(.control("p"))
        XCTAssertTrue(t.text.contains("Текущий пароль:"), t.text)
        t.press(.escape)
        XCTAssertTrue(t.text.contains("Журналы"))
        t.press(.control("p"))
        t.type("demo")
        t.press(.enter)
        t.type("Sosna-2026-x")
        t.press(.enter)
        t.type("Sosna-2026-x")
        t.press(.enter)
        XCTAssertEqual(t.journal.people.changes, ["password teacher"])
        XCTAssertEqual(t.status, "Пароль изменён")
    }
}
