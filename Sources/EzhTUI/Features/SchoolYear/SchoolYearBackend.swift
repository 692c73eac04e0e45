import EzhCore
import EzhService

/// What the deputy's class, subject and curriculum lists need of the journal (the staff come
/// from `SchoolDirectoryBackend`).
public protocol SchoolYearBackend: AnyObject {
    func schoolYearClasses(_ session: Session) throws -> [SchoolClassSummary]
    func updateClass(_ session: Session, classID: ClassID, _ change: ClassChange) throws
    func schoolSubjects(_ session: Session) throws -> [SubjectSummary]
    @discardableResult
    func saveSubject(_ session: Session, id: SubjectID?, name: String, shortName: String) throws -> SubjectID
    func curriculum(_ session: Session, classID: ClassID) throws -> [ClassCurriculumLine]
    func holidays(_ session: Session) throws -> [HolidaySummary]
    @discardableResult
    func addHoliday(_ session: Session, span: DateSpan, name: String) throws -> LessonChangeCounts
    @discardableResult
    func removeHoliday(_ session: Session, id: Int64) throws -> LessonChangeCounts
    func yearPeriods(_ session: Session) throws -> [Period]
    func setPeriodSpan(_ session: Session, id: PeriodID, span: DateSpan) throws
    func bellSchedules(_ session: Session) throws -> [BellSummary]
    @discardableResult
    func setBell(_ session: Session, schedule: String, shift: Int, number: Int, times: LessonTimes?) throws -> LessonChangeCounts
    func subgroupRoster(_ session: Session, classID: ClassID, subjectID: SubjectID) throws -> SubgroupRoster
    func placeInSubgroup(_ session: Session, classID: ClassID, subjectID: SubjectID, pupil: PupilID, group: String) throws
    func setCurriculum(_ session: Session, classID: ClassID, subjectID: SubjectID, hoursPerWeek: Double, split: Bool) throws
}
