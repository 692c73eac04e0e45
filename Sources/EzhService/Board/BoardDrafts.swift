import EzhCore

/// An announcement as its editor's form gives it.
public struct AnnouncementDraft: Sendable, Hashable {
    public let title: String
    public let body: String
    public let audience: AnnouncementAudience
    public let lastDay: LocalDate

    public init(title: String, body: String, audience: AnnouncementAudience, lastDay: LocalDate) {
        self.title = title
        self.body = body
        self.audience = audience
        self.lastDay = lastDay
    }
}

/// A class event as the class teacher's form gives it.
public struct ClassEventDraft: Sendable, Hashable {
    public let date: LocalDate
    /// «15:00», or empty for the whole day.
    public let time: String
    public let title: String
    public let place: String

    public init(date: LocalDate, time: String, title: String, place: String) {
        self.date = date
        self.time = time
        self.title = title
        self.place = place
    }
}

extension TextLimit {
    public static let announcementTitle = TextLimit("Заголовок объявления", "Announcement title", maximum: 200)
    public static let announcementBody = TextLimit("Текст объявления", "Announcement text", maximum: 4000)
    public static let eventTitle = TextLimit("Мероприятие", "Event", maximum: 200)
    public static let eventPlace = TextLimit("Место", "Place", maximum: 200)
}

extension BilingualText {
    static let announcement = BilingualText("объявление", "announcement")
    static let classEvent = BilingualText("мероприятие", "event")
}
