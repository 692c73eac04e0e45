import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The class teacher's notices to parents: the whole text is read before anything is sent, an
/// edit is saved and then sent as edited, a sent notice is not sent again, setting one aside
/// needs a reason.
final class NoticesScreenTests: XCTestCase {
    private func openNotices() -> TestApp {
        let t = TestApp()
        t.signIn()
        t.press(.control("d"))
        return t
    }

    func testTheListAndTheSelectedNoticesWholeText() {
        let t = openNotices()
        XCTAssertTrue(t.screen.line(0).contains("Уведомления родителям 5А"), t.text)
        XCTAssertTrue(t.screen.line(1).contains("Ждут проверки: 2 · подготовлены 23.11"), t.screen.line(1))
        XCTAssertTrue(t.screen.line(3).hasPrefix("▸ Ёлкина Юлия") && t.screen.line(3).contains("ждёт") && t.screen.line(3).hasSuffix("Математика 2.33"),
                      t.screen.line(3))
        XCTAssertTrue(t.screen.line(5).contains("Константинопольская Анаст") && t.screen.line(5).contains("отправлено 18.11"), t.screen.line(5))
        XCTAssertTrue(t.text.contains("Средний балл по математике 2.33."), t.text)
        XCTAssertTrue(t.text.contains("Классный руководитель Петрова А.С."), t.text)
        XCTAssertTrue(t.screen.line(23).contains("F5 Отправить"), t.screen.line(23))
    }

    func testNothingIsSentUntilTheWholeTextIsConfirmed() {
        let t = openNotices()
        t.press(.function(5))
        XCTAssertTrue(t.text.contains("Отправить родителям: Ёлкина Юлия?"), t.text)
        XCTAssertTrue(t.text.contains("Родители получат этот текст в сообщениях"), t.text)
        XCTAssertEqual(t.journal.writes, [], "showing the text sends nothing")
        t.press(.escape)
        XCTAssertEqual(t.journal.writes, [], "cancelled")
        t.press(.function(5), .enter)
        XCTAssertEqual(t.journal.writes, ["notice 1 sent «Уважаемые родители!\n\nСредний балл по математике 2.33.\nКлассный руководитель Петрова А.С.»"])
        XCTAssertEqual(t.status, "Отправлено родителям: Ёлкина Юлия")
        XCTAssertTrue(t.screen.line(1).contains("Ждут проверки: 1"), t.screen.line(1))
    }

    func testAnEditedTextIsSavedThenSentAsEdited() {
        let t = openNotices()
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Текст уведомления: Ёлкина Юлия"), t.text)
        XCTAssertTrue(t.text.contains("F2 — сохранить"), t.text)
        t.press(.enter)
        t.type("Ждём вас в среду.")
        t.press(.function(2))
        let edited = "Уважаемые родители!\n\nСредний балл по математике 2.33.\nКлассный руководитель Петрова А.С.\nЖдём вас в среду."
        XCTAssertEqual(t.journal.writes, ["notice 1 text «\(edited)»"])
        XCTAssertEqual(t.status, "Текст сохранён; уведомление ещё не отправлено")
        XCTAssertTrue(t.text.contains("Ждём вас в среду."), "the new text is shown: " + t.text)
        t.press(.function(5))
        XCTAssertTrue(t.text.contains("Ждём вас в среду."), "the confirmation shows the edited text")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "notice 1 sent «\(edited)»")
    }

    func testASentNoticeIsNotSentAgainAndSettingAsideNeedsAReason() {
        let t = openNotices()
        t.press(.down, .down, .function(5))
        XCTAssertEqual(t.status, "! Это уведомление уже не ждёт отправки")
        XCTAssertEqual(t.journal.writes, [])
        t.press(.up, .delete)
        XCTAssertTrue(t.text.contains("Почему не отправлять"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.status, "! Причина: не указана; напишите, почему уведомление не отправляется")
        t.type("мама была на собрании")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["notice 2 dismissed «мама была на собрании»"])
        XCTAssertEqual(t.status, "Не отправляется: Петров Пётр")
    }

    func testOnlyAClassTeacherIsOfferedNotices() {
        let t = TestApp()
        t.signIn(as: "deputy")
        XCTAssertFalse(t.text.contains("Уведомл."))
        t.press(.control("d"))
        XCTAssertFalse(t.screen.line(0).contains("Уведомления родителям"))
    }
}
