import EzhCore
import EzhService

/// What the messages screens need of the journal: threads, their messages with receipts, the
/// unread count of the home screens, and writing.
public protocol MessagesBackend: AnyObject {
    func unreadMessageCount(_ session: Session) throws -> Int
    func messageThreads(_ session: Session) throws -> [MessageThreadSummary]
    func openMessageThread(_ session: Session, _ id: MessageThreadID) throws -> MessageThread
    func messageAddressBook(_ session: Session) throws -> MessageAddressBook
    func messageFamilies(_ session: Session, classID: ClassID) throws -> [MessageFamily]
    @discardableResult
    func startMessageThread(_ session: Session, to addressee: MessageAddressee, subject: String, body: String) throws -> MessageDelivery
    @discardableResult
    func replyToMessageThread(_ session: Session, _ thread: MessageThreadID, body: String) throws -> MessageID
    func correctMessage(_ session: Session, _ message: MessageID, body: String) throws
}
