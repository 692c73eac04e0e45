import EzhCore
import EzhService

/// What the diary of parents and pupils needs of the journal.
public protocol DiaryBackend: AnyObject {
    func diaryPupils(_ session: Session) throws -> [DiaryPupil]
    func diary(_ session: Session, pupil: PupilID, period: PeriodID?, week: DateSpan?) throws -> Diary
    func diaryPeriods(_ session: Session, pupil: PupilID) throws -> [Period]
}
