import EzhCore
import EzhService

/// What the start screen needs of the journal: the person's lessons and pages, what is due (their
/// own, and for the deputy every teacher's), and rule 8 for their pages.
public protocol HomeBackend: AnyObject {
    func home(_ session: Session) throws -> TeacherHome
    /// The pages of one school year (a closed one is viewed read-only).
    func home(_ session: Session, year: YearID?) throws -> TeacherHome
    func schoolYears() throws -> [SchoolYear]
    /// The year the journal opens on today.
    func currentYear() throws -> SchoolYear?
    func dueOverview(_ session: Session) throws -> DueOverview
    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview]
    /// Rule 8 for the pages the session may open.
    func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)]
}
