import EzhCore
import EzhService

/// What the deputy's timetable editor needs of the journal.
public protocol TimetableBackend: AnyObject {
    func timetableClasses(_ session: Session) throws -> [TimetableClass]
    func timetableWeek(_ session: Session, _ view: TimetableView, on day: LocalDate) throws -> TimetableGridWeek
    func timetableChoices(_ session: Session, classID: ClassID) throws -> TimetableChoices
    func editTimetable(
        _ session: Session, classID: ClassID, weekday: Int, number: Int, _ edit: TimetableEdit, from day: LocalDate
    ) throws -> TimetableChangeOutcome
    func cancelLesson(_ session: Session, lesson id: LessonID) throws
    func moveLesson(_ session: Session, lesson id: LessonID, to date: LocalDate, number: Int) throws
    @discardableResult
    func addLesson(_ session: Session, classID: ClassID, _ choice: TimetableLessonChoice, on date: LocalDate, number: Int) throws -> LessonID
}
