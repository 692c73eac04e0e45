import EzhCore
internal import EzhStore

extension JournalService {
    /// The deputy or administrator posts an announcement to its audience, shown from today
    /// through its last day.
    @discardableResult
    public func postAnnouncement(_ session: Session, _ draft: AnnouncementDraft) throws -> Int64 {
        let today = today()
        let draft = try checked(draft, today: today)
        return try write(session) { db, stamp in
            try require(.postAnnouncements, try viewer(for: session, db))
            try checkAudienceClasses(draft.audience, db)
            let id = try BoardQueries.insertAnnouncement(title: draft.title, body: draft.body, audience: draft.audience,
                                                         author: session.accountID, postedOn: today, lastDay: draft.lastDay, db)
            try ChangeLog.record(stamp.change(entity: "announcement", key: "announcement=\(id)", field: "posted", from: nil,
                                              to: "\(draft.title) (до \(draft.lastDay.russian))"), in: db)
            return id
        }
    }

    /// Changes an announcement's title, text or last day (its audience stays: a new audience is
    /// a new announcement).
    public func editAnnouncement(_ session: Session, id: Int64, _ draft: AnnouncementDraft) throws {
        let draft = try checked(draft, today: today())
        try write(session) { db, stamp in
            try require(.postAnnouncements, try viewer(for: session, db))
            guard let old = try BoardQueries.announcement(id, db) else { throw JournalError.notFound(.announcement) }
            try BoardQueries.updateAnnouncement(id, title: draft.title, body: draft.body, lastDay: draft.lastDay, db)
            for (field, from, to) in [("title", old.title, draft.title), ("body", old.body, draft.body),
                                      ("last_day", old.lastDay.iso, draft.lastDay.iso)] where from != to {
                try ChangeLog.record(stamp.change(entity: "announcement", key: "announcement=\(id)", field: field, from: from, to: to), in: db)
            }
        }
    }

    /// Takes an announcement down before its last day.
    public func removeAnnouncement(_ session: Session, id: Int64) throws {
        try write(session) { db, stamp in
            try require(.postAnnouncements, try viewer(for: session, db))
            guard let old = try BoardQueries.announcement(id, db) else { throw JournalError.notFound(.announcement) }
            try BoardQueries.removeAnnouncement(id, at: InstantFormat.string(stamp.at), db)
            try ChangeLog.record(stamp.change(entity: "announcement", key: "announcement=\(id)", field: "removed", from: old.title, to: nil), in: db)
        }
    }

    /// The editor's list: every announcement not taken down, those still shown and those that
    /// ended in the last 30 days.
    public func postedAnnouncements(_ session: Session) throws -> [Announcement] {
        let today = today()
        return try read { db in
            try require(.postAnnouncements, try viewer(for: session, db))
            return try BoardQueries.announcements(lastDayFrom: today.adding(days: -30), db)
        }
    }

    /// The announcements shown today to the session's person: staff on their home screen,
    /// parents and pupils in their diary (the terminal's and the web's). Not personal data, so
    /// not an access-log entry.
    public func currentAnnouncements(_ session: Session) throws -> [Announcement] {
        let today = today()
        return try read { db in
            guard let account = try AccountQueries.account(id: session.accountID, db), !account.isDisabled else {
                throw JournalError.notSignedIn
            }
            let roles = try AccountQueries.roles(of: account.id, db)
            let classes = try BoardQueries.classes(of: account, on: today, db)
            return try BoardQueries.announcements(lastDayFrom: today, db).filter {
                $0.isShown(on: today) && $0.audience.includes(roles: roles, classes: classes)
            }
        }
    }

    /// The school's classes of the current year an announcement may be addressed to.
    public func announcementClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        try read { db in
            try require(.postAnnouncements, try viewer(for: session, db))
            return try classes(ofYear: nil, today(), db)?.sorted().compactMap { id in try AbsenceQueries.className(id, db).map { (id, $0) } } ?? []
        }
    }

    private func checked(_ draft: AnnouncementDraft, today: LocalDate) throws -> AnnouncementDraft {
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Заголовок", "Title"), problem: BilingualText(
                "пустой; напишите, о чём объявление", "empty; say what the announcement is about"))
        }
        try TextLimit.announcementTitle.check(title)
        try TextLimit.announcementBody.check(body)
        guard draft.lastDay >= today, draft.lastDay <= today.adding(days: 366) else {
            throw JournalError.invalidInput(field: BilingualText("Показывать до", "Shown until"), problem: BilingualText(
                "дата от сегодняшней (\(today.russian)) до года вперёд", "a date from today (\(today.russian)) up to a year ahead"))
        }
        guard draft.audience.grades.allSatisfy({ (1...11).contains($0) }) else {
            throw JournalError.invalidInput(field: BilingualText("Параллели", "Grades"), problem: BilingualText(
                "числа от 1 до 11 через запятую", "numbers from 1 to 11 separated by commas"))
        }
        return AnnouncementDraft(title: title, body: body, audience: draft.audience, lastDay: draft.lastDay)
    }

    private func checkAudienceClasses(_ audience: AnnouncementAudience, _ db: StoreTransaction) throws {
        let current = Set(try classes(ofYear: nil, today(), db) ?? [])
        guard audience.classes.isSubset(of: current) else {
            throw JournalError.invalidInput(field: BilingualText("Классы", "Classes"), problem: BilingualText(
                "такого класса нет в текущем учебном году", "no such class in the current school year"))
        }
    }
}
