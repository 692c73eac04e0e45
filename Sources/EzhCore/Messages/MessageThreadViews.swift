import Foundation

/// A person in a thread, named as the other side needs: staff by name and initials with their
/// post, a parent by name, a pupil by name.
public struct MessageMember: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case staff, parent, pupil
    }

    public let account: AccountID
    public let name: PersonName
    public let role: Role

    public init(account: AccountID, name: PersonName, role: Role) {
        self.account = account
        self.name = name
        self.role = role
    }
}

/// A thread as a list shows it: what it is about, with whom, how many messages are unread.
public struct MessageThreadSummary: Sendable, Hashable, Identifiable {
    public let id: MessageThreadID
    public let kind: MessageThreadKind
    public let subject: String
    public let className: ClassName?
    /// The pupil a family thread is about.
    public let pupilName: PersonName?
    /// Everybody in the thread but the reader.
    public let others: [MessageMember]
    public let lastMessageAt: Date
    public let messageCount: Int
    /// Messages by others whose newest version the reader has not opened.
    public let unreadCount: Int

    public init(
        id: MessageThreadID, kind: MessageThreadKind, subject: String, className: ClassName?, pupilName: PersonName?,
        others: [MessageMember], lastMessageAt: Date, messageCount: Int, unreadCount: Int
    ) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.className = className
        self.pupilName = pupilName
        self.others = others
        self.lastMessageAt = lastMessageAt
        self.messageCount = messageCount
        self.unreadCount = unreadCount
    }
}

/// One text of a message: the first, or a correction (messages are never edited away).
public struct MessageVersion: Sendable, Hashable {
    public let number: Int
    public let body: String
    public let writtenAt: Date

    public init(number: Int, body: String, writtenAt: Date) {
        self.number = number
        self.body = body
        self.writtenAt = writtenAt
    }
}

/// Who opened which version of a message, and when.
public struct MessageReceipt: Sendable, Hashable {
    public let reader: MessageMember
    public let version: Int
    public let readAt: Date

    public init(reader: MessageMember, version: Int, readAt: Date) {
        self.reader = reader
        self.version = version
        self.readAt = readAt
    }
}

/// A message with all its versions, oldest first, and its read receipts.
public struct MessageEntry: Sendable, Hashable, Identifiable {
    public let id: MessageID
    public let author: MessageMember
    public let kind: MessageKind
    public let sentAt: Date
    public let versions: [MessageVersion]
    public let receipts: [MessageReceipt]

    public init(id: MessageID, author: MessageMember, kind: MessageKind, sentAt: Date, versions: [MessageVersion], receipts: [MessageReceipt]) {
        self.id = id
        self.author = author
        self.kind = kind
        self.sentAt = sentAt
        self.versions = versions
        self.receipts = receipts
    }

    /// The text as it stands now: the newest version.
    public var body: String { versions.last?.body ?? "" }
    public var isCorrected: Bool { versions.count > 1 }
    public var currentVersion: Int { versions.last?.number ?? 1 }

    /// The receipts of the current text.
    public var currentReceipts: [MessageReceipt] { receipts.filter { $0.version == currentVersion } }
}

/// A thread opened: its people and its messages, oldest first.
public struct MessageThread: Sendable, Hashable, Identifiable {
    public let id: MessageThreadID
    public let kind: MessageThreadKind
    public let subject: String
    public let className: ClassName?
    public let pupilName: PersonName?
    public let members: [MessageMember]
    public let messages: [MessageEntry]

    public init(
        id: MessageThreadID, kind: MessageThreadKind, subject: String, className: ClassName?, pupilName: PersonName?,
        members: [MessageMember], messages: [MessageEntry]
    ) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.className = className
        self.pupilName = pupilName
        self.members = members
        self.messages = messages
    }
}

/// What a new thread made: the threads written (one per family for a whole class) and the
/// pupils whose parents could not be written to because none of them has an account yet.
public struct MessageDelivery: Sendable, Hashable {
    public let threads: [MessageThreadID]
    public let unreachable: [PersonName]

    public init(threads: [MessageThreadID], unreachable: [PersonName]) {
        self.threads = threads
        self.unreachable = unreachable
    }
}

/// Whom the session may write to, for the compose form.
public struct MessageAddressBook: Sendable, Hashable {
    /// Staff: the classes whose families they write to.
    public let classes: [MessageClass]
    /// Parents and pupils: the staff of their children's (their own) classes.
    public let staff: [MessageStaffContact]
    public let writesToDeputy: Bool

    public init(classes: [MessageClass], staff: [MessageStaffContact], writesToDeputy: Bool) {
        self.classes = classes
        self.staff = staff
        self.writesToDeputy = writesToDeputy
    }
}

public struct MessageClass: Sendable, Hashable, Identifiable {
    public let id: ClassID
    public let name: ClassName

    public init(id: ClassID, name: ClassName) {
        self.id = id
        self.name = name
    }
}

/// A member of staff a family writes to, with what they do in the child's class.
public struct MessageStaffContact: Sendable, Hashable {
    public let staff: StaffID
    public let name: PersonName
    public let pupil: PupilID
    public let pupilName: PersonName
    public let className: ClassName
    public let isClassTeacher: Bool
    /// The subjects they teach in the class.
    public let subjects: [String]

    public init(
        staff: StaffID, name: PersonName, pupil: PupilID, pupilName: PersonName, className: ClassName, isClassTeacher: Bool,
        subjects: [String]
    ) {
        self.staff = staff
        self.name = name
        self.pupil = pupil
        self.pupilName = pupilName
        self.className = className
        self.isClassTeacher = isClassTeacher
        self.subjects = subjects
    }
}

/// A pupil's family in a class, as the compose form lists it.
public struct MessageFamily: Sendable, Hashable {
    public struct Parent: Sendable, Hashable {
        public let id: ParentID
        public let name: PersonName
        public let relation: String
        /// Without an account a parent cannot be written to.
        public let hasAccount: Bool

        public init(id: ParentID, name: PersonName, relation: String, hasAccount: Bool) {
            self.id = id
            self.name = name
            self.relation = relation
            self.hasAccount = hasAccount
        }
    }

    public let pupil: PupilID
    public let pupilName: PersonName
    public let parents: [Parent]

    public init(pupil: PupilID, pupilName: PersonName, parents: [Parent]) {
        self.pupil = pupil
        self.pupilName = pupilName
        self.parents = parents
    }
}
