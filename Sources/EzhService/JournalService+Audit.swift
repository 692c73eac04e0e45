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
    /// deputy and the director). The reading itself is logged.
    public func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogRow] {
        try loggedRead(session, .audit, object: "журнал доступа") { db in
            let viewer = try viewer(for: session, db)
            guard viewer.roles.contains(.administrator) || viewer.roles.contains(.deputy) || viewer.roles.contains(.director)
            else { throw JournalError.accessDenied(BilingualText(AuditAction.audit.name(in:))) }
            return try AccessLogQueries.entries(filter, db)
        }
    }

    /// The access log read from the server's shell (`ezh audit log`) by someone who can read the
    /// database file: logged under the operating-system user.
    public func accessLogFromShell(filter: AccessLogFilter, osUser: String) throws -> [AccessLogRow] {
        try translatingWrite { db in
            let rows = try AccessLogQueries.entries(filter, db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now()), accountID: nil, login: "os:\(osUser)", role: "system",
                terminal: terminal.label, action: AuditAction.audit.rawValue, object: "ezh audit log"
            ), db)
            return rows
        }
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
