import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// Lesson plans kept in memory: saving compares the plan the screen showed, as the service does;
/// every save is in `writes` as «plan <page> <topics>».
extension FakeJournal: KtpBackend {
    func teachingPlan(_ session: Session, page: JournalPage) throws -> TeachingPlan {
        TeachingPlan(page: page, teacher: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"),
                     rows: ktp.plans[page] ?? [], curriculumHours: ktp.curriculumHours, isEditable: ktp.isEditable)
    }

    func savePlan(_ session: Session, page: JournalPage, rows: [PlanRow], replacing seen: [PlanRow]) throws -> LessonPlanCheck.Verdict {
        try refuseIfAsked()
        guard (ktp.plans[page] ?? []) == seen else { throw JournalError.cellChanged(CellChange(current: nil, who: "Иванов И.И.", at: nil, terminal: nil)) }
        ktp.plans[page] = rows
        writes.append("plan \(page.title) " + rows.map { "\($0.topic)/\($0.hours)" + ($0.plannedDate.map { "/\($0.dayMonth)" } ?? "") }.joined(separator: "|"))
        return LessonPlanCheck.check(plannedHours: rows.totalHours, curriculumHours: ktp.curriculumHours ?? 0)
    }

    func planCopySources(_ session: Session, page: JournalPage) throws -> [PlanCopySource] { ktp.sources.map(\.0) }

    func copyPlan(_ session: Session, to page: JournalPage, from source: PlanCopySource.ID, replacing seen: [PlanRow]) throws
        -> LessonPlanCheck.Verdict {
        guard let rows = ktp.sources.first(where: { $0.0.id == source })?.1 else { throw JournalError.notFound(.verbatim("source")) }
        return try savePlan(session, page: page, rows: rows, replacing: seen)
    }

    func importPlanFile(_ session: Session, page: JournalPage, path: String) throws -> ImportReport {
        ktp.importedPaths.append(path)
        var report = ImportReport(kind: .ktp, file: (path as NSString).lastPathComponent, dryRun: false)
        report.problems = ktp.importProblems
        if report.problems.isEmpty, let rows = ktp.importRows {
            ktp.plans[page] = rows
            report.added = rows.count
        }
        return report
    }

    func plannedTopic(_ session: Session, lesson: LessonID) throws -> PlannedTopic? { ktp.plannedTopics[lesson] }

    /// Counted to the end of yesterday, as the service counts.
    func planProgress(_ session: Session, page: JournalPage, on day: LocalDate?) throws -> PlanProgress {
        PlanProgress(rows: ktp.plans[page] ?? [], lessons: ktp.lessons, on: day ?? Self.today.adding(days: -1))
    }

    func planProgressOverview(_ session: Session, on day: LocalDate?) throws -> PlanProgressOverview {
        PlanProgressOverview(day: day ?? Self.today.adding(days: -1), lines: ktp.overview)
    }
}

final class FakeKtpState {
    var plans: [JournalPage: [PlanRow]] = [:]
    var curriculumHours: Int? = 170
    var isEditable = true
    var sources: [(PlanCopySource, [PlanRow])] = []
    var importRows: [PlanRow]?
    var importProblems: [ImportProblem] = []
    var importedPaths: [String] = []
    var plannedTopics: [LessonID: PlannedTopic] = [:]
    var lessons: [PlanProgress.Lesson] = []
    var overview: [PlanProgressLine] = []
}
