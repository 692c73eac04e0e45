import Foundation
import XCTest

/// The class teacher and the demo parent at two terminals on one journal file: the parent writes
/// to the class teacher, whose idle start screen shows the new message; the teacher reads and
/// replies; the parent's idle list shows the reply, and the teacher sees when it was read.
final class MessageExchangeJourneyTests: EndToEndCase {
    private func flat(_ screen: [String]) -> String { DemoTerminal.flat(screen) }

    private func signInAsParent(_ tmux: TmuxSession) throws {
        try tmux.wait(forText: "Пароль:", timeout: 120)
        try tmux.type("parent")
        try tmux.press("Enter")
        try tmux.type("demo")
        try tmux.press("Enter")
        try tmux.wait(forText: "Дневник")
    }

    func testTheDemoParentAndTheClassTeacherExchangeMessagesAcrossTwoProcesses() throws {
        let teacher = try TmuxSession.demo(database: database, home: folder.path)
        try teacher.signInToDemo(as: "teacher", timeout: 120)
        let parent = try TmuxSession.demo(database: database, home: folder.path)
        try signInAsParent(parent)

        // The demo's own message from the class teacher waits unread.
        try parent.press("C-w")
        let waiting = try parent.wait(forText: "Родительское собрание")
        XCTAssertTrue(waiting.contains { $0.contains("Родительское собрание") && $0.contains("●1") }, flat(waiting))
        try parent.press("F2")
        let staff = try parent.wait(forText: "Кому (учителя класса)")
        XCTAssertTrue(flat(staff).contains("классный руководитель"), flat(staff))
        try parent.press("Enter")
        try parent.wait(forText: "Новое сообщение")
        try parent.type("Пропуск в пятницу")
        try parent.press("Tab")
        try parent.type("Сын будет у врача в пятницу.")
        try parent.press("Enter")
        try parent.type("Принесём справку.")
        try parent.press("F2")
        try parent.wait(forText: "Сообщение отправлено")

        // The teacher's idle start screen takes in the message from the other process.
        try teacher.wait(forText: "1 новое сообщение")
        try teacher.press("C-w")
        let list = try teacher.wait(forText: "Пропуск в пятницу")
        XCTAssertTrue(flat(list).contains("●1"), flat(list))
        try teacher.press("Enter")
        let letter = try teacher.wait(forText: "Принесём справку.")
        XCTAssertTrue(letter.contains { $0.hasSuffix("Сын будет у врача в пятницу.") || $0.contains("Сын будет у врача в пятницу.  ") },
                      "the parent's two lines stay two: \(flat(letter))")
        try teacher.press("F3")
        try teacher.wait(forText: "Ответ")
        try teacher.type("Хорошо, спасибо. Задание на понедельник в дневнике.")
        try teacher.press("F2")
        try teacher.wait(forText: "Ответ отправлен")
        let sent = try teacher.capture()
        XCTAssertTrue(flat(sent).contains("Не прочитано:"), "the parent has not read the reply yet: \(flat(sent))")

        // The parent's idle list shows the reply unread; opening it is the receipt.
        let replied = try parent.wait(for: "the reply unread in the parent's list") { screen in
            screen.contains { $0.contains("Пропуск в пятницу") && $0.contains("●1") }
        }
        try parent.selectLine(containing: "Пропуск в пятницу", in: replied)
        try parent.press("Enter")
        try parent.wait(forText: "Задание на понедельник")

        try teacher.press("Escape")
        try teacher.wait(forText: "Нов Когда")
        try teacher.press("Enter")
        let read = try teacher.wait(for: "the parent's receipt of the reply") { screen in
            screen.contains { $0.contains("Прочитано:") } && !screen.contains { $0.contains("Не прочитано:") }
        }
        XCTAssertTrue(flat(read).contains("Прочитано:"), flat(read))

        let verified = try ezh(["audit", "verify", "--db", database])
        XCTAssertEqual(verified.status, 0, verified.errors + verified.output)
    }
}
