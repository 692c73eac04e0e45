import EzhCore
package import EzhStore
import Foundation
internal import GRDB

/// The one write path of the journal, and the one read path for front ends. Every change checks
/// permission, applies the rules with the injected clock, and writes the change and its history
/// in a single transaction. Screens and commands never write SQL.
///
/// The store is its implementation: no type of EzhStore or GRDB is in its public API, and only
/// the package's own wiring (the command line, the demo, tests) hands it the store it opened.
public final class JournalService: Sendable {
    let store: JournalStore
    public let clock: any JournalClock
    public let terminal: TerminalInfo
    let school: SchoolRecord
    public let timeZone: SchoolTimeZone

    /// Opens the journal of the school in `store`. Refuses any clock but the real one unless the
    /// database is a demo database: on a real school's journal nobody can move time.
    package init(store: JournalStore, clock: any JournalClock, terminal: TerminalInfo) throws {
        guard let school = try store.pool.read(SchoolQueries.school) else {
            throw JournalError.noSchool(path: store.path)
        }
        guard clock.isRealTime || school.isDemo else { throw JournalError.fakeClockOnRealSchool }
        guard let zone = SchoolTimeZone(identifier: school.timeZoneIdentifier) else {
            throw JournalError.invalidInput(field: .verbatim("time_zone"), problem: .verbatim(school.timeZoneIdentifier))
        }
        self.store = store
        self.clock = clock
        self.terminal = terminal
        self.school = school
        self.timeZone = zone
    }

    public var schoolName: String { school.name }
    public var isDemo: Bool { school.isDemo }
    public func now() -> Date { clock.now() }
    public func today() -> LocalDate { timeZone.localDate(of: now()) }

    /// The demo accounts a demo login screen lists; none on a real school's database.
    public func demoAccounts() -> [DemoAccountHint] {
        guard isDemo, let text = try? store.pool.read({ try SettingQueries.value(SettingQueries.demoAccountsKey, $0) })
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? DemoAccountHint(login: parts[0], description: parts[1]) : nil
        }
    }

    // MARK: - Transactions

    /// Reads in one snapshot; storage errors become a message a person can act on.
    func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try translatingStorageErrors { try store.pool.read(body) }
    }

    /// One write transaction: the change, its history and its access-log entries commit
    /// together or not at all.
    func write<T>(_ session: Session, _ body: (StoreTransaction, ChangeStamp) throws -> T) throws -> T {
        try translatingStorageErrors {
            try store.pool.write { db in
                let stamp = ChangeStamp(account: session.accountID, at: clock.now(), terminal: terminal.label)
                let lastHistory = try AccessLogQueries.lastHistoryID(db)
                let result = try body(db, stamp)
                for change in try AccessLogQueries.historySince(lastHistory, db) {
                    try AccessLog.append(auditEntry(session, stamp.at, for: change), db)
                }
                return result
            }
        }
    }

    /// A write with no session behind it (sign-in bookkeeping).
    func translatingWrite<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try translatingStorageErrors { try store.pool.write(body) }
    }

    /// A read of personal data, logged. The read runs in a read transaction, so however long it
    /// takes it never holds the write lock (teachers' marks go on being saved meanwhile); its
    /// access-log entry is then appended in a short write of its own, before the result is
    /// returned: nobody is shown data whose reading is not in the log, and a refused read
    /// leaves no entry.
    func loggedRead<T>(
        _ session: Session, _ action: AuditAction, object: String, scope: ChangeScope? = nil, period: PeriodID? = nil,
        _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        let result = try read(body)
        try logRead(session, action, object: object, scope: scope, period: period)
        return result
    }

    /// The access-log entry of a read, committed before this returns: in a short write of its
    /// own, shared with the entries of whatever other reads of this process wait at the same time
    /// (`AccessLogGroupWriter`: many web pages, one commit).
    func logRead(
        _ session: Session, _ action: AuditAction, object: String, scope: ChangeScope? = nil, period: PeriodID? = nil
    ) throws {
        try translatingStorageErrors {
            try store.readLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(clock.now()), accountID: session.accountID, login: session.login,
                role: session.roleLabel, terminal: terminal.label, action: action.rawValue, object: object,
                classID: scope?.classID, subjectID: scope?.subjectID, lessonDate: scope?.lessonDate?.iso,
                periodID: period
            ))
        }
    }

    /// An access-log entry about the session itself (sign-in, lock, sign-out) or with no
    /// session (a failed sign-in).
    func logEvent(_ action: AuditAction, account: AccountID?, login: String, role: String, detail: String = "") throws {
        try translatingStorageErrors {
            try store.pool.write { db in
                try AccessLog.append(AccessLogRow(
                    seq: 0, at: InstantFormat.string(clock.now()), accountID: account, login: login, role: role,
                    terminal: terminal.label, action: action.rawValue, object: login, detail: detail
                ), db)
            }
        }
    }

    private func auditEntry(_ session: Session, _ at: Date, for change: AccessLogQueries.HistoryContext) -> AccessLogRow {
        let action: AuditAction = switch change.entity {
        case "late_permission": .permission
        case "setting": .setting
        case "account": .account
        default: .change
        }
        return AccessLogRow(
            seq: 0, at: InstantFormat.string(at), accountID: session.accountID, login: session.login,
            role: session.roleLabel, terminal: terminal.label, action: action.rawValue,
            object: "\(change.entity) \(change.key) \(change.field)", classID: change.classID, subjectID: change.subjectID,
            lessonDate: change.lessonDate, historyID: change.id, permissionID: change.permissionID
        )
    }

    func translatingStorageErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as UserFacingError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            let wait = store.lockWait.timeout.components
            throw JournalError.journalBusy(seconds: Int((Double(wait.seconds) + Double(wait.attoseconds) / 1e18).rounded()))
        } catch let error as DatabaseError {
            throw JournalFileError.explaining(error, path: store.path)
                ?? JournalError.storageFailure(error.message ?? error.resultCode.description)
        }
    }
}

/// The open transaction a service step runs in, handed on to the store's queries. Only the files
/// that open transactions import GRDB; the rest of the service never touches it.
typealias StoreTransaction = Database

/// Who makes a change, when, and from where: stamped on the change and its history row.
struct ChangeStamp {
    let account: AccountID
    let at: Date
    let terminal: String

    func change(
        entity: String, key: String, field: String, from old: String?, to new: String?, permission: PermissionID? = nil,
        scope: ChangeScope? = nil
    ) -> ChangeRecord {
        ChangeRecord(
            entity: entity, entityKey: key, field: field, oldValue: old, newValue: new,
            accountID: account, changedAt: at, terminal: terminal, permissionID: permission, scope: scope
        )
    }
}
