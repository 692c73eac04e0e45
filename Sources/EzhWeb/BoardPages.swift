import EzhCore
import EzhService
import Foundation
import HTTPTypes
import Hummingbird

/// The school's board on the family's pages: the announcements addressed to them («Новости»,
/// with the month's events of each child's class) and one pupil's class events month by month
/// («События»). The service picks the announcements (only those shown today, only those whose
/// audience holds the visitor) and refuses the events of a pupil who is not the visitor's.
extension WebApp {
    func addBoardRoutes(_ router: Router<WebContext>) {
        router.get("/news") { request, context in
            try await self.withFamily(request, context) { visitor in try await self.newsPage(visitor) }
        }
        router.get("/pupil/:pupil/events") { request, context in
            try await self.withPupil(request, context) { visitor, pupil in try await self.eventsPage(request, visitor, pupil) }
        }
    }

    private struct ClassMonth: Sendable {
        var pupils: [DiaryPupil]
        let events: [ClassEvent]
    }

    private func newsPage(_ visitor: SignedIn) async throws -> Response {
        let (announcements, classes, today) = try await Blocking.run { () -> ([Announcement], [ClassMonth], LocalDate) in
            let service = visitor.service, session = visitor.session, today = service.today()
            var classes: [ClassMonth] = []
            for pupil in try service.diaryPupils(session) {
                if let index = classes.firstIndex(where: { $0.pupils[0].className == pupil.className }) {
                    classes[index].pupils.append(pupil)
                } else {
                    classes.append(ClassMonth(pupils: [pupil], events: try service.familyClassEvents(session, pupil: pupil.id, monthOf: today)))
                }
            }
            return (try service.currentAnnouncements(session), classes, today)
        }
        let text = visitor.text
        var body = "<h2>\(HTML.escape(text.announcements))</h2>"
        if announcements.isEmpty { body += "<p class=\"legend\">\(HTML.escape(text.noAnnouncements))</p>" }
        for announcement in announcements {
            let author = announcement.author.withInitials.trimmingCharacters(in: .whitespaces)
            body += """
                <article class="card announcement" id="a\(announcement.id)"><h3>\(HTML.escape(announcement.title))</h3>\
                <div class="body">\(HTML.escape(announcement.body))</div>\
                <small class="legend">\(HTML.escape(text.posted(announcement.postedOn, by: author))) · \(HTML.escape(text.shownUntil(announcement.lastDay)))</small></article>
                """
        }
        for month in classes {
            let names = classes.count == 1 && month.pupils.count == 1 ? "" : month.pupils.map { HTML.escape($0.name.first) }.joined(separator: ", ")
            body += "<h2>\(HTML.escape(text.classEventsTitle(month.pupils[0].className.description, month: today)))</h2>"
            if !names.isEmpty { body += "<p class=\"legend\">\(names)</p>" }
            body += eventList(month.events, today: today, text: text)
            body += "<p><a href=\"\(FamilySection.events.path(month.pupils[0].id))\">\(HTML.escape(text.allEvents))</a></p>"
        }
        return WebResponses.page(
            text, title: text.news, school: journal.schoolName, signedIn: visitor,
            nav: try await accountNav(visitor, current: .news), body: body
        )
    }

    private func eventsPage(_ request: Request, _ visitor: SignedIn, _ pupil: PupilID) async throws -> Response {
        let asked = Self.query(request)["month"].flatMap { LocalDate(iso: $0 + "-01") }
        let (events, owner, today, month) = try await Blocking.run { () -> ([ClassEvent], DiaryPupil?, LocalDate, LocalDate) in
            let service = visitor.service, today = service.today()
            let month = asked ?? LocalDate(year: today.year, month: today.month, day: 1)
            let events = try service.familyClassEvents(visitor.session, pupil: pupil, monthOf: month)
            return (events, try service.diaryPupils(visitor.session).first { $0.id == pupil }, today, month)
        }
        guard let owner else { throw JournalError.notFound(BilingualText("ученик", "pupil")) }
        let text = visitor.text
        let path = "\(FamilySection.events.path(pupil))?month="
        let previous = month.month == 1 ? LocalDate(year: month.year - 1, month: 12, day: 1) : LocalDate(year: month.year, month: month.month - 1, day: 1)
        let next = month.month == 12 ? LocalDate(year: month.year + 1, month: 1, day: 1) : LocalDate(year: month.year, month: month.month + 1, day: 1)
        let body = """
            <div class="pager"><a href="\(path)\(String(previous.iso.prefix(7)))">\(HTML.escape(text.previousMonth(previous)))</a>
            <a href="\(path)\(String(next.iso.prefix(7)))">\(HTML.escape(text.nextMonth(next)))</a></div>
            \(eventList(events, today: today, text: text))
            """
        return WebResponses.page(
            text, title: text.classEventsTitle(owner.className.description, month: month), school: journal.schoolName,
            signedIn: visitor, nav: try await familyNav(visitor, pupil: owner, current: .events), body: body
        )
    }

    /// A month's events, day by day; those already past are greyed, today's marked.
    private func eventList(_ events: [ClassEvent], today: LocalDate, text: WebText) -> String {
        guard !events.isEmpty else { return "<p class=\"legend\">\(HTML.escape(text.noEventsInMonth))</p>" }
        let items = events.sorted { ($0.date, $0.time, $0.id) < ($1.date, $1.time, $1.id) }.map { event in
            let when = text.weekday(event.date) + " · " + (event.time.isEmpty ? text.allDay : event.time)
            let mark = event.date < today ? " <small>(\(HTML.escape(text.past)))</small>"
                : event.date == today ? " <span class=\"badge today\">\(HTML.escape(text.today))</span>" : ""
            let place = event.place.isEmpty ? "" : "<br><small>\(HTML.escape(event.place))</small>"
            return "<li class=\"event\(event.date < today ? " past" : "")\"><span class=\"when\">\(HTML.escape(when))</span>\(mark)<br>"
                + "<b>\(HTML.escape(event.title))</b>\(place)</li>"
        }.joined()
        return "<ul class=\"plain card events\">\(items)</ul>"
    }

    /// The announcements' titles at the top of the first page after sign-in, each a link to its
    /// text on «Новости»; nothing when there are none.
    func announcementsSummary(_ announcements: [Announcement], text: WebText) -> String {
        guard !announcements.isEmpty else { return "" }
        let items = announcements.map { "<li><a href=\"/news#a\($0.id)\">\(HTML.escape($0.title))</a></li>" }.joined()
        return "<section class=\"card board\"><h2>\(HTML.escape(text.announcements))</h2><ul class=\"plain\">\(items)</ul></section>"
    }
}
