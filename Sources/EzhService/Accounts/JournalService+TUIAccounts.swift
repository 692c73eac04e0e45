import EzhCore
internal import EzhStore
import Foundation

/// What the access log's detail view shows of one entry beyond its own fields: the names of its
/// class and subject, and, for a change, the history row with the value before and after.
public struct AccessLogDetail: Sendable, Hashable {
    public let className: String?
    public let subject: String?
    public let change: HistoryEntry?

    public init(className: String?, subject: String?, change: HistoryEntry?) {
        self.className = className
        self.subject = subject
        self.change = change
    }
}

/// Small reads the terminal's diary and access-log screens need besides the service's own.
extension JournalService {
    /// The periods of the class of a pupil whose diary the session may read, for switching the
    /// diary's period.
    public func diaryPeriods(_ session: Session, pupil: PupilID) throws -> [Period] {
        guard try diaryPupils(session).contains(where: { $0.id == pupil }) else {
            throw JournalError.accessDenied(.otherPupilsDiary)
        }
        let today = today()
        return try read { db in
            guard let ref = try DiaryQueries.pupil(pupil, on: today, db) else { throw JournalError.notFound(.pupil) }
            return try SchoolQueries.periods(ofClass: ref.classID, db)
        }
    }

    /// The names and the change behind one access-log entry, for those who may read the log.
    /// Reading it is itself logged, as reading the log is.
    public func accessLogDetail(_ session: Session, entry: AccessLogRow) throws -> AccessLogDetail {
        try loggedRead(session, .audit, object: "запись журнала доступа № \(entry.seq)") { db in
            guard SchoolAction.reviewAccessLog.isAllowed(for: try viewer(for: session, db).roles) else {
                throw JournalError.accessDenied(BilingualText(AuditAction.audit.name(in:)))
            }
            let names = try NameQueries.names(staff: nil, classID: entry.classID, subjectID: entry.subjectID, db)
            let change = try entry.historyID.flatMap { try ChangeLog.entry(id: $0, in: db) }
                .map { HistoryEntry($0, in: timeZone) }
            return AccessLogDetail(className: names.className, subject: names.subject, change: change)
        }
    }
}
