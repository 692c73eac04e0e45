import EzhCore
import EzhService

/// What the lesson card needs of the journal: the card, its topic and homework, and that
/// everyone was there.
public protocol LessonCardBackend: AnyObject {
    func lessonCard(_ session: Session, lesson: LessonID) throws -> LessonCard
    /// Writes a lesson's topic or homework if it still has `seen`, the text the card showed.
    func setTopic(_ session: Session, lesson: LessonID, topic: String, replacing seen: String) throws -> BilingualText?
    func setHomework(_ session: Session, lesson: LessonID, homework: String, replacing seen: String) throws -> BilingualText?
    func confirmAttendance(_ session: Session, lesson: LessonID) throws
}
