import EzhCore
import EzhService

/// What the marks grid needs to keep a lesson's assignments: the school's work types, a first
/// mark with the chosen type, a new column, a changed type or topic, an empty column removed.
public protocol AssignmentsBackend: AnyObject {
    func workTypes(_ session: Session) throws -> WorkTypeList
    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?,
        newColumnType: WorkTypeID?
    ) throws -> GridColumn
    func addAssignment(_ session: Session, page: JournalPage, column: GridColumn, workType: WorkTypeID) throws -> GridColumn
    func changeWorkType(_ session: Session, page: JournalPage, column: GridColumn, to workType: WorkTypeID) throws -> GridColumn
    func setAssignmentTopic(
        _ session: Session, page: JournalPage, column: GridColumn, topic: String
    ) throws -> (column: GridColumn, warning: BilingualText?)
    func removeAssignment(_ session: Session, page: JournalPage, column: GridColumn) throws
}
