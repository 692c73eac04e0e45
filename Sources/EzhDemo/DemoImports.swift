import EzhCore
import EzhService
import EzhSheets

/// Imports one of the demo's files as `ezh import` does: the kind's sheet turns the table into
/// lines, the service checks and writes them (or, in a dry run, only counts). Any problem is a
/// defect of the generator.
enum DemoImports {
    static func run(_ file: DemoSchoolFile, _ service: JournalService, _ session: Session, dryRun: Bool = false) throws -> ImportReport {
        switch file.kind {
        case .bells: try run(file, BellsSheet.self) { try service.importBells($0, file: $1, dryRun: dryRun, session: session) }
        case .calendar: try run(file, CalendarSheet.self) { try service.importCalendar($0, file: $1, dryRun: dryRun, session: session) }
        case .staff: try run(file, StaffSheet.self) { try service.importStaff($0, file: $1, dryRun: dryRun, session: session) }
        case .classes: try run(file, ClassesSheet.self) { try service.importClasses($0, file: $1, dryRun: dryRun, session: session) }
        case .pupils: try run(file, PupilsSheet.self) { try service.importPupils($0, file: $1, dryRun: dryRun, session: session) }
        case .parents: try run(file, ParentsSheet.self) { try service.importParents($0, file: $1, dryRun: dryRun, session: session) }
        case .curriculum: try run(file, CurriculumSheet.self) { try service.importCurriculum($0, file: $1, dryRun: dryRun, session: session) }
        case .timetable: try run(file, TimetableSheet.self) { try service.importTimetable($0, file: $1, dryRun: dryRun, session: session) }
        case .ktp: try run(file, PlanSheet.self) { try service.importPlans($0, file: $1, dryRun: dryRun, session: session) }
        }
    }

    private static func run<Sheet: LineSheet>(
        _ file: DemoSchoolFile, _ sheet: Sheet.Type, _ importer: ([Sheet.Line], String) throws -> ImportReport
    ) throws -> ImportReport {
        let (lines, problems) = Sheet.lines(file.table)
        guard problems.isEmpty else { throw DemoSetupError.refused(file.kind, problems) }
        let report = try importer(lines, file.table.fileName)
        guard report.problems.isEmpty else { throw DemoSetupError.refused(file.kind, report.problems) }
        return report
    }
}
