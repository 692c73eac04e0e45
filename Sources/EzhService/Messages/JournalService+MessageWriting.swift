import EzhCore
import Foundation
internal import EzhStore

/// Writing messages: a new thread, a reply, a correction (a new version: nothing is edited
/// away), and a message to a family's thread (the notices' way in). Each write records its
/// history rows and access-log entries in the same transaction.
extension JournalService {
    /// Starts a thread (one per family when written to a whole class) with its first message.
    @discardableResult
    public func startMessageThread(
        _ session: Session, to addressee: MessageAddressee, subject: String, body: String
    ) throws -> MessageDelivery {
        let subject = try Self.messageSubject(subject)
        let body = try Self.messageBody(body)
        let today = today()
        return try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            switch addressee {
            case .parent(let parent, let pupil):
                let child = try staffReachablePupil(pupil, viewer, today, db)
                guard try MessageAddressQueries.isParent(parent, of: pupil, db) else {
                    throw JournalError.notFound(BilingualText("родитель этого ученика", "this pupil's parent"))
                }
                let accounts = try MessageAddressQueries.parentAccounts(of: pupil, only: parent, db)
                guard !accounts.isEmpty else { throw Self.parentsWithoutAccounts(child.name) }
                let thread = try makeThread(.family, subject, child.classID, pupil, members: accounts, body, .message, stamp, db)
                return MessageDelivery(threads: [thread], unreachable: [])
            case .family(let pupil):
                let child = try staffReachablePupil(pupil, viewer, today, db)
                let accounts = try MessageAddressQueries.parentAccounts(of: pupil, db)
                guard !accounts.isEmpty else { throw Self.parentsWithoutAccounts(child.name) }
                let thread = try makeThread(.family, subject, child.classID, pupil, members: accounts, body, .message, stamp, db)
                return MessageDelivery(threads: [thread], unreachable: [])
            case .classFamilies(let classID):
                guard MessageAccess.writesToFamilies(of: classID, viewer: viewer) else { throw Self.notYourClassFamilies }
                var threads: [MessageThreadID] = []
                var unreachable: [PersonName] = []
                for family in try MessageAddressQueries.families(of: classID, on: today, db) {
                    let accounts = try MessageAddressQueries.parentAccounts(of: family.pupil, db)
                    if accounts.isEmpty {
                        unreachable.append(family.pupilName)
                    } else {
                        threads.append(try makeThread(.family, subject, classID, family.pupil, members: accounts, body, .message, stamp, db))
                    }
                }
                guard !threads.isEmpty else {
                    throw JournalError.invalidInput(field: Self.recipientsField, problem: BilingualText(
                        "ни у одного родителя класса нет учётной записи: выдайте их в разделе «Учётные записи»",
                        "no parent in the class has an account: issue them under «Accounts»"
                    ))
                }
                return MessageDelivery(threads: threads, unreachable: unreachable)
            case .deputy:
                guard MessageAccess.writesToDeputy(viewer: viewer) else {
                    throw JournalError.accessDenied(BilingualText("писать завучу могут сотрудники школы", "members of staff write to the deputy"))
                }
                let deputies = try MessageAddressQueries.deputyAccounts(db)
                guard !deputies.isEmpty else {
                    throw JournalError.invalidInput(field: Self.recipientsField, problem: BilingualText(
                        "в школе нет учётной записи завуча", "the school has no deputy's account"
                    ))
                }
                let thread = try makeThread(.staff, subject, nil, nil, members: deputies, body, .message, stamp, db)
                return MessageDelivery(threads: [thread], unreachable: [])
            case .staff(let staff, let pupil):
                guard let child = try familyPupils(session, today, db).first(where: { $0.id == pupil }) else {
                    throw JournalError.accessDenied(BilingualText(
                        "родитель пишет учителям классов только своих детей", "a parent writes only to the staff of their own children's classes"
                    ))
                }
                guard try MessageAddressQueries.classStaff(of: child.classID, db).contains(where: { $0.staff == staff }) else {
                    throw JournalError.accessDenied(BilingualText(
                        "этот сотрудник не ведёт класс \(child.className)", "this member of staff does not teach class \(child.className)"
                    ))
                }
                guard let account = try MessageAddressQueries.staffAccount(staff, db) else {
                    throw JournalError.invalidInput(field: Self.recipientsField, problem: BilingualText(
                        "у этого сотрудника нет учётной записи в журнале", "this member of staff has no account in the journal"
                    ))
                }
                let thread = try makeThread(.family, subject, child.classID, pupil, members: [account], body, .message, stamp, db)
                return MessageDelivery(threads: [thread], unreachable: [])
            }
        }
    }

    /// A reply in a thread the session reads.
    @discardableResult
    public func replyToMessageThread(_ session: Session, _ thread: MessageThreadID, body: String) throws -> MessageID {
        let body = try Self.messageBody(body)
        return try write(session) { db, stamp in
            _ = try viewer(for: session, db)
            guard try MessageQueries.isVisible(thread, to: session.accountID, db) else { throw JournalError.notFound(Self.threadWord) }
            return try appendMessage(thread, body, .message, stamp, db)
        }
    }

    /// Corrects one's own message: the new text is a new version, the old ones stay and the
    /// thread shows them; readers see it as unread again.
    public func correctMessage(_ session: Session, _ message: MessageID, body: String) throws {
        let body = try Self.messageBody(body)
        try write(session) { db, stamp in
            _ = try viewer(for: session, db)
            guard let stored = try MessageQueries.message(message, db),
                  try MessageQueries.isVisible(stored.thread, to: session.accountID, db)
            else { throw JournalError.notFound(Self.messageWord) }
            guard stored.author == session.accountID else {
                throw JournalError.accessDenied(BilingualText("исправить сообщение может только его автор", "only its author corrects a message"))
            }
            let version = stored.version + 1
            try MessageWrites.insertVersion(of: message, number: version, body: body, at: stamp.at, db)
            try MessageWrites.insertReceipt(message, version: version, reader: session.accountID, at: stamp.at, db)
            let scope = try MessageQueries.threadScope(stored.thread, db)
            try ChangeLog.record(stamp.change(
                entity: "message", key: Self.messageKey(stored.thread, message), field: "version",
                from: String(stored.version), to: String(version),
                scope: Self.threadScope(scope?.classID)
            ), in: db)
        }
    }

    /// A message from a member of staff to a pupil's family: added to the newest thread the
    /// session started with that family, or to a new one. Notices reach the parents this way.
    @discardableResult
    public func writeToFamily(
        _ session: Session, pupil: PupilID, subject: String, body: String, kind: MessageKind = .message
    ) throws -> MessageThreadID {
        let subject = try Self.messageSubject(subject)
        let body = try Self.messageBody(body)
        return try write(session) { db, stamp in
            try writeToFamily(session, pupil: pupil, subject: subject, body: body, kind: kind, db, stamp)
        }
    }

    /// The same inside a write transaction already open (a notice sent together with its own
    /// state); `subject` and `body` are checked by the caller with `messageSubject`/`messageBody`.
    func writeToFamily(
        _ session: Session, pupil: PupilID, subject: String, body: String, kind: MessageKind, _ db: StoreTransaction, _ stamp: ChangeStamp
    ) throws -> MessageThreadID {
        let viewer = try viewer(for: session, db)
        let child = try staffReachablePupil(pupil, viewer, today(), db)
        let accounts = try MessageAddressQueries.parentAccounts(of: pupil, db)
        guard !accounts.isEmpty else { throw Self.parentsWithoutAccounts(child.name) }
        if let thread = try MessageQueries.familyThread(startedBy: session.accountID, pupil: pupil, db) {
            for account in accounts { try MessageWrites.addMember(account, to: thread, at: stamp.at, db) }
            _ = try appendMessage(thread, body, kind, stamp, db)
            return thread
        }
        return try makeThread(.family, subject, child.classID, pupil, members: accounts, body, kind, stamp, db)
    }

    // MARK: - Steps

    private func makeThread(
        _ kind: MessageThreadKind, _ subject: String, _ classID: ClassID?, _ pupil: PupilID?, members: [AccountID], _ body: String,
        _ messageKind: MessageKind, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> MessageThreadID {
        let thread = try MessageWrites.insertThread(
            kind: kind, subject: subject, classID: classID, pupil: pupil, startedBy: stamp.account, at: stamp.at, db
        )
        let everyone = [stamp.account] + members.filter { $0 != stamp.account }
        for account in everyone { try MessageWrites.addMember(account, to: thread, at: stamp.at, db) }
        try ChangeLog.record(stamp.change(
            entity: "message_thread", key: "thread=\(thread)", field: "members", from: nil,
            to: everyone.map { "account=\($0)" }.joined(separator: ","),
            scope: Self.threadScope(classID)
        ), in: db)
        _ = try appendMessage(thread, body, messageKind, stamp, db)
        return thread
    }

    private func appendMessage(
        _ thread: MessageThreadID, _ body: String, _ kind: MessageKind, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> MessageID {
        let message = try MessageWrites.insertMessage(in: thread, author: stamp.account, kind: kind, body: body, at: stamp.at, db)
        let scope = try MessageQueries.threadScope(thread, db)
        // The history names the message and its version; the text itself stays in the thread.
        try ChangeLog.record(stamp.change(
            entity: "message", key: Self.messageKey(thread, message), field: kind == .notice ? "notice" : "version",
            from: nil, to: "1", scope: Self.threadScope(scope?.classID)
        ), in: db)
        return message
    }

    /// A pupil of a class whose families the member of staff writes to.
    private func staffReachablePupil(
        _ pupil: PupilID, _ viewer: Viewer, _ day: LocalDate, _ db: StoreTransaction
    ) throws -> DiaryQueries.PupilRef {
        guard let child = try DiaryQueries.pupil(pupil, on: day, db) else {
            throw JournalError.notFound(BilingualText("ученик, который сейчас учится в школе", "a pupil now at the school"))
        }
        guard MessageAccess.writesToFamilies(of: child.classID, viewer: viewer) else { throw Self.notYourClassFamilies }
        return child
    }

    static func messageKey(_ thread: MessageThreadID, _ message: MessageID) -> String { "thread=\(thread);message=\(message)" }

    /// A thread's changes are scoped to its class (a staff thread has none).
    static func threadScope(_ classID: ClassID?) -> ChangeScope? {
        classID.map { ChangeScope(classID: $0, subjectID: nil, lessonDate: nil) }
    }

    static let recipientsField = BilingualText("Кому", "To")

    static func parentsWithoutAccounts(_ pupil: PersonName) -> JournalError {
        JournalError.invalidInput(field: recipientsField, problem: BilingualText(
            "у родителей ученика \(pupil.withInitials) нет учётной записи: выдайте её в разделе «Учётные записи»",
            "the parents of \(pupil.withInitials) have no account: issue one under «Accounts»"
        ))
    }

    /// A subject line: one line, not empty, not endless.
    static func messageSubject(_ text: String) throws -> String {
        let subject = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        try TextLimit.messageSubject.check(subject)
        guard !subject.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(TextLimit.messageSubject), problem: BilingualText(
                "напишите тему сообщения", "type the message's subject"
            ))
        }
        return subject
    }

    /// A message's text: lines kept, ends trimmed, not empty, not endless.
    static func messageBody(_ text: String) throws -> String {
        let body = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        try TextLimit.messageBody.check(body)
        guard !body.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(TextLimit.messageBody), problem: BilingualText(
                "сообщение пустое: напишите текст", "the message is empty: type its text"
            ))
        }
        return body
    }
}
