import EzhCore
import EzhService
import EzhSheets
import Foundation

/// How `ezh import` reads and imports each kind of file: one line a kind. A kind without a route
/// is refused with a clear "not yet".
struct ImportRoute {
    /// Reads the file at the path and imports it as the session, dry or not.
    let run: (_ path: String, _ service: JournalService, _ session: Session, _ dryRun: Bool) throws -> ImportReport
    /// The kind's empty template with a sample row.
    let template: () -> Data
}

enum ImportRoutes {
    static func route(for kind: ImportKind) -> ImportRoute? {
        switch kind {
        case .staff: sheet(StaffSheet.self) { $0.importStaff }
        case .classes: sheet(ClassesSheet.self) { $0.importClasses }
        case .pupils: sheet(PupilsSheet.self) { $0.importPupils }
        case .parents: sheet(ParentsSheet.self) { $0.importParents }
        case .bells, .calendar, .curriculum, .timetable, .ktp: nil
        }
    }

    static func notYet(_ kind: ImportKind) -> JournalError {
        .invalidInput(field: .verbatim("ezh import \(kind.rawValue)"), problem: BilingualText(
            "этот вид файлов пока не импортируется; внесите эти данные в ezh вручную",
            "this kind of file cannot be imported yet; enter these data in ezh"
        ))
    }

    /// A route for a spreadsheet of typed lines: the sheet's own problems (header, cells) and the
    /// service's (the whole file against the journal) are reported together, by row. With
    /// problems in the sheet the service only checks (a dry run), so nothing is written.
    static func sheet<Sheet: LineSheet>(
        _ sheet: Sheet.Type,
        _ importer: @escaping (JournalService) -> ([Sheet.Line], String, Bool, Session) throws -> ImportReport
    ) -> ImportRoute {
        ImportRoute(
            run: { path, service, session, dryRun in
                let table = try SheetReader.read(path: path)
                let (lines, sheetProblems) = Sheet.lines(table)
                var report = try importer(service)(lines, table.fileName, dryRun || !sheetProblems.isEmpty, session)
                if !sheetProblems.isEmpty {
                    // By row; the sheet's problems of a row before the service's, each in its order.
                    report.problems = (sheetProblems + report.problems).enumerated()
                        .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
                        .map(\.element)
                    report.dryRun = dryRun
                }
                return report
            },
            template: { Sheet.template() }
        )
    }
}
