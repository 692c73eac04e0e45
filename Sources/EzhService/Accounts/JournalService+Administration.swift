import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Every account, for the administrator.
    public func accounts(_ session: Session) throws -> [AccountSummary] {
        try loggedRead(session, .read, object: "учётные записи") { db in
            guard SchoolAction.manageAccounts.isAllowed(for: try viewer(for: session, db).roles) else {
                throw JournalError.accessDenied(.accountManagement)
            }
            return try AdminQueries.accounts(db)
        }
    }

    /// Staff members, for pickers (a permission's teacher, a substitute, a new account).
    public func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)] {
        try read { db in
            let viewer = try viewer(for: session, db)
            guard SchoolAction.readStaffList.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(BilingualText("список сотрудников", "the staff list"))
            }
            return try NameQueries.staff(db)
        }
    }

    /// The pupils of a class the session leads, with their parents and account logins.
    public func families(_ session: Session, classID: ClassID) throws -> [ClassFamily] {
        try loggedRead(session, .read, object: "ученики и родители", scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)) { db in
            let viewer = try viewer(for: session, db)
            guard SchoolAction.manageAccounts.isAllowed(for: viewer.roles)
                || (SchoolAction.issueClassCredentials.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID))
            else { throw JournalError.accessDenied(BilingualText("реквизиты класса", "the class's credentials")) }
            return try AdminQueries.families(ofClass: classID, on: today(), db)
        }
    }

    /// Every lesson of the school on a day, for the deputy's substitutions.
    public func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson] {
        try read { db in
            try require(.recordSubstitution, try viewer(for: session, db))
            return try AdminQueries.lessons(on: day, db).compactMap { try schoolLesson($0, db) }
        }
    }

    /// «Отчёт о доступе к классному журналу» for the deputy and the director: actions on journal
    /// pages with class, subject, period, time, user, lesson date; late entries marked; names,
    /// never ids. As many rows as the filter's limit, read without holding the write lock.
    public func accessReport(_ session: Session, filter: AccessLogFilter) throws -> [AccessReportRow] {
        try loggedRead(session, .report, object: "отчёт о доступе к классному журналу") { db in
            guard SchoolAction.readAccessReport.isAllowed(for: try viewer(for: session, db).roles) else {
                throw JournalError.accessDenied(BilingualText(
                    "отчёт о доступе к классному журналу", "the class journal access report"
                ))
            }
            var journal = filter
            journal.journalOnly = true
            return try AccessReportReader.rows(journal, zone: timeZone, language: session.language, db)
        }
    }

    /// Sign-ins per role per week and the share of parents and pupils who used the journal.
    public func usageStatistics(_ session: Session, span: DateSpan) throws -> UsageStatistics {
        try loggedRead(session, .report, object: "статистика работы с журналом") { db in
            guard SchoolAction.viewUsageStatistics.isAllowed(for: try viewer(for: session, db).roles) else {
                throw JournalError.accessDenied(BilingualText("статистика работы с журналом", "the journal's usage statistics"))
            }
            let from = InstantFormat.string(timeZone.instant(span.first, TimeOfDay(minutes: 0)))
            let to = InstantFormat.string(timeZone.instant(span.last.adding(days: 1), TimeOfDay(minutes: 0)))
            var weeks: [LocalDate: [String: Int]] = [:]
            for signIn in try AdminQueries.signIns(from: from, to: to, db) {
                guard let instant = InstantFormat.date(signIn.at) else { continue }
                let monday = SchoolWeek.containing(timeZone.localDate(of: instant)).first
                for role in signIn.role.split(separator: ",") { weeks[monday, default: [:]][String(role), default: 0] += 1 }
            }
            let usage = try AdminQueries.familyUsage(from: from, to: to, db)
            return UsageStatistics(
                weeks: weeks.keys.sorted().map { ($0, weeks[$0]!) }, parents: usage.parents, parentsActive: usage.parentsActive,
                pupils: usage.pupils, pupilsActive: usage.pupilsActive
            )
        }
    }
}
