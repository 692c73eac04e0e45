import EzhCore

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
    var previousMonth: String { ruEn("← Прошлый месяц", "← Previous month") }
    var nextMonth: String { ruEn("Следующий месяц →", "Next month →") }
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
        let ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let index = max(0, min(11, day.month - 1))
        return "\(language == .ru ? ru[index] : en[index]) \(day.year)"
    }
}
