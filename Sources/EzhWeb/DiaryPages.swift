import EzhCore
import EzhReports
import EzhService
import HTTPTypes
import Hummingbird

/// The family's diary pages: a parent's children (or the pupil themself), each pupil's marks by
/// period with averages and finals, the week's lessons with homework and attendance, the
/// period's absences and the parent letter as PDF. Every page is the service's `diary` read:
/// its access check and its access-log entry.
extension WebApp {
    func addDiaryRoutes(_ router: Router<WebContext>) {
        router.get("/") { request, context in
            try await self.withFamily(request, context) { visitor in try await self.childrenPage(visitor) }
        }
        router.get("/pupil/:pupil") { request, context in
            try await self.withPupil(request, context) { visitor, pupil in try await self.marksPage(request, visitor, pupil) }
        }
        router.get("/pupil/:pupil/week") { request, context in
            try await self.withPupil(request, context) { visitor, pupil in try await self.weekPage(request, visitor, pupil) }
        }
        router.get("/pupil/:pupil/absences") { request, context in
            try await self.withPupil(request, context) { visitor, pupil in try await self.absencesPage(request, visitor, pupil) }
        }
        router.get("/pupil/:pupil/letter") { request, context in
            try await self.withPupil(request, context) { visitor, pupil in try await self.letter(request, visitor, pupil) }
        }
    }

    /// A page about one pupil: the number in the address is only a wish; the service decides.
    func withPupil(
        _ request: Request, _ context: WebContext, _ body: (SignedIn, PupilID) async throws -> Response
    ) async throws -> Response {
        try await withFamily(request, context) { visitor in
            guard let number = context.parameters.get("pupil").flatMap(Int64.init) else { throw JournalError.notFound(BilingualText("ученик", "pupil")) }
            return try await body(visitor, PupilID(number))
        }
    }

    private func childrenPage(_ visitor: SignedIn) async throws -> Response {
        let pupils = try await Blocking.run { try visitor.service.diaryPupils(visitor.session) }
        if pupils.count == 1, let only = pupils.first { return WebResponses.redirect("/pupil/\(only.id.rawValue)") }
        let announcements = try await Blocking.run { try visitor.service.currentAnnouncements(visitor.session) }
        let text = visitor.text
        let items = pupils.map { pupil in
            "<li><a class=\"card\" href=\"/pupil/\(pupil.id.rawValue)\">\(HTML.escape(pupil.name.lastAndFirst)), \(HTML.escape(pupil.className.description))</a></li>"
        }.joined()
        let body = announcementsSummary(announcements, text: text)
            + (pupils.isEmpty ? "<p>\(HTML.escape(text.noPupils))</p>" : "<ul class=\"plain\">\(items)</ul>")
        return WebResponses.page(
            text, title: text.children, school: journal.schoolName, signedIn: visitor,
            nav: try await familyNav(visitor, pupil: nil, current: nil), body: body
        )
    }

    private func marksPage(_ request: Request, _ visitor: SignedIn, _ pupil: PupilID) async throws -> Response {
        let periodID = Self.query(request)["period"].flatMap(Int64.init).map(PeriodID.init)
        let (diary, periods, announcements) = try await Blocking.run {
            (try visitor.service.diary(visitor.session, pupil: pupil, period: periodID),
             try visitor.service.diaryPeriods(visitor.session, pupil: pupil),
             try visitor.service.currentAnnouncements(visitor.session))
        }
        let text = visitor.text
        var body = announcementsSummary(announcements, text: text)
        body += periodChoice(periods, current: diary.period, path: "/pupil/\(pupil.rawValue)", text: text)
        if diary.subjects.isEmpty { body += "<p>\(HTML.escape(text.noMarks))</p>" }
        for line in diary.subjects {
            let marks = line.marks.map { mark in
                let weight = mark.workType.weight == 1 ? "" : "×" + mark.workType.weightText
                let grade = if case .grade(let value) = mark.value { " m\(value)" } else { "" }
                return "<span class=\"mark\(grade)\" title=\"\(HTML.escape(mark.workType.name)), \(mark.date.russian)\">"
                    + "\(HTML.escape(mark.value.code)) <small>\(HTML.escape(mark.workType.abbreviation))\(weight) · \(mark.date.dayMonth)</small></span>"
            }.joined(separator: " ")
            body += """
                <section class="card"><h2>\(HTML.escape(line.subject))</h2>
                <div class="marks">\(marks.isEmpty ? "—" : marks)</div>
                <div class="figures"><span>\(HTML.escape(text.average)): <b>\(MarkAverages.format(line.averages.plain))</b></span>
                <span>\(HTML.escape(text.weighted)): <b>\(MarkAverages.format(line.averages.weighted))</b></span>
                <span>\(HTML.escape(text.final)): <b>\(HTML.escape(line.final ?? "—"))</b></span></div></section>
                """
        }
        body += "<p class=\"legend\">\(HTML.escape(text.marksLegend))</p>"
        return WebResponses.page(
            text, title: "\(text.marks) · \(diary.period.name(in: text.language))", school: journal.schoolName,
            signedIn: visitor, nav: try await familyNav(visitor, pupil: diary.pupil, current: .marks), body: body
        )
    }

    private func weekPage(_ request: Request, _ visitor: SignedIn, _ pupil: PupilID) async throws -> Response {
        let week = Self.query(request)["start"].flatMap(LocalDate.init(iso:)).map(SchoolWeek.containing)
        let diary = try await Blocking.run { try visitor.service.diary(visitor.session, pupil: pupil, week: week) }
        let text = visitor.text
        let path = "/pupil/\(pupil.rawValue)/week?start="
        var body = """
            <div class="pager"><a href="\(path)\(diary.week.first.adding(days: -7).iso)">\(HTML.escape(text.previousWeek))</a>
            <a href="\(path)\(diary.week.first.adding(days: 7).iso)">\(HTML.escape(text.nextWeek))</a></div>
            """
        for day in diary.week.days {
            let lessons = diary.weekLessons.filter { $0.date == day }.sorted { $0.lessonNumber < $1.lessonNumber }
            if lessons.isEmpty && day.weekday > 5 { continue }
            body += "<section class=\"card\"><h2>\(HTML.escape(text.weekday(day)))</h2>"
            if lessons.isEmpty { body += "<p class=\"legend\">\(HTML.escape(text.noLessons))</p>" }
            for lesson in lessons {
                body += "<div class=\"lesson\"><b>\(lesson.lessonNumber). \(HTML.escape(lesson.subject))</b>"
                if let code = lesson.attendance {
                    body += " <span class=\"code\" title=\"\(HTML.escape(text.attendanceMeaning(code)))\">\(HTML.escape(code.rawValue))</span>"
                }
                if !lesson.topic.isEmpty { body += "<br>\(HTML.escape(text.topic)): \(HTML.escape(lesson.topic))" }
                if !lesson.homework.isEmpty { body += "<br><b>\(HTML.escape(text.homework)):</b> \(HTML.escape(lesson.homework))" }
                body += "</div>"
            }
            body += "</section>"
        }
        return WebResponses.page(
            text, title: text.weekTitle(diary.week), school: journal.schoolName, signedIn: visitor,
            nav: try await familyNav(visitor, pupil: diary.pupil, current: .week), body: body
        )
    }

    private func absencesPage(_ request: Request, _ visitor: SignedIn, _ pupil: PupilID) async throws -> Response {
        let periodID = Self.query(request)["period"].flatMap(Int64.init).map(PeriodID.init)
        let (diary, periods) = try await Blocking.run {
            (try visitor.service.diary(visitor.session, pupil: pupil, period: periodID),
             try visitor.service.diaryPeriods(visitor.session, pupil: pupil))
        }
        let text = visitor.text
        let missed = diary.absences.filter { $0.code.isAbsence }
        var body = periodChoice(periods, current: diary.period, path: "/pupil/\(pupil.rawValue)/absences", text: text)
        body += "<p><b>\(HTML.escape(text.absenceTotals(missed: missed.count, ill: missed.filter { $0.code == .ill }.count, late: diary.absences.count - missed.count)))</b></p>"
        if diary.absences.isEmpty { body += "<p>\(HTML.escape(text.noAbsences))</p>" }
        body += "<ul class=\"plain\">"
        for absence in diary.absences.sorted(by: { ($0.date, $0.lessonNumber) < ($1.date, $1.lessonNumber) }) {
            body += "<li>\(absence.date.russian), \(HTML.escape(text.lessonNumber(absence.lessonNumber))), \(HTML.escape(absence.subject)): "
                + "<span class=\"code\">\(HTML.escape(absence.code.rawValue))</span> \(HTML.escape(text.attendanceMeaning(absence.code)))</li>"
        }
        body += "</ul><p class=\"legend\">\(HTML.escape(text.attendanceLegend))</p>"
        return WebResponses.page(
            text, title: "\(text.absences) · \(diary.period.name(in: text.language))", school: journal.schoolName,
            signedIn: visitor, nav: try await familyNav(visitor, pupil: diary.pupil, current: .absences), body: body
        )
    }

    private func letter(_ request: Request, _ visitor: SignedIn, _ pupil: PupilID) async throws -> Response {
        let asked = Self.query(request)["period"].flatMap(Int64.init).map(PeriodID.init)
        let bytes = try await Blocking.run { () -> [UInt8] in
            let periods = try visitor.service.diaryPeriods(visitor.session, pupil: pupil)
            let today = visitor.service.today()
            guard let period = asked ?? (Period.current(among: periods, on: today) ?? periods.last)?.id else {
                throw JournalError.notFound(BilingualText("период", "period"))
            }
            let document = try visitor.service.familyLetter(visitor.session, pupil: pupil, period: period)
            return try PDFRenderer().render(document)
        }
        return WebResponses.pdf(bytes, name: "letter-\(pupil.rawValue).pdf")
    }

    private func periodChoice(_ periods: [Period], current: Period, path: String, text: WebText) -> String {
        let links = periods.map { period in
            "<a href=\"\(path)?period=\(period.id.rawValue)\"\(period.id == current.id ? " class=\"current\" aria-current=\"page\"" : "")>"
                + "\(HTML.escape(period.name(in: text.language)))</a>"
        }.joined()
        return "<nav class=\"periods\" aria-label=\"\(HTML.escape(text.period))\">\(links)</nav>"
    }
}

/// The tabs of the family's pages: a pupil's diary, then the account's own (the school's news,
/// messages).
enum FamilySection: CaseIterable {
    case marks, week, absences, events, letter, news, messages

    static let ofPupil: [FamilySection] = [.marks, .week, .absences, .events, .letter]
    static let ofAccount: [FamilySection] = [.news, .messages]

    func title(_ text: WebText) -> String {
        switch self {
        case .marks: text.marks
        case .week: text.week
        case .absences: text.absences
        case .events: text.events
        case .letter: text.letter
        case .news: text.news
        case .messages: text.messages
        }
    }

    func path(_ pupil: PupilID?) -> String {
        let base = "/pupil/\(pupil?.rawValue ?? 0)"
        return switch self {
        case .marks: base
        case .week: base + "/week"
        case .absences: base + "/absences"
        case .events: base + "/events"
        case .letter: base + "/letter"
        case .news: "/news"
        case .messages: "/messages"
        }
    }
}

extension WebApp {
    /// The tab bar: with a pupil, whose pages these are and their diary's tabs; always the
    /// account's own tabs, messages with the unread count («Сообщения (2)») as on the terminals'
    /// home screen.
    func familyNav(_ visitor: SignedIn, pupil: DiaryPupil?, current: FamilySection?) async throws -> String {
        let unread = try await Blocking.run { try visitor.service.unreadMessageCount(visitor.session) }
        let text = visitor.text
        var nav = "<nav>"
        func tab(_ section: FamilySection) {
            let attributes = section == current ? " class=\"current\" aria-current=\"page\"" : ""
            let title = section == .messages ? text.messagesTab(unread: unread) : section.title(text)
            nav += "<a href=\"\(section.path(pupil?.id))\"\(attributes)>\(HTML.escape(title))</a>"
        }
        if let pupil {
            nav += "<span class=\"pupil\">\(HTML.escape(pupil.name.lastAndFirst)), \(HTML.escape(pupil.className.description))"
                + " · <a href=\"/\">\(HTML.escape(text.children))</a></span>"
            FamilySection.ofPupil.forEach(tab)
        } else {
            nav += "<a href=\"/\">\(HTML.escape(text.diaryTab))</a>"
        }
        FamilySection.ofAccount.forEach(tab)
        return nav + "</nav>"
    }

    /// The tab bar of a page that is about no one pupil.
    func accountNav(_ visitor: SignedIn, current: FamilySection) async throws -> String {
        try await familyNav(visitor, pupil: nil, current: current)
    }
}
