import EzhCore
import EzhService

/// What the notices, announcements and class events screens, and the home screens' board, need
/// of the journal.
public protocol NoticesBackend: AnyObject {
    func classNotices(_ session: Session, classID: ClassID) throws -> ClassNotices
    func editNotice(_ session: Session, notice id: Int64, text: String) throws
    func sendNotice(_ session: Session, notice id: Int64, text: String) throws
    func dismissNotice(_ session: Session, notice id: Int64, reason: String) throws

    func postAnnouncement(_ session: Session, _ draft: AnnouncementDraft) throws -> Int64
    func editAnnouncement(_ session: Session, id: Int64, _ draft: AnnouncementDraft) throws
    func removeAnnouncement(_ session: Session, id: Int64) throws
    func postedAnnouncements(_ session: Session) throws -> [Announcement]
    func announcementClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)]
    func currentAnnouncements(_ session: Session) throws -> [Announcement]

    func addClassEvent(_ session: Session, classID: ClassID, _ draft: ClassEventDraft) throws -> Int64
    func editClassEvent(_ session: Session, id: Int64, _ draft: ClassEventDraft) throws
    func removeClassEvent(_ session: Session, id: Int64) throws
    func classEvents(_ session: Session, classID: ClassID, monthOf day: LocalDate) throws -> [ClassEvent]
    func upcomingClassEvents(_ session: Session) throws -> [ClassEvent]
}
