/// How a lesson's substitution came about (rule 6): a teacher declared it as they entered the
/// lesson and the deputy has not yet decided, the deputy recorded or confirmed it, or the deputy
/// rejected a declaration (the scheduled teacher gives the lesson again; the row remembers who
/// had declared).
public enum SubstitutionState: String, Sendable, Hashable {
    case declared
    case confirmed
    case rejected
}

/// A lesson where and when it takes place, as the clash check of a substitution sees it.
public struct LessonAtTime: Sendable, Hashable {
    public let lessonID: LessonID
    public let page: JournalPage
    public let date: LocalDate
    public let lessonNumber: Int
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(lessonID: LessonID, page: JournalPage, date: LocalDate, lessonNumber: Int, start: TimeOfDay, end: TimeOfDay) {
        self.lessonID = lessonID
        self.page = page
        self.date = date
        self.lessonNumber = lessonNumber
        self.start = start
        self.end = end
    }

    /// «5А · Математика, пт 27.11, 3-й урок 10:30–11:15», as a refusal names it.
    public func text(in language: Language) -> String {
        let day = "\(WeekdayName.short(date.weekday, in: language)) \(date.dayMonth)"
        let time = "\(start.text)–\(end.text)"
        return language == .ru
            ? "\(page.title), \(day), \(lessonNumber)-й урок \(time)"
            : "\(page.title), \(day), lesson \(lessonNumber) \(time)"
    }
}

/// Whether a teacher can give a lesson as a substitute, given the lessons they already give that
/// day. A teacher is in one room at a time: any of their lessons whose bells overlap the
/// lesson's is a clash, a subgroup lesson included (teaching group 1 of 7Б, they cannot take 7А;
/// teaching group 1 of 7Б informatics, they cannot take group 2 of 7Б labour). Lessons that
/// only touch (one ends as the next starts) do not clash. The one exception is the same lesson
/// for another group: the other subgroup of the same class and subject at the same bells, which
/// the teacher takes together with their own group.
public enum SubstitutionClash {
    /// The first of `busy` that clashes with `lesson`, in time order; nil when the teacher is free.
    public static func first(for lesson: LessonAtTime, among busy: [LessonAtTime]) -> LessonAtTime? {
        busy.filter { clashes(lesson, $0) }.min { ($0.start, $0.lessonNumber) < ($1.start, $1.lessonNumber) }
    }

    static func clashes(_ lesson: LessonAtTime, _ other: LessonAtTime) -> Bool {
        guard other.lessonID != lesson.lessonID, other.date == lesson.date,
              lesson.start < other.end, other.start < lesson.end
        else { return false }
        return !isOtherGroupOfTheSameLesson(lesson, other)
    }

    private static func isOtherGroupOfTheSameLesson(_ lesson: LessonAtTime, _ other: LessonAtTime) -> Bool {
        lesson.page.classID == other.page.classID && lesson.page.subjectID == other.page.subjectID
            && lesson.page.subgroupID != nil && other.page.subgroupID != nil
            && lesson.start == other.start && lesson.end == other.end
    }
}
