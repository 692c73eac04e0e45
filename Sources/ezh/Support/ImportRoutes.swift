import EzhCore
import EzhService
import EzhSheets
import Foundation

/// How `ezh import` reads and imports each kind of file: one line a kind.
struct ImportRoute {
    /// Reads the file at the path and imports it as the session, dry or not.
    let run: (_ path: String, _ service: JournalService, _ session: Session, _ dryRun: Bool) throws -> ImportReport
    /// The kind's empty template with a sample row.
    let template: () -> Data
}

enum ImportRoutes {
    /// `validFrom`: the day a timetable's rows take effect when they give none.
    static func route(for kind: ImportKind, validFrom: LocalDate? = nil) -> ImportRoute {
        switch kind {
        case .staff: sheet(StaffSheet.self) { $0.importStaff }
        case .classes: sheet(ClassesSheet.self) { $0.importClasses }
        case .pupils: sheet(PupilsSheet.self) { $0.importPupils }
        case .parents: sheet(ParentsSheet.self) { $0.importParents }
        case .bells: sheet(BellsSheet.self) { service in { try service.importBells($0, file: $1, dryRun: $2, session: $3) } }
        case .calendar: sheet(CalendarSheet.self) { service in { try service.importCalendar($0, file: $1, dryRun: $2, session: $3) } }
        case .curriculum: sheet(CurriculumSheet.self) { service in { try service.importCurriculum($0, file: $1, dryRun: $2, session: $3) } }
        case .timetable: timetable(validFrom: validFrom)
        case .ktp: sheet(PlanSheet.self) { service in { try service.importPlans($0, file: $1, dryRun: $2, session: $3) } }
        }
    }

    /// The timetable from a sheet, or from aSc Timetables' XML export (its week from the year's
    /// start, or from `validFrom`): what the export holds that cannot be a weekly row is listed with
    /// the journal's problems.
    private static func timetable(validFrom: LocalDate?) -> ImportRoute {
        let fromSheet = sheet(TimetableSheet.self) { service in
            { lines, file, dryRun, session in
                let dated = lines.map { line in
                    var line = line
                    line.validFrom = line.validFrom ?? validFrom
                    return line
                }
                return try service.importTimetable(dated, file: file, dryRun: dryRun, session: session)
            }
        }
        return ImportRoute(
            run: { path, service, session, dryRun in
                guard path.lowercased().hasSuffix(".xml") else { return try fromSheet.run(path, service, session, dryRun) }
                let export = try AscTimetableReader.read(path: path)
                let (lines, problems) = AscTimetableLines.lines(export, validFrom: validFrom)
                return try service.importTimetable(lines, file: export.fileName, dryRun: dryRun, readProblems: problems, session: session)
            },
            template: fromSheet.template
        )
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
                report.add(sheetProblems: sheetProblems, dryRun: dryRun)
                return report
            },
            template: { Sheet.template() }
        )
    }
}
