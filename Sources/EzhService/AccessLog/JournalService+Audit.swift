import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Checks the whole access-log chain and that every change in the history has its entry.
    /// Read-only: checking never adds to the evidence it checks.
    public func verifyAccessLog() throws -> AuditVerification {
        try read(AccessLog.verify)
    }

    /// Entries of the access log for the administrator (and, through the access report, the
    /// deputy and the director), with names in place of ids; as many as the filter's limit. The
    /// reading itself is logged.
    public func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogEntry] {
        try loggedRead(session, .audit, object: "журнал доступа") { db in
            let viewer = try viewer(for: session, db)
            guard SchoolAction.reviewAccessLog.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(BilingualText(AuditAction.audit.name(in:)))
            }
            return try namedEntries(filter, language: session.language, db)
        }
    }

    /// The access log read from the server's shell (`ezh audit log`) by someone who can read the
    /// database file, streamed to `each` newest first: one read transaction that never holds
    /// the write lock, and memory for one batch of rows, however long the log. The reading is
    /// logged under the operating-system user before the first row is handed over, so a reader
    /// stopped halfway is in the log too. The entries come without the chain's hashes, which a
    /// listing does not show (`ezh audit verify` checks them). Returns how many were handed over.
    @discardableResult
    public func accessLogFromShell(
        filter: AccessLogFilter, osUser: String, language: Language = .ru, _ each: (AccessLogEntry) throws -> Void
    ) throws -> Int {
        try streamFromShell(osUser: osUser) { db in
            var book = try AccessLogNameBook(db)
            var count = 0
            try AccessLogQueries.forEachBatch(filter, db) { rows in
                try book.batch(rows, db).forEachEntry(language: language, each)
                count += rows.count
            }
            return count
        }
    }

    /// The same a batch at a time, as stored bytes with the names they need but not yet in words,
    /// so that the caller can word and write one batch on another thread while the next is read.
    @discardableResult
    public func accessLogFromShell(
        filter: AccessLogFilter, osUser: String, batches: (AccessLogRawBatch) throws -> Void
    ) throws -> Int {
        try streamFromShell(osUser: osUser) { db in
            var book = try AccessLogNameBook(db)
            var count = 0
            try AccessLogQueries.forEachRawBatch(filter, book: &book, db) { batch in
                try batches(batch)
                count += batch.count
            }
            return count
        }
    }

    /// Logs the reading under the operating-system user, then reads in one read transaction.
    private func streamFromShell(osUser: String, _ read: (StoreTransaction) throws -> Int) throws -> Int {
        try translatingWrite { db in
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now()), accountID: nil, login: "os:\(osUser)", role: "system",
                terminal: terminal.label, action: AuditAction.audit.rawValue, object: "ezh audit log"
            ), db)
        }
        return try self.read(read)
    }

    /// The entries of `filter` with their ids resolved to names, a few queries for all of them.
    func namedEntries(
        _ filter: AccessLogFilter, withHashes: Bool = true, language: Language, _ db: StoreTransaction
    ) throws -> [AccessLogEntry] {
        var book = try AccessLogNameBook(db)
        return try book.entries(AccessLogQueries.entries(filter, withHashes: withHashes, db), language: language, db)
    }

    /// The user saved an export to a file: what, how many rows and where go to the access log.
    public func recordExport(_ session: Session, what: String, rows: Int, path: String) {
        try? logEvent(.export, account: session.accountID, login: session.login, role: session.roleLabel,
                      detail: "\(what): \(rows) → \(path)")
    }

    /// Turns a class name typed in a filter («5А») into its id.
    public func classID(named name: String) throws -> ClassID? {
        try read { try AccessLogQueries.classID(named: name, $0) }
    }
}
