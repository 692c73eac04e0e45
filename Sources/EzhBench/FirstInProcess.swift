import EzhCore
import EzhService
import EzhStore
import EzhTUI
import Foundation
import GRDB

/// What must happen first in a process to be measured cold: `ezh-bench` runs itself as a child
/// (`ezh-bench --child MODE DATABASE ...`) for each sample and reads the time it prints.
public enum FirstInProcess: String, CaseIterable, Sendable {
    /// A teacher signs in, then Enter on today's lesson opens its grid: the first grid of the
    /// process, through the real interface, to its frame.
    case grid = "cold-grid"
    /// The plain query of the same cells, the first on a new connection in a new process.
    case gridCells = "cold-grid-cells"

    /// Measures once, in this (fresh) process. `page` is «class subject subgroup first last» for
    /// `gridCells`.
    public func measure(databasePath: String, page: [String]) throws -> Duration {
        switch self {
        case .grid: try Self.firstGrid(databasePath)
        case .gridCells: try Self.firstCells(databasePath, page: page)
        }
    }

    private static func firstGrid(_ path: String) throws -> Duration {
        let service = try JournalService(
            store: JournalStore(path: path), clock: ShiftedClock(startingAt: BenchmarkSchool.moment), terminal: TerminalInfo(tty: "bench")
        )
        let ui = Interface(service: service, keymaps: .standard())
        ui.act([])
        ui.act(UserKeys.signIn("teacher"))
        let start = ContinuousClock.now
        let frame = ui.act(UserKeys.openTodaysGrid)
        let took = ContinuousClock.now - start
        guard frame.contains(ScreenText.marksGrid) else {
            throw Interface.Unexpected(description: "Enter on the start screen did not open today's grid:\n\(frame)")
        }
        return took
    }

    private static func firstCells(_ path: String, page: [String]) throws -> Duration {
        guard page.count == 5, let classID = Int64(page[0]), let subjectID = Int64(page[1]), let subgroup = Int64(page[2]),
              let first = LocalDate(iso: page[3]), let last = LocalDate(iso: page[4])
        else { throw Interface.Unexpected(description: "cold-grid-cells wants CLASS SUBJECT SUBGROUP FIRST LAST, not \(page)") }
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let start = ContinuousClock.now
            let rows = try PlainReads.gridCells(classID: classID, subjectID: subjectID, subgroup: subgroup,
                                                     span: DateSpan(first, last), db)
            let took = ContinuousClock.now - start
            guard !rows.isEmpty else { throw Interface.Unexpected(description: "no cells on the page \(page)") }
            return took
        }
    }
}
