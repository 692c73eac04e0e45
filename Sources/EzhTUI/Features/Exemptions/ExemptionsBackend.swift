import EzhCore
import EzhService

/// What the exemptions screen needs: a pupil's exemptions, the subjects to choose from, and
/// recording or ending one.
public protocol ExemptionsBackend: AnyObject {
    func exemptions(_ session: Session, pupil: PupilID) throws -> [Exemption]
    func exemptionSubjectChoices(_ session: Session) throws -> [ExemptionSubject]
    @discardableResult
    func addExemption(_ session: Session, _ draft: ExemptionDraft) throws -> ExemptionID
    func endExemption(_ session: Session, _ id: ExemptionID, lastDay: LocalDate) throws
}
