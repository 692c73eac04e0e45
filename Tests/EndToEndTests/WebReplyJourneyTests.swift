import Foundation
import XCTest

/// The class teacher and a parent's phone on one journal file: the class teacher of the demo
/// parent's child, at a terminal in tmux, writes to the parent from the messages screen; `ezh
/// serve` runs; headless Chromium on a phone-sized window signs in as the demo parent, opens the
/// child's marks, then the message, and replies; the reply comes up on the class teacher's
/// idle screen, with the parent's receipt, and the access log has it as written from the web.
/// The screenshots stay in .build/web-screenshots (5-messages, 6-thread, 7-replied).
final class WebReplyJourneyTests: EndToEndCase {
    private let subject = "Контрольная в среду"
    private let teachersText = "В среду контрольная по дробям, повторите с сыном параграф 12."
    private let reply = "Спасибо, повторим! Можно прийти на консультацию во вторник?"

    override func setUpWithError() throws {
        try super.setUpWithError()
        try WebBrowserTests.requireBrowser()
    }

    func testAParentRepliesFromAPhoneAndTheClassTeacherSeesItAtTheTerminal() throws {
        // The first process on the new file seeds the demo: generous on a busy machine.
        let teacher = try TmuxSession.demo(database: database, home: folder.path, now: "2026-11-27 15:00")
        try teacher.signInToDemo(as: "teacher", timeout: 300)
        try writeToTheDemoParent(teacher)

        // The parent opens the diary a quarter of an hour later, on the server's own demo clock.
        let server = try ServedDiary(binary: ezhBinary, database: database, home: folder.path, now: "2026-11-27 15:15")
        defer { server.stop() }
        let run = try CommandRun.run(
            [WebBrowserTests.python, WebBrowserTests.script, server.url, WebBrowserTests.screenshots, subject, teachersText, reply],
            environment: ["HOME": folder.path]
        )
        XCTAssertEqual(run.status, 0, run.output + run.errors + server.errors)
        // Unread: the demo's own message from the class teacher, and this one.
        for step in ["ok: marks", "ok: messages tab «Сообщения (2)»", "ok: messages, thread «\(subject)» unread", "ok: thread with the class teacher's message",
                     "ok: reply sent", "ok: signed out"] {
            XCTAssertTrue(run.output.contains(step), "\(step) in \(run.output)")
        }
        for name in ["5-messages", "6-thread", "7-replied"] {
            let shot = WebBrowserTests.screenshots + "/\(name).png"
            XCTAssertGreaterThan((try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0, 5_000, shot)
        }

        // The class teacher has not touched the terminal: the list takes in the reply by itself.
        let list = try teacher.wait(for: "the thread marked with one unread message", timeout: 60) { screen in
            screen.contains { $0.contains(self.subject) && $0.contains("●1") }
        }
        try teacher.selectLine(containing: subject, in: list)
        try teacher.press("Enter")
        let thread = try teacher.wait(for: "the parent's reply in the thread") { screen in
            DemoTerminal.flat(screen).contains(self.reply)
        }
        XCTAssertTrue(DemoTerminal.flat(thread).contains("Прочитано:"), "the parent's receipt: \(DemoTerminal.flat(thread))")
        XCTAssertFalse(DemoTerminal.flat(thread).contains("Не прочитано:"), DemoTerminal.flat(thread))
        try teacher.press("Escape")
        try teacher.press("Escape")
        let home = try teacher.wait(forText: "Журналы")
        XCTAssertFalse(home.contains { $0.contains("новое сообщение") }, "read: " + home.joined(separator: "\n"))

        let log = try ezh(["audit", "log", "--db", database, "--user", "parent", "--action", "change", "--format", "csv"])
        XCTAssertEqual(log.status, 0, log.errors)
        // «…,web (127.0.0.1),изменение,"сообщение: 5А, переписка № 2",5А,…»: the parent wrote one message, from the web.
        let replies = log.output.split(separator: "\n").filter { $0.contains(",изменение,\"сообщение: 5А") }
        XCTAssertEqual(replies.count, 1, log.output)
        XCTAssertTrue(replies.first?.contains(",parent,parent,web (127.0.0.1),") == true, "written from the web: \(log.output)")
        let verified = try ezh(["audit", "verify", "--db", database])
        XCTAssertEqual(verified.status, 0, verified.errors + verified.output)
    }

    /// A picker's line for a person with an account, drawn whole: its box closed on the right (a
    /// line caught while the terminal still draws it could lack its «нет учётной записи» yet).
    private static func isPersonWithAnAccount(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("│") && trimmed.hasSuffix("│") && trimmed.count > 2
            && !line.contains("нет учётной записи") && !line.contains("┌")
    }

    /// From the start screen, as the class teacher does it: messages, «Написать», one parent of
    /// a pupil of 5А, the demo pupil (the one family with an account), its parent, the text.
    private func writeToTheDemoParent(_ teacher: TmuxSession) throws {
        try teacher.press("C-w")
        try teacher.wait(forText: "Нов Когда")
        try teacher.press("F2")
        let kinds = try teacher.wait(forText: "Кому написать")
        try teacher.selectLine(containing: "Одному родителю ученика", in: kinds)
        try teacher.press("Enter")
        let next = try teacher.wait(for: "the class or the pupil to choose") { screen in
            screen.contains { $0.contains("┌") && ($0.contains(" Класс ") || $0.contains(" Ученик ")) }
        }
        if next.contains(where: { $0.contains(" Класс ") }) {
            try teacher.selectLine(containing: "5А", in: next)
            try teacher.press("Enter")
        }
        let pupils = try teacher.wait(for: "the pupils of 5А") { $0.contains { $0.contains("┌") && $0.contains(" Ученик ") } }
        try teacher.selectLine(in: pupils, where: Self.isPersonWithAnAccount)
        try teacher.press("Enter")
        let parents = try teacher.wait(for: "the pupil's parents") { $0.contains { $0.contains("┌") && $0.contains(" Родитель ") } }
        try teacher.selectLine(in: parents, where: Self.isPersonWithAnAccount)
        try teacher.press("Enter")
        try teacher.wait(forText: "Новое сообщение")
        try teacher.type(subject)
        try teacher.press("Tab")
        try teacher.type(teachersText)
        try teacher.press("F2")
        try teacher.wait(forText: "Сообщение отправлено")
        try teacher.wait(forText: subject)
    }
}
