import Foundation
import XCTest

/// Ten real ezh processes on one demo database, each on its own terminal, fail to sign in to the
/// same account at the same moment, round after round: every failure counts exactly once, and
/// the account locks at the threshold. The answers to an unknown login, a wrong password and a
/// locked account are the same sentence.
final class SignInLockoutTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    func testTenTerminalsFailingAtOnceCountEveryFailureAndLockTheAccount() throws {
        let processes = 10, rounds = 3, threshold = 25
        let created = try ezh(["init", "--demo", "--db", database, "--now", "2026-11-27 11:00"])
        XCTAssertEqual(created.status, 0, created.errors)
        try sql("INSERT INTO setting (key, value) VALUES ('auth.max_failed_attempts', '\(threshold)')")

        let terminals = try (0..<processes).map { _ in
            try TmuxSession.demo(database: database, home: folder.path)
        }
        for tmux in terminals {
            try tmux.wait(forText: "Пароль:", timeout: 60)
            try tmux.type("teacher")
            try tmux.press("Enter")
        }
        for round in 1...rounds {
            // Typed everywhere first, then Enter everywhere: the ten checks run at once.
            for tmux in terminals { try tmux.type("wrong-\(round)") }
            for tmux in terminals { try tmux.press("Enter") }
            for tmux in terminals {
                try tmux.wait(for: "round \(round)'s refusal") { _ in
                    (try? self.sql("SELECT count(*) FROM access_log WHERE action IN ('sign_in_failed', 'lockout')")) == String(round * processes)
                }
            }
        }

        let details = try sql("SELECT detail FROM access_log WHERE action IN ('sign_in_failed', 'lockout') ORDER BY seq")
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(details.count, processes * rounds)
        XCTAssertEqual(Array(details.prefix(threshold - 1)), (1..<threshold).map { "attempt \($0)" }, "each failure counted once, in order")
        XCTAssertEqual(details[threshold - 1], "attempt \(threshold); account locked for 5 min")
        XCTAssertEqual(Array(details.dropFirst(threshold)), Array(repeating: "locked", count: processes * rounds - threshold))
        XCTAssertEqual(try sql("SELECT count(*) FROM access_log WHERE action = 'lockout'"), "1")
        XCTAssertEqual(try sql("SELECT locked_until IS NOT NULL FROM account WHERE login = 'teacher'"), "1")

        // On one terminal: the right password of the locked account, an unknown login, a wrong
        // password of another account: one and the same answer.
        let tmux = terminals[0]
        var answers: [String] = []
        for (login, password) in [("teacher", "demo"), ("nobody.here", "demo"), ("deputy", "wrong")] {
            try tmux.press("Up")
            for _ in 0..<20 { try tmux.press("BSpace") }
            try tmux.type(login)
            try tmux.press("Enter")
            try tmux.type(password)
            let before = try sql("SELECT count(*) FROM access_log")
            try tmux.press("Enter")
            try tmux.wait(for: "the answer to \(login)") { _ in (try? self.sql("SELECT count(*) FROM access_log")) != before }
            let screen = try tmux.wait(forText: "Неверный логин")
            answers.append(screen.first { $0.contains("Неверный логин") }!.trimmingCharacters(in: .whitespaces))
        }
        XCTAssertEqual(Set(answers).count, 1, "\(answers)")
        XCTAssertTrue(answers[0].contains("вход закрыт на время"), answers[0])
        XCTAssertFalse(try tmux.capture().joined().contains("Журналы"), "the right password did not open the locked account")
    }
}
