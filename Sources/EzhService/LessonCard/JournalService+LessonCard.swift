import EzhCore
internal import EzhStore
import Foundation

/// One lesson as the lesson card shows it: its record and homework, and when each of them (and
/// its attendance) may be entered, so the card can say the deadline before anyone types.
public struct LessonCard: Sendable, Hashable {
    /// The window of one kind of entry and the permission that covers it once it has closed.
    public struct Terms: Sendable, Hashable {
        public let window: EntryWindow
        public let permission: LatePermission?

        public init(window: EntryWindow, permission: LatePermission?) {
            self.window = window
            self.permission = permission
        }
    }

    public let lesson: LessonSummary
    public let homework: String
    public let attendanceTaken: Bool
    /// Whether the session gives this lesson (scheduled or as the substitute) in an open period.
    public let isEditable: Bool
    public let topicTerms: Terms
    public let homeworkTerms: Terms
    public let attendanceTerms: Terms
    /// Who gives the lesson instead of its scheduled teacher, as the reader is told; nil: as scheduled.
    public let substitution: SubstitutionNotice?

    public init(
        lesson: LessonSummary, homework: String, attendanceTaken: Bool, isEditable: Bool, topicTerms: Terms,
        homeworkTerms: Terms, attendanceTerms: Terms, substitution: SubstitutionNotice? = nil
    ) {
        self.lesson = lesson
        self.homework = homework
        self.attendanceTaken = attendanceTaken
        self.isEditable = isEditable
        self.topicTerms = topicTerms
        self.homeworkTerms = homeworkTerms
        self.attendanceTerms = attendanceTerms
        self.substitution = substitution
    }
}

extension JournalService {
    /// The lesson card of a lesson on a page the session may open. Read only: the writes are
    /// `setTopic`, `setHomework` and `confirmAttendance`, which judge the rules themselves.
    public func lessonCard(_ session: Session, lesson lessonID: LessonID) throws -> LessonCard {
        try read { db in
            guard let lesson = try LessonQueries.lesson(lessonID, db), let summary = try summary(of: lesson, db) else {
                throw JournalError.lessonNotFound
            }
            let viewer = try viewer(for: session, db)
            try requireOpen(summary.page, viewer)
            let now = now()
            let engine = try ruleEngine(db)
            let lessonTerms = try terms(of: lesson, for: [.lessonRecord, .homework, .attendance], db)
            let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: now, db) } ?? []
            func cardTerms(_ kind: EntryKind) -> LessonCard.Terms {
                let (window, permission) = lessonTerms.window(
                    kind, engine: engine, permissions: permissions, viewer: viewer, now: now
                )
                return LessonCard.Terms(window: window, permission: permission)
            }
            let taken = try DueQueries.lessonStates(of: lesson.teacherID, in: DateSpan(lesson.date, lesson.date), db)
                .first { $0.lesson.id == lesson.id }?.attendanceTaken ?? false
            return LessonCard(
                lesson: summary, homework: try LessonWrites.value(.homework, of: lesson.id, db) ?? "",
                attendanceTaken: taken,
                isEditable: !lessonTerms.period.isClosed && JournalAccess.canEnter(lessonTaughtBy: lesson.teachers, viewer: viewer),
                topicTerms: cardTerms(.lessonRecord), homeworkTerms: cardTerms(.homework),
                attendanceTerms: cardTerms(.attendance),
                substitution: try substitutionNotice(
                    lesson, state: try SubstitutionQueries.state(of: lesson.id, db)?.state, reader: viewer.staffID, db
                )
            )
        }
    }
}
