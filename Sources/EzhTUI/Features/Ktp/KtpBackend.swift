import EzhCore
import EzhService
import EzhSheets

/// What the lesson plan (КТП) screens need of the journal: a teaching's plan to edit, a file
/// to import into it, plans to copy, the plan's topic for a lesson, and «given vs planned».
public protocol KtpBackend: AnyObject {
    func teachingPlan(_ session: Session, page: JournalPage) throws -> TeachingPlan
    func savePlan(_ session: Session, page: JournalPage, rows: [PlanRow], replacing seen: [PlanRow]) throws -> LessonPlanCheck.Verdict
    func planCopySources(_ session: Session, page: JournalPage) throws -> [PlanCopySource]
    func copyPlan(_ session: Session, to page: JournalPage, from source: PlanCopySource.ID, replacing seen: [PlanRow]) throws
        -> LessonPlanCheck.Verdict
    /// Reads a КТП file (CSV or XLSX) and imports its rows into the page's plan, as `ezh import ktp`.
    func importPlanFile(_ session: Session, page: JournalPage, path: String) throws -> ImportReport
    func plannedTopic(_ session: Session, lesson: LessonID) throws -> PlannedTopic?
    func planProgress(_ session: Session, page: JournalPage, on day: LocalDate?) throws -> PlanProgress
    func planProgressOverview(_ session: Session, on day: LocalDate?) throws -> PlanProgressOverview
}

extension JournalService: KtpBackend {
    /// The teacher's file goes through the school import's reader and checks (`PlanSheet`,
    /// `importPlans`), so its problems read `file:row: column: message` as `ezh import ktp`
    /// prints them. A file of one plan may leave out «Класс» and «Предмет»: they are the
    /// page's. Rows of another page are problems, and a file with problems writes nothing.
    public func importPlanFile(_ session: Session, page: JournalPage, path: String) throws -> ImportReport {
        let table = PlanFile.filledIn(try SheetReader.read(path: path), for: page)
        let (lines, sheetProblems) = PlanSheet.lines(table)
        let (own, otherPages) = PlanFile.split(lines, page: page)
        var problems = sheetProblems + otherPages
        if lines.isEmpty, sheetProblems.isEmpty {
            problems.append(ImportProblem(file: table.fileName, row: nil, column: nil, message: BilingualText(
                "в файле нет ни одной темы", "the file has no topics")))
        }
        var report = try importPlans(own, file: table.fileName, dryRun: !problems.isEmpty, session: session)
        report.add(sheetProblems: problems, dryRun: false)
        return report
    }
}

/// A КТП file imported from the editor of one page.
enum PlanFile {
    /// The page's class, subject and subgroup as columns, when the file has none of its own.
    static func filledIn(_ table: SheetTable, for page: JournalPage) -> SheetTable {
        let found = HeaderMap.resolve(table, PlanSheet.columns).columns
        var added: [(String, String)] = []
        if !found.has("class") { added.append((PlanLine.Column.className, page.className.description)) }
        if !found.has("subject") { added.append((PlanLine.Column.subject, page.subjectName)) }
        if !found.has("subgroup"), let group = page.subgroupName { added.append((PlanLine.Column.subgroup, group)) }
        guard !added.isEmpty else { return table }
        var table = table
        let width = table.headers.count
        table.headers += added.map(\.0)
        table.rows = table.rows.map { row in
            var row = row
            row.cells = (0..<width).map { row[$0] } + added.map(\.1)
            return row
        }
        return table
    }

    /// The lines of the page, and a problem for each line of another page.
    static func split(_ lines: [PlanLine], page: JournalPage) -> (own: [PlanLine], problems: [ImportProblem]) {
        var own: [PlanLine] = []
        var problems: [ImportProblem] = []
        for line in lines {
            let sameClass = SheetKey.same(line.className, page.className.description)
            let sameSubject = SheetKey.same(line.subject, page.subjectName)
            let sameGroup = SheetKey.same(line.subgroup ?? "", page.subgroupName ?? "")
            if sameClass, sameSubject, sameGroup {
                own.append(line)
                continue
            }
            let column = !sameClass ? PlanLine.Column.className : !sameSubject ? PlanLine.Column.subject : PlanLine.Column.subgroup
            problems.append(ImportProblem(file: line.place.file, row: line.place.row, column: column, message: BilingualText(
                "строка не о \(page.title); здесь загружается КТП только этого журнала",
                "the row is not about \(page.title); only this journal's plan is imported here")))
        }
        return (own, problems)
    }
}

/// Class, subject and group names compared as a school writes them: case and spaces aside.
enum SheetKey {
    static func same(_ one: String, _ other: String) -> Bool { key(one) == key(other) }

    private static func key(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").filter { !$0.isWhitespace }
    }
}
