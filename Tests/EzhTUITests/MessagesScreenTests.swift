import EzhCore
@testable import EzhTUI
import Foundation
import XCTest

/// The messages screens on the cell grid: the home screens' unread count, the thread list, a
/// thread with who read what and when, replying, correcting and composing.
final class MessagesScreenTests: XCTestCase {
    private func signIn(_ t: TestApp, as login: String) {
        t.type(login)
        t.press(.enter)
        t.type("demo")
        t.press(.enter)
    }

    private func at(_ hour: Int, _ minute: Int) -> Date {
        FakeJournal.zone.instant(FakeJournal.today, TimeOfDay(hour: hour, minute: minute))
    }

    func testAParentSeesTheUnreadCountOpensTheThreadAndTheCountGoes() {
        let t = TestApp()
        t.journal.messages.seedThread(body: "Мария не сдала контрольную. Подойдите, пожалуйста, в четверг.", at: at(9, 15))
        signIn(t, as: "parent")
        t.press(.enter) // the first child's diary
        XCTAssertTrue(t.screen.line(2).hasSuffix("✉ 1 новое сообщение — C-w"), t.screen.line(2))
        t.press(.control("w"))
        XCTAssertEqual(t.screen.line(0).trimmingCharacters(in: .whitespaces).hasPrefix("Сообщения"), true, t.text)
        XCTAssertEqual(t.screen.line(3), "▸ ●1  27.11 09:15  Иванова Мария, 5А · Контрольная · Петрова А.С.")
        t.press(.enter)
        XCTAssertTrue(t.screen.line(0).contains("Контрольная · Иванова Мария, 5А"), t.screen.line(0))
        XCTAssertEqual(t.screen.line(3), " Петрова А.С. · 27.11.2026 09:15")
        XCTAssertEqual(t.screen.line(4), "   Мария не сдала контрольную. Подойдите, пожалуйста, в четверг.")
        XCTAssertEqual(t.screen.line(5), "   Прочитано: Иванова О.П. 27.11 11:00")
        t.press(.escape)
        XCTAssertEqual(t.screen.line(3), "▸     27.11 09:15  Иванова Мария, 5А · Контрольная · Петрова А.С.", "read now")
        t.press(.escape)
        XCTAssertFalse(t.screen.line(2).contains("✉"), "nothing unread on the diary")
    }

    func testTheClassTeacherSeesWhoHasNotReadRepliesAndTheReplyIsShown() {
        let t = TestApp()
        t.journal.messages.seedThread(body: "Собрание в среду в 18:00.", at: at(9, 15))
        t.signIn()
        XCTAssertFalse(t.screen.line(2).contains("✉"), "one's own message is not unread")
        t.press(.control("w"))
        t.press(.enter)
        XCTAssertEqual(t.screen.line(5), "   Не прочитано: Иванова О.П.")
        XCTAssertTrue(t.screen.line(23).contains("F3 Ответить"), t.screen.line(23))
        t.press(.function(3))
        XCTAssertTrue(t.text.contains("F2 — отправить; Enter — новая строка"), t.text)
        t.type("Перенесли на четверг.")
        t.press(.enter)
        t.type("Начало в 18:00.")
        t.press(.function(2))
        XCTAssertEqual(t.journal.messages.written, ["reply 1 «Перенесли на четверг.\nНачало в 18:00.»"])
        XCTAssertEqual(t.status, "Ответ отправлен")
        XCTAssertEqual(t.screen.line(7), " Петрова А.С. · 27.11.2026 11:00")
        XCTAssertEqual(t.screen.line(8), "   Перенесли на четверг.")
        XCTAssertEqual(t.screen.line(9), "   Начало в 18:00.", "the thread keeps the line break")
    }

    func testAReplyFromTheParentReachesTheTeachersHomeAndOpenThreadWhileIdle() {
        let journal = FakeJournal()
        let thread = journal.messages.seedThread(body: "Собрание в среду.", at: at(9, 15))
        let signIn = Key.typing("teacher") + [.enter] + Key.typing("demo") + [.enter]
        let terminal = SteppedTerminal([
            .keys(signIn), .pause,
            .run { journal.messages.add("Спасибо, буду.", by: FakeMessages.parent, to: thread, at: self.at(10, 30)) }, .pause,
            .run { XCTAssertEqual(journal.messages.unread(journal.messages.threads[thread]!, for: AccountID(1)), 1) },
            .keys([.control("w"), .enter]), .pause,
            .run { journal.messages.add("И ещё вопрос.", by: FakeMessages.parent, to: thread, at: self.at(10, 40)) }, .pause,
        ])
        let app = Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
        XCTAssertThrowsError(try app.run(on: terminal)) { XCTAssertTrue($0 is ScriptedTerminal.ScriptEnded) }
        let home = terminal.frames.first { $0.line(2).contains("✉") }
        XCTAssertEqual(home?.line(2).hasSuffix("✉ 1 новое сообщение — C-w"), true, "the home screen took in the reply")
        let last = terminal.frames.last!.text()
        XCTAssertTrue(last.contains("И ещё вопрос."), last)
        XCTAssertEqual(journal.messages.unread(journal.messages.threads[thread]!, for: AccountID(1)), 0, "read as it came")
    }

    func testACorrectionKeepsTheEarlierTextInView() {
        let t = TestApp()
        t.journal.messages.seedThread(body: "Собрание в среду.", at: at(9, 15))
        t.signIn()
        t.press(.control("w"), .enter, .function(4))
        for _ in 0..<20 { t.press(.backspace) }
        t.type("Собрание в четверг.")
        t.press(.function(2))
        XCTAssertEqual(t.journal.messages.written, ["correct 1 «Собрание в четверг.»"])
        XCTAssertEqual(t.screen.line(4), "   Собрание в четверг.")
        XCTAssertEqual(t.screen.line(5), "   исправлено 27.11.2026 11:00; прежний текст:")
        XCTAssertEqual(t.screen.line(6), "     Собрание в среду.")
    }

    func testTheClassTeacherWritesToBothParentsOfAPupil() {
        let t = TestApp()
        t.signIn()
        t.press(.control("w"))
        XCTAssertEqual(t.screen.line(3), "  Переписки пока нет. Написать — F2.")
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("Всем родителям класса (каждой семье отдельно)"), t.text)
        XCTAssertTrue(t.text.contains("Завучу"))
        t.press(.down, .enter) // both parents; 5А is the only class
        XCTAssertTrue(t.text.contains("Петров Илья — нет учётной записи"), t.text)
        t.press(.enter) // Иванова Мария
        t.type("Экскурсия")
        t.press(.tab)
        t.press(.function(2))
        XCTAssertEqual(t.status, "! Текст сообщения: сообщение пустое: напишите текст", "the form stays open")
        t.type("В пятницу едем в музей.")
        t.press(.control("s"))
        XCTAssertEqual(t.journal.messages.written, ["start family(3) «Экскурсия» «В пятницу едем в музей.»"])
        XCTAssertEqual(t.status, "Сообщение отправлено")
        XCTAssertEqual(t.screen.line(3), "▸     27.11 11:00  Иванова Мария, 5А · Экскурсия · Иванова О.П.")
    }

    func testALetterOfParagraphsWrapsInItsBoxAndEscAsksBeforeDroppingIt() {
        let t = TestApp()
        t.signIn()
        t.press(.control("w"), .function(2), .down, .enter, .enter) // both parents of Иванова Мария
        t.type("Экскурсия")
        t.press(.enter) // from the subject to the text
        let sentence = "В пятницу едем в музей, сбор у школы в 9:00. "
        t.type("Уважаемые родители!")
        t.press(.enter, .enter)
        t.type(String(repeating: sentence, count: 3).trimmingCharacters(in: .whitespaces))
        t.press(.enter)
        t.type("Петрова А.С.")
        // The box's rows without its borders.
        let rows = (0..<24).map { t.screen.line($0).trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
        let first = rows.firstIndex { $0.contains("Уважаемые родители!") } ?? 0
        XCTAssertEqual(rows[first + 1], "", "the empty line stays: \(rows)")
        XCTAssertEqual(rows[first + 2], "В пятницу едем в музей, сбор у школы в 9:00. В пятницу едем в музей,")
        XCTAssertEqual(rows[first + 3], "сбор у школы в 9:00. В пятницу едем в музей, сбор у школы в 9:00.", "wrapped at a space")
        XCTAssertEqual(rows[first + 4], "Петрова А.С.")
        XCTAssertEqual(t.screen.cursor?.row, first + 4)

        t.press(.escape)
        XCTAssertTrue(t.text.contains("Закрыть без сохранения? Набранный текст пропадёт."), t.text)
        t.press(.escape) // no: back to the letter
        XCTAssertFalse(t.text.contains("Закрыть без сохранения?"))
        t.press(.function(2))
        let body = "Уважаемые родители!\n\n" + String(repeating: sentence, count: 3).trimmingCharacters(in: .whitespaces) + "\nПетрова А.С."
        XCTAssertEqual(t.journal.messages.written, ["start family(3) «Экскурсия» «\(body)»"])
    }

    func testEscOnAnUntouchedLetterClosesIt() {
        let t = TestApp()
        t.signIn()
        t.press(.control("w"), .function(2), .down, .enter, .enter)
        XCTAssertTrue(t.text.contains("Новое сообщение"), t.text)
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Новое сообщение"), t.text)
        XCTAssertEqual(t.journal.messages.written, [])
    }

    func testAParentWritesToATeacherOfTheirChildsClass() {
        let t = TestApp()
        signIn(t, as: "parent")
        t.press(.enter, .control("w"), .function(2))
        XCTAssertTrue(t.text.contains("Петрова А.С. — классный руководитель, Математика (Иванова Мария, 5А)"), t.text)
        t.press(.enter)
        t.type("Пропуск")
        t.press(.enter)
        t.type("Мария была у врача.")
        t.press(.function(2))
        XCTAssertEqual(t.journal.messages.written.count, 1)
        XCTAssertTrue(t.journal.messages.written[0].hasPrefix("start staff("), t.journal.messages.written[0])
    }

    func testAPupilReachesMessagesFromTheDiaryAndWritesToTheClassTeacher() {
        let t = TestApp()
        signIn(t, as: "pupil")
        XCTAssertTrue(t.screen.line(23).contains("C-w Сообщения"), t.screen.line(23))
        t.press(.control("w"), .function(2))
        XCTAssertTrue(t.text.contains("Кому (учителя класса)"), t.text)
        t.press(.enter)
        t.type("Задание")
        t.press(.tab)
        t.type("Можно сдать проект в понедельник?")
        t.press(.function(2))
        XCTAssertEqual(t.status, "Сообщение отправлено")
        XCTAssertTrue(t.journal.messages.written.first?.hasPrefix("start staff(") ?? false, "\(t.journal.messages.written)")
    }
}
