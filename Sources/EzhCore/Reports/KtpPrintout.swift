/// «КТП: план и факт» (REPORTS.md item 1): a teaching's lesson plan against the lessons given,
/// for one period. A row per plan topic due or given in the period: №, topic, hours, the
/// planned day (its planned date, or the timetable's lesson at its place, as `PlanProgress`
/// counts), the days it was given and the topics written in the journal then. Lessons given
/// beyond the plan follow as rows of their own. Under the table: the hours planned and given
/// in the period, and how far behind or ahead the teaching is from the year's start to `day`.
public struct KtpPrintout: Sendable {
    public let progress: PlanProgress
    public let period: DateSpan
    /// The plan's rows for the period, each with the lessons that covered it.
    public let rows: [PlanProgress.Row]
    /// Lessons given in the period after the plan was used up.
    public let beyondPlan: [PlanProgress.Lesson]
    /// Plan hours due in the period (by planned date or timetable place).
    public let plannedInPeriod: Int
    /// Lessons with a topic given in the period.
    public let givenInPeriod: Int
    /// Plan rows with no day at all (no planned date, no lesson at their place): not in any period.
    public let undated: Int

    /// `day`: the day «behind or ahead» is counted to (the period's last day, or yesterday while it runs).
    public init(plan: [PlanRow], lessons: [PlanProgress.Lesson], period: DateSpan, day: LocalDate) {
        let progress = PlanProgress(rows: plan, lessons: lessons, on: day)
        self.progress = progress
        self.period = period
        rows = progress.rows.filter { row in
            row.dueDate.map(period.contains) == true || row.given.contains { period.contains($0.date) }
        }
        undated = progress.rows.filter { $0.dueDate == nil && $0.given.isEmpty }.count
        let given = lessons.filter(\.isGiven)
        beyondPlan = given.dropFirst(plan.totalHours).filter { period.contains($0.date) }
        givenInPeriod = given.filter { period.contains($0.date) }.count
        var hour = 0
        var due = 0
        for row in plan {
            for _ in 0..<max(row.hours, 0) {
                let day = row.plannedDate ?? (lessons.indices.contains(hour) ? lessons[hour].date : nil)
                if let day, period.contains(day) { due += 1 }
                hour += 1
            }
        }
        plannedInPeriod = due
    }

    /// «отставание 2 ч.», «опережение 1 ч.», «по плану».
    public var standing: String {
        switch progress.difference {
        case ..<0: "отставание \(-progress.difference) ч."
        case 0: "по плану"
        default: "опережение \(progress.difference) ч."
        }
    }

    public func document(school: String, className: String, subject: String, period periodName: String, teacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let planned: [[Cell]] = rows.map { row in
            let topics = row.given.map(\.topic).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return [.number(row.number), .text(row.row.topic), .number(row.row.hours), row.dueDate.map { .text($0.russian) } ?? .empty,
                    .text(row.given.map(\.date.dayMonth).joined(separator: ", ")), .text(topics.joined(separator: "; "))]
        }
        let extra: [[Cell]] = beyondPlan.map { lesson in
            [.empty, .text("сверх плана"), .empty, .empty, .text(lesson.date.dayMonth), .text(lesson.topic)]
        }
        let footer: [[Cell]] = [
            [.empty, .text("За период по плану, ч."), .number(plannedInPeriod), .empty, .empty, .empty],
            [.empty, .text("За период дано уроков"), .number(givenInPeriod), .empty, .empty, .empty],
            [.empty, .text("С начала года на \(progress.day.russian): по плану \(progress.plannedToDate) ч., дано \(progress.givenToDate) ч."),
             .number(progress.difference), .empty, .empty, .text(standing)],
        ]
        var notes = [
            "Дата по плану — дата, указанная в КТП, а если её нет — дата урока расписания на месте этого часа. "
                + "Дано — уроки с записанной темой, по порядку: первый покрывает первый час плана.",
            "Всего в плане \(progress.plannedHours) ч.",
        ]
        if undated > 0 { notes.append("Тем без даты (нет ни даты в плане, ни урока в расписании): \(undated).") }
        return ReportDocument(
            titleBlock: .init(school: school, title: "КТП: план и факт — \(subject)", className: className, period: periodName, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 0.7), .init(weight: 8, alignment: .leading), .init(weight: 1), .init(weight: 1.8),
                      .init(weight: 2.4), .init(weight: 8, alignment: .leading)],
            headerRows: [[.text("№"), .text("Тема по плану"), .text("Часы"), .text("Дата по плану"), .text("Дата проведения"), .text("Тема проведённого урока")]],
            bodyRows: planned + extra,
            footerRows: footer,
            notes: notes,
            signatures: [.init(role: "Учитель", name: teacher)]
        )
    }
}
