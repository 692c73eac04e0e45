import Foundation
import XCTest

/// Substitutions with the real binary on the demo school (Friday 27.11, 11:00): the deputy is
/// refused a substitute who teaches at that time, records a free one, and the lesson's
/// scheduled teacher, signing in on another terminal, is told and can no longer enter it.
final class SubstitutionJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    /// Down the list until the selected line (marked ▸) contains `text`.
    private func select(_ tmux: TmuxSession, lineWith text: String) throws {
        for _ in 0..<80 {
            let screen = try tmux.capture()
            if screen.contains(where: { $0.contains("▸") && $0.contains(text) }) { return }
            try tmux.press("Down")
            try tmux.wait(for: "the selection to move") { $0 != screen }
        }
        XCTFail("no line with «\(text)» was selected")
    }

    @discardableResult
    private func wait(_ tmux: TmuxSession, forWords words: String) throws -> String {
        DemoTerminal.flat(try tmux.wait(for: "«\(words)»") { DemoTerminal.flat($0).contains(words) })
    }

    func testABusySubstituteIsRefusedAndTheScheduledTeacherIsToldAndReadsOnly() throws {
        let deputy = try TmuxSession.demo(database: database, home: folder.path)
        try deputy.signInToDemo(as: "deputy")
        try deputy.press("F8")
        try deputy.wait(forText: "Замены на 27.11.2026")
        try select(deputy, lineWith: "5А · Математика")

        // Архипова gives 4В Русский язык at lesson 3 that day: refused, naming that lesson.
        try deputy.press("Enter")
        try select(deputy, lineWith: "Архипова Анастасия")
        try deputy.press("Enter")
        try wait(deputy, forWords: "Архипова А.М. в это время ведёт 4В · Русский язык, пт 27.11, 3-й урок 10:30–11:15.")
        XCTAssertEqual(try sql("SELECT count(*) FROM lesson WHERE actual_teacher_id IS NOT NULL"), "0")

        // Быкова is free then.
        try deputy.press("Enter")
        try select(deputy, lineWith: "Быкова Светлана")
        try deputy.press("Enter")
        try deputy.wait(forText: "Замена: урок ведёт Быкова С.В.")
        XCTAssertEqual(try sql("""
            SELECT s.last_name || ' ' || l.lesson_number FROM lesson l JOIN staff s ON s.id = l.actual_teacher_id
            WHERE l.date = '2026-11-27'
            """), "Быкова 3")
        XCTAssertEqual(try sql("SELECT count(*) FROM change_history WHERE field = 'substitution' AND new_value LIKE 'confirmed %'"), "1")
        try deputy.press("Escape")
        try deputy.press("F10")
        try deputy.waitForExit()

        let teacher = try TmuxSession.demo(database: database, home: folder.path)
        try teacher.signInToDemo(as: "teacher")
        try wait(teacher, forWords: "Ваш урок 5А · Математика, пт 27.11, 3-й урок ведёт Быкова С.В.")
        try teacher.press("Enter") // the notice is selected first: it opens the lesson
        try teacher.wait(forText: "[Оценки]")
        try wait(teacher, forWords: "ведёт Быкова С.В. (замена)")
        try teacher.type("5")
        try wait(teacher, forWords: "Этот урок ведёт замещающий учитель Быкова С.В.; записи в нём вносит только он (правило 6).")
        try teacher.press("F10")
        try teacher.waitForExit()
    }
}
