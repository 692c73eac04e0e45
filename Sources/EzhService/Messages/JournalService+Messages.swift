import EzhCore
import Foundation
internal import EzhStore

/// Threads and messages: reading them, with read receipts, and the counts of unread ones.
/// A thread is read only by its members (a parent or a pupil only while the thread's pupil is
/// their child, or themself); every read of one is an access-log entry, and opening it records
/// who read which version when.
extension JournalService {
    static let threadWord = BilingualText("переписка", "message thread")
    static let messageWord = BilingualText("сообщение", "message")

    /// Unread messages across the session's threads: the home screens' count. Only a number,
    /// so not a read of anybody's data; idle terminals ask it every few seconds, so it checks
    /// only that the account is still enabled, not the whole of its reach.
    public func unreadMessageCount(_ session: Session) throws -> Int {
        try read { db in
            guard let account = try AccountQueries.account(id: session.accountID, db), !account.isDisabled else {
                throw JournalError.notSignedIn
            }
            return try MessageQueries.unreadCount(for: session.accountID, db)
        }
    }

    /// The session's threads, the latest first, each with its unread count.
    public func messageThreads(_ session: Session) throws -> [MessageThreadSummary] {
        try loggedRead(session, .read, object: "переписка: список") { db in
            _ = try viewer(for: session, db)
            return try MessageQueries.threads(for: session.accountID, db)
        }
    }

    /// Opens a thread: its messages with every version and receipt. The reader's receipts of
    /// the current versions and the access-log entry are written in the same short transaction;
    /// a thread the session may not read is refused like one that does not exist, and leaves
    /// nothing behind.
    public func openMessageThread(_ session: Session, _ id: MessageThreadID) throws -> MessageThread {
        try translatingWrite { db in
            _ = try viewer(for: session, db)
            guard try MessageQueries.isVisible(id, to: session.accountID, db) else { throw JournalError.notFound(Self.threadWord) }
            let at = clock.now()
            try MessageWrites.markThreadRead(id, reader: session.accountID, at: at, db)
            guard let thread = try MessageQueries.thread(id, db) else { throw JournalError.notFound(Self.threadWord) }
            let scope = try MessageQueries.threadScope(id, db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(at), accountID: session.accountID, login: session.login,
                role: session.roleLabel, terminal: terminal.label, action: AuditAction.read.rawValue,
                object: "переписка № \(id)", classID: scope?.classID
            ), db)
            return thread
        }
    }

    /// Whom the session may write to: the classes whose families a member of staff writes to,
    /// the staff of a parent's children's classes (a pupil's own class), and the deputy.
    public func messageAddressBook(_ session: Session) throws -> MessageAddressBook {
        let today = today()
        return try read { db in
            let viewer = try viewer(for: session, db)
            let classes = try MessageAddressQueries.classes(on: today, db).filter {
                MessageAccess.writesToFamilies(of: $0.id, viewer: viewer)
            }
            var staff: [MessageStaffContact] = []
            for child in try familyPupils(session, today, db) {
                staff += try MessageAddressQueries.classStaff(of: child.classID, db).map {
                    MessageStaffContact(
                        staff: $0.staff, name: $0.name, pupil: child.id, pupilName: child.name, className: child.className,
                        isClassTeacher: $0.isClassTeacher, subjects: $0.subjects
                    )
                }
            }
            return MessageAddressBook(classes: classes, staff: staff, writesToDeputy: MessageAccess.writesToDeputy(viewer: viewer))
        }
    }

    /// The families of a class the session writes to: each pupil with their parents and
    /// whether each parent has an account to be written to.
    public func messageFamilies(_ session: Session, classID: ClassID) throws -> [MessageFamily] {
        let today = today()
        return try loggedRead(session, .read, object: "переписка: семьи класса",
                              scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)) { db in
            let viewer = try viewer(for: session, db)
            guard MessageAccess.writesToFamilies(of: classID, viewer: viewer) else { throw Self.notYourClassFamilies }
            return try MessageAddressQueries.families(of: classID, on: today, db)
        }
    }

    /// The children whose staff a parent writes to, or the pupil themself.
    func familyPupils(_ session: Session, _ day: LocalDate, _ db: StoreTransaction) throws -> [DiaryQueries.PupilRef] {
        guard let account = try AccountQueries.account(id: session.accountID, db) else { throw JournalError.notSignedIn }
        if let parent = account.parentID { return try DiaryQueries.children(of: parent, on: day, db) }
        if let pupil = account.pupilID { return try DiaryQueries.pupil(pupil, on: day, db).map { [$0] } ?? [] }
        return []
    }

    static let notYourClassFamilies = JournalError.accessDenied(BilingualText(
        "писать родителям этого класса могут его классный руководитель, учителя, которые в нём ведут предметы, завуч и директор",
        "the families of this class are written to by its class teacher, the teachers of its subjects, the deputy and the director"
    ))
}
