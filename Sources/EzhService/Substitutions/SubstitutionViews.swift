import EzhCore

/// A teacher's declared (or rejected) substitution as the deputy sees it: who declared it and
/// what became of it.
public struct SubstitutionStatus: Sendable, Hashable {
    public let state: SubstitutionState
    public let teacherID: StaffID
    public let teacher: String

    public init(state: SubstitutionState, teacherID: StaffID, teacher: String) {
        self.state = state
        self.teacherID = teacherID
        self.teacher = teacher
    }
}

/// A substituted lesson as one of its two teachers is told about it, on the home screen, the
/// lesson card and the grid.
public struct SubstitutionNotice: Sendable, Hashable {
    public enum Side: Sendable, Hashable {
        /// The reader gives someone else's lesson; `otherTeacher` is its scheduled teacher.
        case youSubstitute
        /// The reader's own lesson is given by `otherTeacher`.
        case givenBySubstitute
    }

    public let lesson: LessonSummary
    public let side: Side
    public let otherTeacher: String
    /// True while a teacher's declaration waits for the deputy's confirmation.
    public let isDeclared: Bool

    public init(lesson: LessonSummary, side: Side, otherTeacher: String, isDeclared: Bool) {
        self.lesson = lesson
        self.side = side
        self.otherTeacher = otherTeacher
        self.isDeclared = isDeclared
    }
}
