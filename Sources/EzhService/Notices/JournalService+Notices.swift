import EzhCore
import Foundation
internal import EzhStore

extension JournalService {
    /// The class teacher's notices of their class. When the school's schedule has begun a round
    /// the class has not had, its notices are prepared first (drafts, one per pupil who needs
    /// one): nothing is sent until the class teacher reads, edits if need be, and sends each.
    public func classNotices(_ session: Session, classID: ClassID) throws -> ClassNotices {
        let today = today()
        try write(session) { db, stamp in
            try requireClassTeacher(.sendNotices, of: classID, session, db)
            try prepareNoticesIfDue(classID: classID, today: today, stamp: stamp, db)
        }
        return try loggedRead(session, .read, object: "notices class=\(classID)", scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)) { db in
            try requireClassTeacher(.sendNotices, of: classID, session, db)
            guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let settings = try noticeSettings(db)
            let periodStart = Period.current(among: try SchoolQueries.periods(ofClass: classID, db), on: today)?.span.first ?? today
            let notices = try NoticeQueries.notices(ofClass: classID, since: periodStart, db).compactMap(Self.parentNotice)
            return ClassNotices(classID: classID, className: className, notices: notices, settings: settings,
                                round: settings.schedule.roundStart(of: today))
        }
    }

    /// The class teacher changes a waiting notice's text.
    public func editNotice(_ session: Session, notice id: Int64, text: String) throws {
        let text = try Self.checkedNoticeText(text)
        try write(session) { db, stamp in
            let notice = try waitingNotice(id, session, db)
            guard notice.text != text else { return }
            try NoticeQueries.setText(id, to: text, db)
            try ChangeLog.record(stamp.change(entity: "notice", key: "notice=\(id)", field: "text", from: notice.text, to: text,
                                              scope: Self.scope(notice)), in: db)
        }
    }

    /// Sends a waiting notice with the text the class teacher confirmed on the screen: the text
    /// is saved as sent (a changed one with its history), and the notice goes to the parents.
    /// A notice another terminal sent or set aside meanwhile is refused, and so is one whose
    /// pupil has no parent with an account to receive it.
    public func sendNotice(_ session: Session, notice id: Int64, text: String) throws {
        let text = try Self.checkedNoticeText(text)
        try write(session) { db, stamp in
            let notice = try waitingNotice(id, session, db)
            let recipients = try NoticeQueries.parentAccounts(of: notice.pupil, db)
            guard !recipients.accounts.isEmpty else {
                throw JournalError.invalidInput(field: .notice, problem: recipients.parents == 0
                    ? BilingualText("у ученика в списках нет родителей; добавьте родителя в карточке ученика",
                                    "the pupil has no parent on the lists; add one on the pupil's card")
                    : BilingualText("у родителей нет учётной записи; выдайте им реквизиты (F2) или отдайте письмо на бумаге",
                                    "the parents have no account; issue their credentials (F2) or hand the letter over"))
            }
            if notice.text != text {
                try NoticeQueries.setText(id, to: text, db)
                try ChangeLog.record(stamp.change(entity: "notice", key: "notice=\(id)", field: "text", from: notice.text, to: text,
                                                  scope: Self.scope(notice)), in: db)
            }
            try NoticeQueries.setState(id, to: ParentNotice.State.sent.rawValue, sentAt: InstantFormat.string(stamp.at), sentBy: session.accountID, db)
            try ChangeLog.record(stamp.change(entity: "notice", key: "notice=\(id)", field: "state", from: notice.state, to: "sent",
                                              scope: Self.scope(notice)), in: db)
            try deliverNotice(notice, text: text, session: session, stamp: stamp, db)
        }
    }

    /// The class teacher decides a waiting notice is not to be sent (the pupil has caught up, the
    /// parents were met in person): it is set aside with the reason, never sent.
    public func dismissNotice(_ session: Session, notice id: Int64, reason: String) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Причина", "Reason"), problem: BilingualText(
                "не указана; напишите, почему уведомление не отправляется", "empty; say why the notice is not sent"))
        }
        try TextLimit.reason.check(reason)
        try write(session) { db, stamp in
            let notice = try waitingNotice(id, session, db)
            try NoticeQueries.setState(id, to: ParentNotice.State.dismissed.rawValue, sentAt: nil, sentBy: nil, db)
            try ChangeLog.record(stamp.change(entity: "notice", key: "notice=\(id)", field: "state", from: notice.state,
                                              to: "dismissed: \(reason)", scope: Self.scope(notice)), in: db)
        }
    }

    /// Notices sent in a span of days, per class and class teacher, for the deputy's control
    /// report (the school's administration only).
    public func noticesSent(_ session: Session, in span: DateSpan) throws -> [NoticeCount] {
        try read { db in
            let viewer = try viewer(for: session, db)
            try require(.readWholeSchool, viewer)
            return try sentNoticeCounts(in: span, db).map {
                NoticeCount(classID: $0.classID, className: $0.className, teacher: $0.teacher, sent: $0.sent)
            }
        }
    }

    // MARK: - Inside

    func sentNoticeCounts(in span: DateSpan, _ db: StoreTransaction) throws -> [NoticeQueries.SentCount] {
        let start = InstantFormat.string(timeZone.instant(span.first, TimeOfDay(hour: 0, minute: 0)))
        let end = InstantFormat.string(timeZone.instant(span.last.adding(days: 1), TimeOfDay(hour: 0, minute: 0)))
        return try NoticeQueries.sentCounts(from: start, to: end, db)
    }

    /// Each class of the year under way in the span with its class teacher: the pupils due a
    /// notice on the span's last day and the notices sent in the span (the control report's
    /// columns). With the school's notices switched off no pupil is counted as due.
    func noticeControl(in span: DateSpan, _ db: StoreTransaction) throws -> [JournalControl.ClassNotices] {
        guard let year = try SchoolReportQueries.year(holding: span.last, db) else { return [] }
        let settings = try noticeSettings(db)
        let sent = Dictionary(try sentNoticeCounts(in: span, db).map { ($0.classID, $0.sent) }, uniquingKeysWith: +)
        let staff = Dictionary(try NameQueries.staff(db).map { ($0.id, $0.name.withInitials) }, uniquingKeysWith: { first, _ in first })
        return try YearQueries.classes(ofYear: year.id, db).map { row in
            let due = settings.schedule == .off ? 0 : try pupilsDueNotices(classID: row.id, on: span.last, settings: settings, db)?.pupils.count ?? 0
            return JournalControl.ClassNotices(className: row.name.description, teacher: row.classTeacher.flatMap { staff[$0] } ?? "",
                                               due: due, sent: sent[row.id] ?? 0)
        }
    }

    // MARK: - Inside

    func noticeSettings(_ db: StoreTransaction) throws -> NoticeSettings {
        var stored: [String: String] = [:]
        for key in NoticeSettings.Key.all {
            stored[key] = try SettingQueries.value(key, db)
        }
        return NoticeSettings(stored: stored)
    }

    /// Prepares the class's notices of the round under way, once a round.
    func prepareNoticesIfDue(classID: ClassID, today: LocalDate, stamp: ChangeStamp, _ db: StoreTransaction) throws {
        let settings = try noticeSettings(db)
        guard let round = settings.schedule.roundStart(of: today),
              try !NoticeQueries.roundIsPrepared(classID: classID, roundStart: round, db),
              let className = try AbsenceQueries.className(classID, db),
              let due = try pupilsDueNotices(classID: classID, on: today, settings: settings, db)
        else { return }
        let teacher = try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? ""
        try NoticeQueries.startRound(classID: classID, roundStart: round, at: InstantFormat.string(stamp.at), db)
        for chosen in due.pupils {
            let text = chosen.reasons.draftText(pupil: chosen.name, className: className, period: due.period.name(in: .ru), asOf: today,
                                                passLine: settings.passLine, classTeacher: teacher)
            let id = try NoticeQueries.insertDraft(classID: classID, pupil: chosen.pupil, roundStart: round,
                                                   reasons: chosen.reasons.summary, text: text, db)
            try ChangeLog.record(stamp.change(entity: "notice", key: "notice=\(id)", field: "prepared", from: nil, to: chosen.reasons.summary,
                                              scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)), in: db)
        }
    }

    /// The class's pupils who need a notice on `day`, by their marks and absences in the period
    /// under way up to that day; nil outside the class's periods. The class's marks and absences
    /// are read in two queries for all its pupils (the control report asks this of every class).
    func pupilsDueNotices(classID: ClassID, on day: LocalDate, settings: NoticeSettings, _ db: StoreTransaction) throws
        -> (period: Period, pupils: [(pupil: PupilID, name: PersonName, reasons: NoticeReasons)])? {
        guard let period = Period.current(among: try SchoolQueries.periods(ofClass: classID, db), on: day), period.span.first <= day else { return nil }
        let span = DateSpan(period.span.first, min(period.span.last, day))
        let pupils = try AttendanceReportQueries.pupils(ofClass: classID, in: DateSpan(span.last, span.last), db)
            .sorted { PersonName.alphabetical($0.name, $1.name) }
        let ids = pupils.map(\.id)
        let marks = try NoticeSelectionQueries.marks(of: ids, in: span, db)
        let attendance = try NoticeSelectionQueries.attendance(of: ids, in: span, db)
        let records = pupils.map { pupil in
            NoticeSelection.PupilRecord(pupil: pupil.id, name: pupil.name, marks: marks[pupil.id] ?? [], attendance: attendance[pupil.id] ?? [])
        }
        return (period, NoticeSelection.select(records, settings: settings))
    }

    /// A class teacher's action on their own class (current or not: a rollover keeps the link).
    func requireClassTeacher(_ action: SchoolAction, of classID: ClassID, _ session: Session, _ db: StoreTransaction) throws {
        let viewer = try viewer(for: session, db)
        try require(action, viewer)
        guard viewer.ledClasses.contains(classID) else {
            throw JournalError.accessDenied(BilingualText("это не ваш класс: уведомления и мероприятия ведёт его классный руководитель",
                                                          "not your class: its class teacher keeps its notices and events"))
        }
    }

    /// A notice of the session's class still waiting for review.
    private func waitingNotice(_ id: Int64, _ session: Session, _ db: StoreTransaction) throws -> NoticeQueries.NoticeRow {
        guard let notice = try NoticeQueries.notice(id, db) else { throw JournalError.notFound(BilingualText("уведомление", "notice")) }
        try requireClassTeacher(.sendNotices, of: notice.classID, session, db)
        guard notice.state == ParentNotice.State.draft.rawValue else {
            throw JournalError.invalidInput(field: .notice, problem: notice.state == "sent"
                ? BilingualText("уже отправлено (\(notice.sentBy?.withInitials ?? "")); список обновлён", "already sent; the list is read again")
                : BilingualText("уже не ждёт отправки; список обновлён", "no longer waiting to be sent; the list is read again"))
        }
        return notice
    }

    private static func checkedNoticeText(_ text: String) throws -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Текст уведомления", "Notice text"), problem: BilingualText(
                "пустой; напишите, что сообщить родителям", "empty; write what to tell the parents"))
        }
        try TextLimit.noticeText.check(text)
        return text
    }

    private static func scope(_ notice: NoticeQueries.NoticeRow) -> ChangeScope {
        ChangeScope(classID: notice.classID, subjectID: nil, lessonDate: nil)
    }

    private static func parentNotice(_ row: NoticeQueries.NoticeRow) -> ParentNotice? {
        guard let state = ParentNotice.State(rawValue: row.state) else { return nil }
        return ParentNotice(id: row.id, pupil: row.pupil, pupilName: row.pupilName, roundStart: row.roundStart, reasons: row.reasons,
                            text: row.text, state: state, sentAt: row.sentAt.flatMap(InstantFormat.date), sentBy: row.sentBy)
    }
}
