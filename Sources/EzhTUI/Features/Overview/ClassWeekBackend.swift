import EzhCore
import EzhService

/// What the class teacher's overview of filling needs of the journal (the classes they lead
/// come from `SchoolDirectoryBackend`).
public protocol ClassWeekBackend: AnyObject {
    func classWeekOverview(_ session: Session, classID: ClassID, week: DateSpan) throws -> ClassWeekOverview
}
