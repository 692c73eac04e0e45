import EzhCore
import EzhService

/// What the class teacher's weekly absence review needs of the journal (the classes they lead
/// come from `SchoolDirectoryBackend`).
public protocol AbsenceReviewBackend: AnyObject {
    func absenceReview(_ session: Session, classID: ClassID, week: DateSpan) throws -> AbsenceReview
    /// Corrects an absence if it still has `seen` and, when the note changes, `seenNote`.
    func correctAbsence(
        _ session: Session, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?, note: String,
        replacingNote seenNote: String, reason: String
    ) throws
}
