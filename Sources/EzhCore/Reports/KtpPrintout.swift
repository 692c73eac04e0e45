/// «КТП: план и факт» (REPORTS.md item 1): a teaching's lesson plan against the lessons given,
/// lesson by lesson, for one period. A row per plan hour due or given in the period: the hour's
/// number in the plan, its topic and which of the topic's hours it is, its planned day (the
/// row's planned date, or the timetable's lesson at its place, as `PlanProgress` counts), the
/// day it was given and the topic written in the journal then. Lessons given beyond the plan
/// follow as rows of their own. Under the table: the hours planned and given in the period, and
/// how far behind or ahead the teaching is from the year's start to `day`.
public struct KtpPrintout: Sendable {
    /// One hour of the plan.
    public struct Hour: Hashable, Sendable {
        /// Its number in the whole plan: the plan's 57th lesson.
        public let number: Int
        public let topic: String
        /// Which hour of its topic it is (1-based), and the topic's hours.
        public let hourOfTopic: Int
        public let topicHours: Int
        public let dueDate: LocalDate?
        /// The lesson that gave it: the plan's n-th hour is the n-th lesson with a topic.
        public let given: PlanProgress.Lesson?
    }

    public let progress: PlanProgress
    /// The plan's hours due or given in the period.
    public let hours: [Hour]
    /// Lessons given in the period after the plan was used up.
    public let beyondPlan: [PlanProgress.Lesson]
    /// Plan hours due in the period.
    public let plannedInPeriod: Int
    /// Lessons with a topic given in the period.
    public let givenInPeriod: Int
    /// Plan hours with no day at all (no planned date, no lesson at their place): in no period.
    public let undated: Int

    /// `day`: the day «behind or ahead» is counted to (the period's last day, or yesterday while it runs).
    public init(plan: [PlanRow], lessons: [PlanProgress.Lesson], period: DateSpan, day: LocalDate) {
        progress = PlanProgress(rows: plan, lessons: lessons, on: day)
        let given = lessons.filter(\.isGiven)
        var all: [Hour] = []
        for row in plan {
            for hourOfTopic in stride(from: 1, through: row.hours, by: 1) {
                let index = all.count
                all.append(Hour(
                    number: index + 1, topic: row.topic, hourOfTopic: hourOfTopic, topicHours: row.hours,
                    dueDate: row.plannedDate ?? (lessons.indices.contains(index) ? lessons[index].date : nil),
                    given: given.indices.contains(index) ? given[index] : nil
                ))
            }
        }
        hours = all.filter { hour in
            hour.dueDate.map(period.contains) == true || hour.given.map { period.contains($0.date) } == true
        }
        undated = all.filter { $0.dueDate == nil && $0.given == nil }.count
        plannedInPeriod = all.filter { $0.dueDate.map(period.contains) == true }.count
        beyondPlan = given.dropFirst(all.count).filter { period.contains($0.date) }
        givenInPeriod = given.filter { period.contains($0.date) }.count
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
        let planned: [[Cell]] = hours.map { hour in
            [.number(hour.number), .text(hour.topic), .text("\(hour.hourOfTopic) из \(hour.topicHours)"),
             hour.dueDate.map { .text($0.russian) } ?? .empty, hour.given.map { .text($0.date.russian) } ?? .empty,
             hour.given.map { .text($0.topic) } ?? .empty]
        }
        let extra: [[Cell]] = beyondPlan.map { lesson in
            [.empty, .text("сверх плана"), .empty, .empty, .text(lesson.date.russian), .text(lesson.topic)]
        }
        let footer: [[Cell]] = [
            [.empty, .text("За период по плану, ч."), .number(plannedInPeriod), .empty, .empty, .empty],
            [.empty, .text("За период дано уроков"), .number(givenInPeriod), .empty, .empty, .empty],
            [.empty, .text("С начала года на \(progress.day.russian): по плану \(progress.plannedToDate) ч., дано \(progress.givenToDate) ч."),
             .number(progress.difference), .empty, .empty, .text(standing)],
        ]
        var notes = [
            "Дата по плану — дата, указанная в КТП, а если её нет — дата урока расписания на месте этого часа. "
                + "Дано — уроки с записанной темой, по порядку: n-й такой урок даёт n-й час плана.",
            "Всего в плане \(progress.plannedHours) ч.",
        ]
        if undated > 0 { notes.append("Часов без даты (нет ни даты в плане, ни урока в расписании): \(undated).") }
        return ReportDocument(
            titleBlock: .init(school: school, title: "КТП: план и факт — \(subject)", className: className, period: periodName, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 0.8), .init(weight: 8, alignment: .leading), .init(weight: 1.2), .init(weight: 1.8),
                      .init(weight: 1.8), .init(weight: 8, alignment: .leading)],
            headerRows: [[.text("№"), .text("Тема по плану"), .text("Час темы"), .text("Дата по плану"), .text("Дата проведения"),
                          .text("Тема проведённого урока")]],
            bodyRows: planned + extra,
            footerRows: footer,
            notes: notes,
            signatures: [.init(role: "Учитель", name: teacher)]
        )
    }
}
