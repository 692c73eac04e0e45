import EzhCore
import EzhService

/// What the deputy's substitutions and a teacher's declaration need of the journal (the staff
/// come from `SchoolDirectoryBackend`).
public protocol SubstitutionsBackend: AnyObject {
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson]
    /// Records who gives a lesson if the substitute is still `seen`, the one the screen showed.
    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?, replacing seen: StaffID?) throws
    /// The teachers' declarations waiting for the deputy.
    func declaredSubstitutions(_ session: Session) throws -> [SchoolLesson]
    func confirmSubstitution(_ session: Session, lesson: LessonID, declaredBy declarer: StaffID) throws
    func rejectSubstitution(_ session: Session, lesson: LessonID, declaredBy declarer: StaffID) throws
    /// Today's lessons that are not the teacher's and have no substitute.
    func lessonsToSubstitute(_ session: Session) throws -> [SchoolLesson]
    func declareSubstitution(_ session: Session, lesson: LessonID) throws
}
