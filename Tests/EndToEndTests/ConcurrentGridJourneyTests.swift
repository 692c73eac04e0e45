import Foundation
import XCTest

/// Two real `ezh` processes on one journal file, and another program holding its write lock, as
/// on a staff-room server: a stale screen cannot overwrite another terminal's mark, an undo
/// cannot erase it, and marks typed ahead while the journal is locked land on no other pupil.
final class ConcurrentGridJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    /// `ezh demo` on the shared file with extra environment variables; the first one started
    /// seeds the file, the next ones open it as it is.
    private func start(_ environment: [String] = []) throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, environment: environment)
    }

    /// The text under the first column of 27.11 on a screen row (row 5 is the first pupil).
    private func cell(_ screen: [String], row: Int = 5) -> String? {
        DemoTerminal.cell(screen, day: "27.11", row: row)
    }

    private func flat(_ screen: [String]) -> String { DemoTerminal.flat(screen) }

    private func undo(_ tmux: TmuxSession) throws {
        try tmux.type(":undo")
        try tmux.press("Enter")
    }

    /// The review's case on real processes: A enters 2; B, whose screen still shows the cell
    /// empty, types 5 and is refused with who, when and which terminal, and sees the 2; B then
    /// enters 5 knowingly; A's undo would erase B's 5 and is refused; B's undo restores A's 2.
    func testAStaleScreenCannotOverwriteAnotherTerminalsMarkAndUndoCannotEraseIt() throws {
        let a = try start()
        try a.signInAndOpenDemoMath()
        // B looks for other terminals' entries only every ten minutes: its screen stays as read.
        let b = try start(["EZH_REFRESH_SECONDS=600"])
        try b.signInAndOpenDemoMath()
        XCTAssertEqual(cell(try b.capture()), "", "the demo leaves today's first cell empty")

        try a.typeFirstMark("2")
        try a.waitForFirstCell("2")
        XCTAssertEqual(cell(try b.capture()), "", "B's screen is stale")
        // B's stale screen shows a lesson without a column, so B too is asked for its type; the
        // write then goes to A's column, where the cell is no longer empty.
        try b.typeFirstMark("5")
        let refused = try b.wait(forText: "Эту клетку уже изменили")
        XCTAssertTrue(flat(refused).contains("27.11.2026 11:0"), flat(refused))
        XCTAssertTrue(flat(refused).range(of: "терминал /dev/pts/\\d+|терминал pts/\\d+", options: .regularExpression) != nil,
                      flat(refused))
        XCTAssertTrue(flat(refused).contains("теперь в ней «2»"), flat(refused))
        try b.waitForFirstCell("2")

        // Having seen the 2, B replaces it; A's idle grid shows the 5 without a key.
        try b.type("5")
        try b.waitForFirstCell("5")
        try a.waitForFirstCell("5")

        try undo(a)
        let undoRefused = try a.wait(forText: "Отменить нельзя")
        XCTAssertTrue(flat(undoRefused).contains("теперь в ней «5»"), flat(undoRefused))
        XCTAssertEqual(cell(undoRefused), "5", "B's 5 stays")

        try undo(b)
        try b.waitForFirstCell("2")
        try a.waitForFirstCell("2")

        try b.press("F6")
        let history = flat(try b.wait(forText: "5 → 2"))
        let order = ["— → 2", "2 → 5", "5 → 2"].map { history.range(of: $0)?.lowerBound }
        XCTAssertFalse(history.contains("→ —"), "no change ever emptied the cell: \(history)")
        XCTAssertTrue(order.allSatisfy { $0 != nil }, history)
        for tmux in [a, b] {
            try tmux.press("Escape")
            try tmux.press("F10")
            try tmux.waitForExit()
        }
    }

    /// Another program holds the journal's write lock while the teacher types four marks ahead:
    /// the first write waits, saying so, then fails; the three keys typed after it are dropped,
    /// so no mark lands on another pupil; once the lock is gone the first cell takes the mark.
    func testMarksTypedAheadWhileTheJournalIsLockedLandOnNoOtherPupil() throws {
        let a = try start(["EZH_BUSY_TIMEOUT=3"])
        try a.signInAndOpenDemoMath()
        let before = try a.capture()
        let cellsBefore = (5...9).map { cell(before, row: $0) }
        let marksBefore = try sqlite("SELECT count(*) FROM change_history WHERE entity = 'mark'")

        // The lesson's column gets its type first, so the marks typed ahead go straight to writes.
        try a.press("C-t")
        try a.wait(forText: "Вид работы столбца")
        try a.press("Enter")
        try a.wait(forText: "Столбец: Работа на уроке")
        let holder = try LockHolder(database: database)
        try a.type("5432")
        try a.wait(forText: "ждём другой терминал…")
        let failed = try a.wait(forText: "Журнал занят другим терминалом дольше 3 с")
        holder.release()
        XCTAssertEqual((5...9).map { cell(failed, row: $0) }, cellsBefore)

        // Longer than an idle refresh: still nothing anywhere, in the file or on the screen.
        Thread.sleep(forTimeInterval: 2)
        XCTAssertEqual(try sqlite("SELECT count(*) FROM change_history WHERE entity = 'mark'"), marksBefore)
        let later = try a.capture()
        XCTAssertEqual((5...9).map { cell(later, row: $0) }, cellsBefore)

        // The cursor stayed on the first pupil: the next mark is theirs.
        try a.type("5")
        try a.waitForFirstCell("5")
        let after = try a.capture()
        XCTAssertEqual((6...9).map { cell(after, row: $0) }, Array(cellsBefore.dropFirst()))
        XCTAssertEqual(try sqlite("SELECT count(*) FROM change_history WHERE entity = 'mark'"), marksBefore + 1)
        try a.press("F10")
        try a.waitForExit()
    }

    /// A count read with the sqlite3 program from the journal file.
    private func sqlite(_ query: String) throws -> Int {
        try XCTUnwrap(Int(sql(query)))
    }
}

/// A `sqlite3` process that holds the journal's write lock (`BEGIN IMMEDIATE`, kept open) until
/// released, as any program opening the file could.
private final class LockHolder {
    private let process = Process()
    private let input = Pipe()

    init(database: String) throws {
        process.executableURL = URL(fileURLWithPath: EndToEndCase.sqlite3)
        process.arguments = [database]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n".utf8))
        // Held once another writer is refused at once.
        let deadline = Date().addingTimeInterval(10)
        while Self.canWrite(database) {
            guard Date() < deadline else { throw XCTSkip("sqlite3 did not take the write lock") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func release() {
        input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    private static func canWrite(_ database: String) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: EndToEndCase.sqlite3)
        probe.arguments = [database, "BEGIN IMMEDIATE; ROLLBACK;"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
}
