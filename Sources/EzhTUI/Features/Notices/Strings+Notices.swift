import EzhCore
import EzhService

/// The texts of the notices, announcements and class events screens, and of the home screens' board.
extension Strings {
    // MARK: Notices

    public func noticesTitle(_ className: ClassName) -> String { ruEn("Уведомления родителям \(className)", "Notices to parents \(className)") }

    public func noticesHeader(_ notices: ClassNotices) -> String {
        let settings = notices.settings
        let rule = ruEn("средний балл ниже \(MarkAverages.format(settings.passLine)) или НП больше \(settings.unexcusedThreshold) за период",
                        "average below \(MarkAverages.format(settings.passLine)) or more than \(settings.unexcusedThreshold) НП in the period")
        guard let round = notices.round else { return ruEn("Школа не готовит уведомления (настройка notices.schedule = off)",
                                                           "The school prepares no notices (setting notices.schedule = off)") }
        return ruEn("Ждут проверки: \(notices.waiting) · подготовлены \(round.dayMonth) · \(rule)",
                    "Waiting for review: \(notices.waiting) · prepared \(round.dayMonth) · \(rule)")
    }

    public var noNotices: String {
        ruEn("Уведомлений нет: ни у кого нет среднего балла ниже порога и пропусков без причины сверх порога",
             "No notices: nobody's average is below the line nor their unexcused absences above the threshold")
    }

    /// `sentOn` is the school's day the notice was sent.
    public func noticeLine(_ notice: ParentNotice, sentOn: LocalDate?) -> String {
        let state: String = switch notice.state {
        case .draft: ruEn("ждёт", "waiting")
        case .sent: ruEn("отправлено", "sent") + (sentOn.map { " " + $0.dayMonth } ?? "")
        case .dismissed: ruEn("не отправлено", "set aside")
        }
        return "\(TextFitting.fit(notice.pupilName.lastAndFirst, width: 26)) \(TextFitting.fit(state, width: 16)) \(notice.reasons)"
    }

    public func noticeTextTitle(_ pupil: PersonName) -> String { ruEn("Текст уведомления: \(pupil.lastAndFirst)", "Notice text: \(pupil.lastAndFirst)") }
    public func sendNoticeTitle(_ pupil: PersonName) -> String {
        ruEn("Отправить родителям: \(pupil.lastAndFirst)?", "Send to the parents of \(pupil.lastAndFirst)?")
    }
    public var sendNoticeHint: String {
        ruEn("Родители получат этот текст в сообщениях. Проверьте его.", "The parents get this text in their messages. Check it.")
    }
    public func noticeSent(_ pupil: PersonName) -> String {
        ruEn("Отправлено родителям: \(pupil.lastAndFirst)", "Sent to the parents: \(pupil.lastAndFirst)")
    }
    public var noticeSaved: String { ruEn("Текст сохранён; уведомление ещё не отправлено", "Text saved; the notice is not sent yet") }
    public var dismissReasonTitle: String { ruEn("Почему не отправлять", "Why not send it") }
    public func noticeDismissed(_ pupil: PersonName) -> String {
        ruEn("Не отправляется: \(pupil.lastAndFirst)", "Set aside: \(pupil.lastAndFirst)")
    }
    public var noticeNotWaiting: String { ruEn("Это уведомление уже не ждёт отправки", "This notice is no longer waiting") }

    // MARK: Announcements

    public var announcementsTitle: String { ruEn("Объявления", "Announcements") }
    public var noAnnouncements: String { ruEn("Объявлений нет. Написать новое — F2.", "No announcements. F2 posts one.") }

    public func announcementLine(_ announcement: Announcement, today: LocalDate, classes: [ClassID: ClassName]) -> String {
        let until = announcement.lastDay < today ? ruEn("кончилось \(announcement.lastDay.dayMonth)", "ended \(announcement.lastDay.dayMonth)")
            : ruEn("до \(announcement.lastDay.dayMonth)", "until \(announcement.lastDay.dayMonth)")
        return "\(TextFitting.fit(announcement.title, width: 28)) \(TextFitting.fit(until, width: 15)) \(audience(announcement.audience, classes: classes))"
    }

    /// «родители · 5, 6 параллели · 7А» or «все».
    public func audience(_ audience: AnnouncementAudience, classes: [ClassID: ClassName]) -> String {
        var parts: [String] = []
        if !audience.roles.isEmpty { parts.append(audience.roles.sorted().map(roleName).joined(separator: ", ")) }
        if !audience.grades.isEmpty { parts.append(ruEn("параллели ", "grades ") + audience.grades.sorted().map(String.init).joined(separator: ", ")) }
        if !audience.classes.isEmpty {
            parts.append(audience.classes.sorted().map { classes[$0]?.description ?? "?" }.joined(separator: ", "))
        }
        return parts.isEmpty ? ruEn("все", "everyone") : parts.joined(separator: " · ")
    }

    public var newAnnouncementTitle: String { ruEn("Новое объявление", "New announcement") }
    public var editAnnouncementTitle: String { ruEn("Объявление", "Announcement") }
    public var announcementTitleLabel: String { ruEn("Заголовок", "Title") }
    public var announcementBodyLabel: String { ruEn("Текст", "Text") }
    public var audienceRolesLabel: String { ruEn("Роли", "Roles") }
    public var audienceRolesNote: String { ruEn("пусто — все", "empty: all") }
    public var audienceGradesLabel: String { ruEn("Параллели", "Grades") }
    public var audienceGradesNote: String { ruEn("5, 6", "5, 6") }
    public var audienceClassesLabel: String { ruEn("Классы", "Classes") }
    public var audienceClassesNote: String { ruEn("5А, 6Б", "5А, 6Б") }
    public var lastDayLabel: String { ruEn("Показывать до", "Shown until") }
    public func unknownRole(_ text: String) -> String {
        ruEn("Роли: «\(text)» — нет такой роли; есть: родитель, ученик, учитель, классный руководитель, завуч, директор, администратор",
             "Roles: “\(text)” is no role; there are: parent, pupil, teacher, class teacher, deputy, director, administrator")
    }
    public func unknownClass(_ text: String) -> String {
        ruEn("Классы: «\(text)» — нет такого класса в этом году", "Classes: “\(text)” is no class this year")
    }
    public func badGrades(_ text: String) -> String {
        ruEn("Параллели: «\(text)» — нужны числа от 1 до 11 через запятую", "Grades: “\(text)” — numbers from 1 to 11 separated by commas")
    }
    public func badDate(_ label: String, _ text: String) -> String {
        ruEn("\(label): «\(text)» — не дата; нужно дд.мм.гггг", "\(label): “\(text)” is not a date; dd.mm.yyyy")
    }
    public func announcementPosted(_ title: String) -> String { ruEn("Объявление опубликовано: \(title)", "Posted: \(title)") }
    public var announcementChanged: String { ruEn("Объявление изменено", "Announcement changed") }
    public func removeAnnouncementQuestion(_ title: String) -> String {
        ruEn("Снять объявление «\(title)»? Его перестанут показывать.", "Take down “\(title)”? It is no longer shown.")
    }
    public var removeTitle: String { ruEn("Снять", "Take down") }
    public func announcementRemoved(_ title: String) -> String { ruEn("Снято: \(title)", "Taken down: \(title)") }

    // MARK: Class events

    public func classEventsTitle(_ className: ClassName, month: LocalDate) -> String {
        ruEn("Мероприятия \(className) · \(monthName(month))", "Events \(className) · \(monthName(month))")
    }

    func monthName(_ day: LocalDate) -> String {
        let ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return ruEn(ru[day.month - 1], en[day.month - 1]) + " \(day.year)"
    }

    public var noClassEvents: String { ruEn("В этом месяце мероприятий нет. Добавить — F2.", "No events this month. F2 adds one.") }
    public func eventLine(_ event: ClassEvent) -> String {
        [event.date.dayMonth, TextFitting.fit(event.time, width: 5), event.title, event.place].filter { !$0.isEmpty }.joined(separator: "  ")
    }
    public var newEventTitle: String { ruEn("Новое мероприятие", "New event") }
    public var editEventTitle: String { ruEn("Мероприятие", "Event") }
    public var eventDateLabel: String { ruEn("Дата", "Date") }
    public var eventTimeLabel: String { ruEn("Время", "Time") }
    public var eventTimeNote: String { ruEn("ЧЧ:ММ или пусто", "HH:MM or empty") }
    public var eventTitleLabel: String { ruEn("Что", "What") }
    public var eventPlaceLabel: String { ruEn("Где", "Where") }
    public var eventSaved: String { ruEn("Мероприятие сохранено", "Event saved") }
    public func removeEventQuestion(_ title: String) -> String { ruEn("Убрать мероприятие «\(title)»?", "Remove the event “\(title)”?") }
    public var eventRemoved: String { ruEn("Мероприятие убрано", "Event removed") }

    // MARK: The board on home screens

    public var boardAnnouncements: String { ruEn("Объявления", "Announcements") }
    public var boardEvents: String { ruEn("Мероприятия класса в этом месяце", "Class events this month") }
    public func boardAnnouncement(_ announcement: Announcement) -> String {
        announcement.body.isEmpty ? announcement.title : "\(announcement.title): \(announcement.body)"
    }
    public func boardEvent(_ event: ClassEvent) -> String { "\(event.className)  " + eventLine(event) }
}

extension Strings {
    public func boardMore(_ count: Int) -> String { ruEn("и ещё \(count)", "and \(count) more") }
    public var diaryBoardSection: String { ruEn("Объявления", "Board") }
    public var boardEmpty: String { ruEn("Объявлений и мероприятий нет", "No announcements or events") }
}
