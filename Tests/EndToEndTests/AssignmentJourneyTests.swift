import Foundation
import XCTest

/// A контрольная and an exemption on the real binary: the teacher's first mark of today's
/// lesson asks for the work type, a контрольная (weight 2) is chosen and the header shows it;
/// the class teacher records an exemption with `ezh exemption add`, the open grid shows «осв»
/// in that pupil's cell and refuses a mark there.
final class AssignmentJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    func testAControlWorkIsRecordedAndAnExemptPupilsCellRefusesAMark() throws {
        let demo = try DemoTerminal(folder: folder)
        try demo.tmux.signInToDemo(as: "teacher", timeout: 120)
        try demo.openMath()
        XCTAssertEqual(DemoTerminal.cell(try demo.tmux.capture(), day: "27.11", row: 4), "", "today's lesson has no column type yet")

        try demo.tmux.type("5")
        let picker = try demo.tmux.wait(forText: "Вид работы нового столбца")
        XCTAssertTrue(picker.contains { $0.contains("▸ Работа на уроке · Раб · вес 1") }, picker.joined(separator: "\n"))
        XCTAssertTrue(picker.contains { $0.contains("Контрольная работа · К/р · вес 2") }, picker.joined(separator: "\n"))
        try demo.tmux.press("Down", "Down", "Down", "Enter")
        try demo.waitForFirstCell("5")
        let entered = try demo.tmux.capture()
        XCTAssertEqual(DemoTerminal.cell(entered, day: "27.11", row: 4), "К/р×2")
        XCTAssertTrue(entered[TmuxSession.rows - 2].contains("Контрольная работа (вес 2)"), entered[TmuxSession.rows - 2])
        XCTAssertEqual(try sql("""
            SELECT w.name FROM assignment a JOIN work_type w ON w.id = a.work_type_id JOIN lesson l ON l.id = a.lesson_id
            JOIN class c ON c.id = l.class_id JOIN subject s ON s.id = l.subject_id
            WHERE l.date = '2026-11-27' AND c.grade = 5 AND c.letter = 'А' AND s.name = 'Математика'
            """), "Контрольная работа")

        // The third pupil of 5А is exempt from mathematics today: the class teacher records it.
        let third = try XCTUnwrap(DemoTerminal.pupilName(entered, row: 7))
        let file = try sql("SELECT personal_file FROM pupil WHERE last_name || ' ' || first_name = '\(third)'")
        let added = try ezh(["exemption", "add", "--db", database, "--login", "teacher", "--password-stdin", "--pupil", file,
                             "--from", "27.11.2026", "--to", "30.11.2026", "--subject", "Математика", "--reason", "справка № 15"],
                            input: "demo\n")
        XCTAssertEqual(added.status, 0, added.errors)
        let exempt = try demo.tmux.wait(for: "«осв» in the third pupil's cell") { DemoTerminal.cell($0, day: "27.11", row: 7) == "осв" }
        XCTAssertEqual(DemoTerminal.cell(exempt, day: "27.11", row: 5), "5", "the others' cells are as they were")
        try demo.tmux.press("Down")
        try demo.tmux.wait(for: "the cursor on the third pupil") { $0[TmuxSession.rows - 2].contains(third) }
        try demo.tmux.type("4")
        let refused = try demo.tmux.wait(forText: "Ученик освобождён на 27.11 (ОСВ)")
        XCTAssertEqual(DemoTerminal.cell(refused, day: "27.11", row: 7), "осв")
        try demo.tmux.press("F10")
        try demo.tmux.waitForExit()
    }
}

extension DemoTerminal {
    /// «Воронин Тимур»: the last and first name on a pupil's row of the grid.
    static func pupilName(_ screen: [String], row: Int) -> String? {
        guard screen.count > row else { return nil }
        let words = screen[row].split(separator: "│").first?.split(separator: " ").dropFirst() ?? []
        return words.count >= 2 ? words.prefix(2).joined(separator: " ") : nil
    }
}
