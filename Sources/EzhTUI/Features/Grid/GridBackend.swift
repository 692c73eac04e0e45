import EzhCore
import EzhService

/// What the marks and attendance grids need of the journal: a page's periods and grids, writing
/// a cell, and a cell's history.
public protocol GridBackend: AnyObject {
    func periods(for page: JournalPage) throws -> [Period]
    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid
    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid
    /// Writes a cell if it still holds `seen`, the value the user's screen showed.
    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?
    ) throws -> GridColumn
    func setAttendance(
        _ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?
    ) throws
    func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry]
    func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry]
}
