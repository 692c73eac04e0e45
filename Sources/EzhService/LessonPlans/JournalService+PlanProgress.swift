import EzhCore
internal import EzhStore

extension JournalService {
    /// The plan's topic for a lesson that has none yet (the lesson card shows it to accept with
    /// one key): the row planned for its day, else the next plan hour after the lessons given
    /// before it. Nil when the lesson has a topic, the plan is empty or used up.
    public func plannedTopic(_ session: Session, lesson: LessonID) throws -> PlannedTopic? {
        try read { db in
            guard let page = try PageQueries.page(of: lesson, db) else { throw JournalError.lessonNotFound }
            try requireOpen(page, try viewer(for: session, db))
            guard let teaching = try KtpQueries.teachingID(ofLesson: lesson, db) else { return nil }
            let rows = try LessonPlanQueries.rows(of: teaching, db)
            let lessons = try KtpQueries.lessons(ofTeaching: teaching, db)
            guard !rows.isEmpty, let position = lessons.firstIndex(where: { $0.id == lesson }),
                  lessons[position].topic.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let this = lessons[position]
            let earlier = lessons[..<position]
            let lessonOfDay = earlier.filter { $0.date == this.date }.count + 1
            let givenBefore = earlier.filter { !$0.topic.trimmingCharacters(in: .whitespaces).isEmpty }.count
            guard let index = PlanTopicSuggestion.rowIndex(day: this.date, lessonOfDay: lessonOfDay, givenBefore: givenBefore, rows: rows)
            else { return nil }
            return PlannedTopic(number: index + 1, topic: rows[index].topic, plannedDate: rows[index].plannedDate)
        }
    }

    /// The day «given vs planned» is counted to when none is asked: yesterday, since today's
    /// topics may still be entered until the evening (rule 1) and are not behind yet.
    public func lastCountedDay() -> LocalDate { today().adding(days: -1) }

    /// «Дано по КТП» of one page up to the end of `day` (`lastCountedDay` when nil): each plan row
    /// with when it is due and the lessons that covered it, and the hours planned and given.
    public func planProgress(_ session: Session, page: JournalPage, on day: LocalDate? = nil) throws -> PlanProgress {
        let day = day ?? lastCountedDay()
        return try read { db in
            try requireOpen(page, try viewer(for: session, db))
            guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else { throw JournalError.notFound(.verbatim(page.title)) }
            let lessons = try KtpQueries.lessons(ofTeaching: teaching, db).map { PlanProgress.Lesson(date: $0.date, topic: $0.topic) }
            return PlanProgress(rows: try LessonPlanQueries.rows(of: teaching, db), lessons: lessons, on: day)
        }
    }

    /// The deputy's table: every teaching of the year up to the end of `day` (`lastCountedDay` when
    /// nil), with its teacher, the plan hours due, the lessons given and the difference; the
    /// furthest behind first.
    public func planProgressOverview(_ session: Session, on day: LocalDate? = nil) throws -> PlanProgressOverview {
        let day = day ?? lastCountedDay()
        return try read { db in
            try require(.viewDueOverview, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: day, db) else { return PlanProgressOverview(day: day, lines: []) }
            let plans = try KtpQueries.plans(ofYear: year.id, db)
            let lessons = try KtpQueries.lessons(ofYear: year.id, db)
            let lines = try KtpQueries.teachings(ofYear: year.id, db).map { teaching in
                let progress = PlanProgress(
                    rows: plans[teaching.id] ?? [],
                    lessons: (lessons[teaching.id] ?? []).map { PlanProgress.Lesson(date: $0.date, topic: $0.topic) }, on: day
                )
                return PlanProgressLine(
                    page: teaching.page, teacher: teaching.teacher, plannedHours: progress.plannedHours,
                    plannedToDate: progress.plannedToDate, givenToDate: progress.givenToDate
                )
            }
            let sorted = lines.enumerated().sorted { ($0.element.difference, $0.offset) < ($1.element.difference, $1.offset) }.map(\.element)
            return PlanProgressOverview(day: day, lines: sorted)
        }
    }
}

/// The plan's topic the lesson card suggests: its number in the plan, and its day if planned.
public struct PlannedTopic: Hashable, Sendable {
    public let number: Int
    public let topic: String
    public let plannedDate: LocalDate?

    public init(number: Int, topic: String, plannedDate: LocalDate?) {
        self.number = number
        self.topic = topic
        self.plannedDate = plannedDate
    }
}

/// The deputy's «given vs planned» table and the day it is counted to.
public struct PlanProgressOverview: Hashable, Sendable {
    public let day: LocalDate
    public let lines: [PlanProgressLine]

    public init(day: LocalDate, lines: [PlanProgressLine]) {
        self.day = day
        self.lines = lines
    }
}

/// One line of the deputy's «given vs planned» table.
public struct PlanProgressLine: Hashable, Sendable {
    public let page: JournalPage
    public let teacher: PersonName
    /// The plan's hours in all; 0: no plan entered.
    public let plannedHours: Int
    public let plannedToDate: Int
    public let givenToDate: Int

    public init(page: JournalPage, teacher: PersonName, plannedHours: Int, plannedToDate: Int, givenToDate: Int) {
        self.page = page
        self.teacher = teacher
        self.plannedHours = plannedHours
        self.plannedToDate = plannedToDate
        self.givenToDate = givenToDate
    }

    public var difference: Int { givenToDate - plannedToDate }
}
