import EzhCore
import EzhService

/// What the pupil's card needs of the journal: the pupil's data and parents, and saving them as
/// one row of an import would (the same checks and history).
public protocol PupilCardBackend: AnyObject {
    func pupilCard(_ session: Session, pupil: PupilID) throws -> PupilCard
    @discardableResult
    func editPupil(_ session: Session, pupil: PupilID, _ details: PupilDetails) throws -> Bool
    @discardableResult
    func saveParent(_ session: Session, pupil: PupilID, _ parent: ParentContact) throws -> Bool
    func siblingParents(_ session: Session, personalFile: String) throws -> [ParentContact]
    @discardableResult
    func linkParent(_ session: Session, pupil: PupilID, parent: ParentID, relation: String) throws -> Bool
    func unlinkParent(_ session: Session, pupil: PupilID, parent: ParentID) throws
}
