import EzhCore
internal import EzhStore
import Foundation

/// Unwinds an import's transaction while handing back its report: a file with problems, and
/// every dry run, write nothing.
private struct ImportRollback: Error {
    let report: ImportReport
}

extension JournalService {
    /// One import of the year's frame (bells, calendar, curriculum, timetable, КТП) in one write
    /// transaction: `authorize` refuses a session that may not import at all; `body` checks the
    /// whole file against the journal, adding every problem to the report, and writes (with a
    /// history row per changed field). With problems, or in a dry run, everything is rolled back
    /// and the report says what was found or would be done. An accepted import leaves one
    /// access-log entry naming the file and its counts, besides those of its history rows.
    /// `readProblems`: what reading the file found (a cell that is not a date): they refuse the
    /// import too, and are listed with the journal's own problems.
    func runYearImport(
        _ kind: ImportKind, file: String, dryRun: Bool, readProblems: [ImportProblem], _ session: Session,
        authorize: (Viewer) throws -> Void,
        _ body: (StoreTransaction, ChangeStamp, inout ImportReport) throws -> Void
    ) throws -> ImportReport {
        do {
            return try write(session) { db, stamp in
                try authorize(try viewer(for: session, db))
                var report = ImportReport(kind: kind, file: file, dryRun: dryRun)
                report.problems = readProblems
                try body(db, stamp, &report)
                // Stable: a row's problems keep the order they were found in.
                report.problems = report.problems.enumerated()
                    .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
                if !report.problems.isEmpty || dryRun { throw ImportRollback(report: report) }
                try AccessLog.append(AccessLogRow(
                    seq: 0, at: InstantFormat.string(stamp.at), accountID: session.accountID, login: session.login,
                    role: session.roleLabel, terminal: terminal.label, action: AuditAction.change.rawValue,
                    object: "import \(kind.rawValue) \(file): added \(report.added), changed \(report.changed), unchanged \(report.unchanged)"
                ), db)
                return report
            }
        } catch let rollback as ImportRollback {
            return rollback.report
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
