import EzhCore
import EzhService

/// What the pupil lists and the movement form need of the journal: the classes whose lists the
/// person keeps, a class's list over its year (those who left included), the classes a pupil may
/// move to, and the movement itself.
public protocol MovementBackend: AnyObject {
    func pupilListClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)]
    func classRoster(_ session: Session, classID: ClassID) throws -> [ClassRosterEntry]
    func classesOfYear(of classID: ClassID) throws -> [(id: ClassID, name: ClassName)]
    func movePupil(_ session: Session, _ movement: PupilMovement) throws -> MovementOutcome
}
