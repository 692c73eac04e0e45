import Foundation
import XCTest

/// The attack from the review on the real binary: the class teacher's credential slip saved to
/// the journal's own file (or its WAL) is refused with a message, and the journal is intact.
final class SaveDialogTests: EndToEndCase {
    func testASlipPointedAtTheJournalIsRefusedAndTheJournalStaysIntact() throws {
        let demo = try DemoTerminal(folder: folder)
        try demo.signIn(as: "teacher")
        try demo.tmux.press("F2")
        try demo.tmux.wait(forText: "выдано реквизитов сейчас")
        // Down the class list to someone without an account, and create theirs.
        for _ in 0..<60 {
            try demo.tmux.press("F2")
            let screen = try demo.tmux.wait(for: "a slip or a refusal") { $0.contains { $0.contains("Файл:") || $0.contains("Учётная запись уже есть") } }
            if screen.contains(where: { $0.contains("Файл:") }) { break }
            try demo.tmux.press("Down")
        }
        try demo.tmux.wait(forText: "Файл: ~/ezh-exports/slips-")
        let size = try FileManager.default.attributesOfItem(atPath: demo.database)[.size] as? Int

        for (path, refusal) in [(demo.database, "файл самого журнала"), (demo.database + "-wal", "служебного файла")] {
            for _ in 0..<80 { try demo.tmux.press("BSpace") }
            try demo.tmux.type(path)
            try demo.tmux.press("Enter")
            try demo.tmux.wait(forText: refusal)
            XCTAssertTrue(try demo.tmux.capture().contains { $0.contains("Файл:") }, "the form stays open for another name")
        }
        let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: demo.database)).read(upToCount: 16)
        XCTAssertEqual(header, Data("SQLite format 3\0".utf8))
        XCTAssertGreaterThanOrEqual(try FileManager.default.attributesOfItem(atPath: demo.database)[.size] as? Int ?? 0, size ?? 0)

        try demo.tmux.press("Escape")
        try demo.tmux.press("F10")
        try demo.tmux.waitForExit()
        XCTAssertEqual(try ezh(["audit", "verify", "--db", demo.database]).status, 0, "the journal opens and its access log holds")
    }
}
