import EzhCore
internal import EzhStore

extension JournalService {
    /// The start screen: today's lessons of the signed-in teacher and every page they may open.
    public func home(_ session: Session) throws -> TeacherHome {
        try home(session, year: nil)
    }

    /// The start screen with the pages of one school year (nil: the current one); a closed year
    /// is viewed this way, read-only.
    public func home(_ session: Session, year: YearID?) throws -> TeacherHome {
        let today = today()
        return try read { db in
            let viewer = try viewer(for: session, db)
            let lessons = try session.staffID.map { try LessonQueries.lessons(of: $0, on: today, db) } ?? []
            let summaries = try lessons.compactMap { try summary(of: $0, db) }
            let shown = try yearFilter(year, today, db)
            let noticeSpan = DateSpan(today.adding(days: -TeacherHome.substitutionDaysBack), today.adding(days: TeacherHome.substitutionDaysAhead))
            return TeacherHome(
                today: today, todaysLessons: summaries, pages: try openablePages(viewer, db).filter(shown.contains),
                // Nothing is entered in a closed year: its pages are all read-only.
                editablePages: shown.year?.isClosed == true ? [] : viewer.taughtPages.filter(shown.contains),
                substitutions: try session.staffID.map { try substitutionNotices(of: $0, in: noticeSpan, db) } ?? []
            )
        }
    }

    /// The periods of the page's class, in order.
    public func periods(for page: JournalPage) throws -> [Period] {
        try read { try SchoolQueries.periods(ofClass: page.classID, $0) }
    }

    /// Who writes a lesson: the account's roles and staff member, read fresh in one query (the
    /// hot path of typing marks needs no more).
    func lessonWriter(for session: Session, _ db: StoreTransaction) throws -> Viewer {
        guard let author = try AccountQueries.author(session.accountID, db) else { throw JournalError.notSignedIn }
        return Viewer(roles: author.roles, staffID: author.staff, ledClasses: [], taughtPages: [])
    }

    /// What the session may see and do, read fresh for every request so that a change of roles
    /// takes effect at once.
    func viewer(for session: Session, _ db: StoreTransaction) throws -> Viewer {
        guard let account = try AccountQueries.account(id: session.accountID, db), !account.isDisabled else {
            throw JournalError.notSignedIn
        }
        let roles = try AccountQueries.roles(of: account.id, db)
        let taught = try account.staffID.map { try PageQueries.pages(taughtBy: $0, db) } ?? []
        let led = try account.staffID.map { try AccountQueries.classesLed(by: $0, db) } ?? []
        let substituted = try account.staffID.map { try PageQueries.pages(substitutedBy: $0, db) } ?? []
        return Viewer(
            roles: roles, staffID: account.staffID, ledClasses: Set(led), taughtPages: Set(taught), substitutedPages: Set(substituted)
        )
    }

    /// Pages in the order a teacher looks for them: their own first, then the classes they lead,
    /// then (for the administration) the whole school.
    private func openablePages(_ viewer: Viewer, _ db: StoreTransaction) throws -> [JournalPage] {
        var pages = try viewer.staffID.map { try PageQueries.pages(taughtBy: $0, db) } ?? []
        pages += viewer.substitutedPages.sorted { $0.title < $1.title }
        if SchoolAction.readOwnClass.isAllowed(for: viewer.roles) {
            for classID in viewer.ledClasses.sorted() {
                pages += try PageQueries.pages(ofClass: classID, db)
            }
        }
        if viewer.readsWholeSchool {
            pages += try PageQueries.allPages(db)
        }
        var seen = Set<JournalPage>()
        return pages.filter { seen.insert($0).inserted }
    }

    func requireOpen(_ page: JournalPage, _ viewer: Viewer) throws {
        guard JournalAccess.canOpen(page, viewer: viewer) else {
            throw JournalError.accessDenied(.verbatim(page.title))
        }
    }
}

extension JournalService {
    /// Whether lessons are held on `day`: a day of the school week, in the academic year, and no
    /// holiday.
    public func isSchoolDay(_ day: LocalDate) throws -> Bool {
        try read { try SchoolQueries.isSchoolDay(day, weekDays: school.weekDays, $0) }
    }
}
