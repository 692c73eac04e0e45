import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// One import of the year's frame (bells, calendar, curriculum, timetable, КТП) through
    /// `runImport`: `authorize` refuses a session that may not import at all; `readProblems`, what
    /// reading the file found (a cell that is not a date), refuse the import too and are listed
    /// with the journal's own problems, by row.
    func runYearImport(
        _ kind: ImportKind, file: String, dryRun: Bool, readProblems: [ImportProblem], _ session: Session,
        authorize: (Viewer) throws -> Void,
        _ body: (StoreTransaction, ChangeStamp, inout ImportReport) throws -> Void
    ) throws -> ImportReport {
        try runImport(kind, file: file, dryRun: dryRun, session: session) { db, stamp, report in
            try authorize(try viewer(for: session, db))
            report.problems = readProblems
            try body(db, stamp, &report)
            // Stable: a row's problems keep the order they were found in.
            report.problems = report.problems.enumerated()
                .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
        }
    }

    /// Refuses a session whose roles do not allow `action`.
    func requiring(_ action: SchoolAction) -> (Viewer) throws -> Void {
        { viewer in try self.require(action, viewer) }
    }
}

extension ImportProblem {
    /// A problem at a line's row and column.
    init(_ place: SheetPlace, _ column: String?, _ message: BilingualText) {
        self.init(file: place.file, row: place.row, column: column, message: message)
    }
}
