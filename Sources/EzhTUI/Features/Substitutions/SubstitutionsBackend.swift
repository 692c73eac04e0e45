import EzhCore
import EzhService

/// What the deputy's substitutions need of the journal (the staff come from
/// `SchoolDirectoryBackend`).
public protocol SubstitutionsBackend: AnyObject {
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson]
    /// Records who gives a lesson if the substitute is still `seen`, the one the screen showed.
    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?, replacing seen: StaffID?) throws
}
