import EzhCore
import Foundation

/// A notice to a pupil's parents as the class teacher reviews it: why it was prepared, its text
/// (the prepared one or as edited), and whether it is still waiting, sent or set aside.
public struct ParentNotice: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable {
        case draft
        case sent
        case dismissed
    }

    public let id: Int64
    public let pupil: PupilID
    public let pupilName: PersonName
    /// The first day of the round it was prepared in.
    public let roundStart: LocalDate
    /// «Математика 2.33; НП: 5».
    public let reasons: String
    public let text: String
    public let state: State
    public let sentAt: Date?
    public let sentBy: PersonName?

    public init(
        id: Int64, pupil: PupilID, pupilName: PersonName, roundStart: LocalDate, reasons: String, text: String, state: State,
        sentAt: Date? = nil, sentBy: PersonName? = nil
    ) {
        self.id = id
        self.pupil = pupil
        self.pupilName = pupilName
        self.roundStart = roundStart
        self.reasons = reasons
        self.text = text
        self.state = state
        self.sentAt = sentAt
        self.sentBy = sentBy
    }
}

/// A class's notices: those waiting for review first, then what was sent or set aside in the
/// current period.
public struct ClassNotices: Sendable, Hashable {
    public let classID: ClassID
    public let className: ClassName
    public let notices: [ParentNotice]
    public let settings: NoticeSettings
    /// The round now under way; nil when the school prepares no notices.
    public let round: LocalDate?

    public init(classID: ClassID, className: ClassName, notices: [ParentNotice], settings: NoticeSettings, round: LocalDate?) {
        self.classID = classID
        self.className = className
        self.notices = notices
        self.settings = settings
        self.round = round
    }

    public var waiting: Int { notices.filter { $0.state == .draft }.count }
}

/// How many notices a class teacher sent for a class in a span, for the deputy's control report.
public struct NoticeCount: Sendable, Hashable {
    public let classID: ClassID
    public let className: ClassName
    public let teacher: PersonName?
    public let sent: Int

    public init(classID: ClassID, className: ClassName, teacher: PersonName?, sent: Int) {
        self.classID = classID
        self.className = className
        self.teacher = teacher
        self.sent = sent
    }
}

extension TextLimit {
    public static let noticeText = TextLimit("Текст уведомления", "Notice text", maximum: 4000)
}

extension BilingualText {
    static let notice = BilingualText("Уведомление", "Notice")
}
