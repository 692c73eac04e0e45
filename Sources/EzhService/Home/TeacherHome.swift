import EzhCore
internal import EzhStore

/// One concrete lesson as a list shows it.
public struct LessonSummary: Sendable, Hashable {
    public let lessonID: LessonID
    public let page: JournalPage
    public let date: LocalDate
    public let lessonNumber: Int
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let room: String
    public let topic: String

    public init(
        lessonID: LessonID, page: JournalPage, date: LocalDate, lessonNumber: Int,
        start: TimeOfDay, end: TimeOfDay, room: String, topic: String
    ) {
        self.lessonID = lessonID
        self.page = page
        self.date = date
        self.lessonNumber = lessonNumber
        self.start = start
        self.end = end
        self.room = room
        self.topic = topic
    }
}

/// What a teacher sees after signing in: today's lessons and every journal page they can open.
public struct TeacherHome: Sendable {
    public let today: LocalDate
    public let todaysLessons: [LessonSummary]
    /// Pages the person may open; `editablePages` is the part they may write in.
    public let pages: [JournalPage]
    public let editablePages: Set<JournalPage>
    /// Substituted lessons that concern the teacher, from `substitutionDaysBack` days ago to
    /// `substitutionDaysAhead` days ahead: the ones they give for someone else and their own
    /// given by someone else (the start screen shows those from today, the grid all of them).
    public let substitutions: [SubstitutionNotice]

    public static let substitutionDaysBack = 14
    public static let substitutionDaysAhead = 13

    public init(
        today: LocalDate, todaysLessons: [LessonSummary], pages: [JournalPage], editablePages: Set<JournalPage>,
        substitutions: [SubstitutionNotice] = []
    ) {
        self.today = today
        self.todaysLessons = todaysLessons
        self.pages = pages
        self.editablePages = editablePages
        self.substitutions = substitutions
    }
}

/// One recorded change of a cell: old and new value, who, when (school time), from where.
public struct HistoryEntry: Sendable, Hashable {
    public let changedAt: String
    public let who: String
    public let terminal: String
    public let oldValue: String?
    public let newValue: String?

    public init(changedAt: String, who: String, terminal: String, oldValue: String?, newValue: String?) {
        self.changedAt = changedAt
        self.who = who
        self.terminal = terminal
        self.oldValue = oldValue
        self.newValue = newValue
    }
}

extension HistoryEntry {
    /// A stored history row as people read it, its time in the school's zone.
    init(_ row: HistoryRow, in zone: SchoolTimeZone) {
        self.init(
            changedAt: zone.russianDateTime(row.changedAt), who: row.who, terminal: row.terminal,
            oldValue: row.oldValue, newValue: row.newValue
        )
    }
}
