import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// Threads held in memory for the messages screens: members by account, every message with its
/// versions and receipts, and the service's one rule the screens rely on (only members read a
/// thread). `written` records each write the screens asked for.
final class FakeMessages {
    struct StoredThread {
        let summary: (kind: MessageThreadKind, subject: String, className: ClassName?, pupilName: PersonName?)
        var members: [MessageMember]
        var messages: [MessageEntry] = []
    }

    static let teacher = MessageMember(account: AccountID(1), name: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"), role: .staff)
    static let parent = MessageMember(account: AccountID(3), name: PersonName(last: "Иванова", first: "Ольга", patronymic: "Петровна"), role: .parent)
    static let deputy = MessageMember(account: AccountID(2), name: PersonName(last: "Завучева", first: "Ольга", patronymic: "Ивановна"), role: .staff)

    var threads: [MessageThreadID: StoredThread] = [:]
    var written: [String] = []
    private var nextMessage: Int64 = 1

    /// A thread from the class teacher to Мария's mother, as sent at `at`.
    @discardableResult
    func seedThread(subject: String = "Контрольная", body: String, at: Date) -> MessageThreadID {
        let id = MessageThreadID(Int64(threads.count + 1))
        threads[id] = StoredThread(summary: (.family, subject, ClassName(grade: 5, letter: "А"), FakePeople.maria.name),
                                   members: [Self.teacher, Self.parent])
        add(body, by: Self.teacher, to: id, at: at)
        return id
    }

    func add(_ body: String, by author: MessageMember, to thread: MessageThreadID, at: Date, kind: MessageKind = .message) {
        let message = MessageEntry(
            id: MessageID(nextMessage), author: author, kind: kind, sentAt: at,
            versions: [MessageVersion(number: 1, body: body, writtenAt: at)],
            receipts: [MessageReceipt(reader: author, version: 1, readAt: at)]
        )
        nextMessage += 1
        threads[thread]?.messages.append(message)
    }

    func unread(_ thread: StoredThread, for account: AccountID) -> Int {
        thread.messages.filter { message in
            message.author.account != account && !message.receipts.contains { $0.reader.account == account && $0.version == message.currentVersion }
        }.count
    }
}

extension FakeJournal: MessagesBackend {
    private func visible(_ session: Session) -> [(MessageThreadID, FakeMessages.StoredThread)] {
        messages.threads.filter { $0.value.members.contains { $0.account == session.accountID } }.sorted { $0.key > $1.key }
    }

    func unreadMessageCount(_ session: Session) throws -> Int {
        visible(session).reduce(0) { $0 + messages.unread($1.1, for: session.accountID) }
    }

    func messageThreads(_ session: Session) throws -> [MessageThreadSummary] {
        visible(session).map { id, thread in
            MessageThreadSummary(
                id: id, kind: thread.summary.kind, subject: thread.summary.subject, className: thread.summary.className,
                pupilName: thread.summary.pupilName, others: thread.members.filter { $0.account != session.accountID },
                lastMessageAt: thread.messages.last?.sentAt ?? now(), messageCount: thread.messages.count,
                unreadCount: messages.unread(thread, for: session.accountID)
            )
        }
    }

    func openMessageThread(_ session: Session, _ id: MessageThreadID) throws -> MessageThread {
        guard var thread = messages.threads[id], let reader = thread.members.first(where: { $0.account == session.accountID }) else {
            throw JournalError.notFound(BilingualText("переписка", "message thread"))
        }
        thread.messages = thread.messages.map { message in
            guard !message.receipts.contains(where: { $0.reader.account == reader.account && $0.version == message.currentVersion }) else { return message }
            return MessageEntry(id: message.id, author: message.author, kind: message.kind, sentAt: message.sentAt, versions: message.versions,
                                receipts: message.receipts + [MessageReceipt(reader: reader, version: message.currentVersion, readAt: now())])
        }
        messages.threads[id] = thread
        return MessageThread(
            id: id, kind: thread.summary.kind, subject: thread.summary.subject, className: thread.summary.className,
            pupilName: thread.summary.pupilName, members: thread.members, messages: thread.messages
        )
    }

    func messageAddressBook(_ session: Session) throws -> MessageAddressBook {
        if session.has(.parent) || session.has(.pupil) {
            return MessageAddressBook(classes: [], staff: [MessageStaffContact(
                staff: StaffID(1), name: FakeMessages.teacher.name, pupil: FakePeople.maria.id, pupilName: FakePeople.maria.name,
                className: FakePeople.maria.className, isClassTeacher: true, subjects: ["Математика"]
            )], writesToDeputy: false)
        }
        return MessageAddressBook(classes: [MessageClass(id: ClassID(1), name: ClassName(grade: 5, letter: "А"))], staff: [],
                                  writesToDeputy: !session.has(.deputy))
    }

    func messageFamilies(_ session: Session, classID: ClassID) throws -> [MessageFamily] {
        [
            MessageFamily(pupil: FakePeople.maria.id, pupilName: FakePeople.maria.name, parents: [
                .init(id: ParentID(1), name: FakeMessages.parent.name, relation: "мать", hasAccount: true),
            ]),
            MessageFamily(pupil: PupilID(4), pupilName: PersonName(last: "Петров", first: "Илья"), parents: [
                .init(id: ParentID(2), name: PersonName(last: "Петров", first: "Олег", patronymic: "Ильич"), relation: "отец", hasAccount: false),
            ]),
        ]
    }

    func startMessageThread(_ session: Session, to addressee: MessageAddressee, subject: String, body: String) throws -> MessageDelivery {
        guard !body.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(TextLimit.messageBody), problem: BilingualText("сообщение пустое: напишите текст", "empty"))
        }
        messages.written.append("start \(addressee) «\(subject)» «\(body)»")
        let author = [FakeMessages.teacher, FakeMessages.parent, FakeMessages.deputy].first { $0.account == session.accountID } ?? FakeMessages.teacher
        let id = MessageThreadID(Int64(messages.threads.count + 1))
        let other = author.role == .parent ? FakeMessages.teacher : FakeMessages.parent
        messages.threads[id] = FakeMessages.StoredThread(summary: (.family, subject, ClassName(grade: 5, letter: "А"), FakePeople.maria.name),
                                                         members: [author, other])
        messages.add(body, by: author, to: id, at: now())
        return MessageDelivery(threads: [id], unreachable: [])
    }

    func replyToMessageThread(_ session: Session, _ thread: MessageThreadID, body: String) throws -> MessageID {
        guard let author = messages.threads[thread]?.members.first(where: { $0.account == session.accountID }) else {
            throw JournalError.notFound(BilingualText("переписка", "message thread"))
        }
        messages.written.append("reply \(thread) «\(body)»")
        messages.add(body, by: author, to: thread, at: now())
        return messages.threads[thread]!.messages.last!.id
    }

    func correctMessage(_ session: Session, _ message: MessageID, body: String) throws {
        messages.written.append("correct \(message) «\(body)»")
        for (id, thread) in messages.threads {
            guard let index = thread.messages.firstIndex(where: { $0.id == message }) else { continue }
            let old = thread.messages[index]
            let version = MessageVersion(number: old.currentVersion + 1, body: body, writtenAt: now())
            messages.threads[id]?.messages[index] = MessageEntry(
                id: old.id, author: old.author, kind: old.kind, sentAt: old.sentAt, versions: old.versions + [version],
                receipts: old.receipts + [MessageReceipt(reader: old.author, version: version.number, readAt: now())]
            )
        }
    }
}
