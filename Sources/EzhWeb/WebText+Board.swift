import EzhCore
import Foundation

/// The texts of the school's board on the web: announcements and the classes' events.
extension WebText {
    private func ruEn(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var news: String { ruEn("Новости", "News") }
    var events: String { ruEn("События", "Events") }
    var announcements: String { ruEn("Объявления", "Announcements") }
    var noAnnouncements: String { ruEn("Объявлений сейчас нет.", "No announcements at the moment.") }
    var noEventsInMonth: String { ruEn("В этом месяце мероприятий нет.", "No events this month.") }
    var allDay: String { ruEn("весь день", "all day") }
    var past: String { ruEn("прошло", "past") }
    var today: String { ruEn("сегодня", "today") }
    /// «← Октябрь», short enough for one line on a phone beside the next month's link.
    func previousMonth(_ month: LocalDate) -> String { "← " + monthOnly(month) }
    func nextMonth(_ month: LocalDate) -> String { monthOnly(month) + " →" }
    var allEvents: String { ruEn("Все события месяца", "All the month's events") }
    var readAnnouncements: String { ruEn("Читать объявления", "Read the announcements") }

    /// «Сообщения (2)»: the tab's title with the unread count, as on the terminals' home screen.
    func messagesTab(unread: Int) -> String { unread > 0 ? "\(messages) (\(unread))" : messages }

    func shownUntil(_ day: LocalDate) -> String { ruEn("до \(day.russian)", "until \(day.russian)") }

    func posted(_ day: LocalDate, by author: String) -> String {
        author.isEmpty ? day.russian : "\(day.russian), \(author)"
    }

    /// «События класса 5А в ноябре 2026»
    func classEventsTitle(_ className: String, month: LocalDate) -> String {
        ruEn("События \(className) · \(monthName(month))", "\(className) events · \(monthName(month))")
    }

    /// «ноябрь 2026», "November 2026".
    func monthName(_ day: LocalDate) -> String {
        "\(language == .ru ? Self.ruMonths[monthIndex(day)] : Self.enMonths[monthIndex(day)]) \(day.year)"
    }

    /// «Октябрь», "October".
    private func monthOnly(_ day: LocalDate) -> String {
        language == .ru ? Self.ruMonths[monthIndex(day)].capitalized : Self.enMonths[monthIndex(day)]
    }

    private func monthIndex(_ day: LocalDate) -> Int { max(0, min(11, day.month - 1)) }

    private static let ruMonths = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
    private static let enMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}
