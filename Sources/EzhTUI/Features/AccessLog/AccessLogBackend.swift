import EzhCore
import EzhService

/// What the access log, its statistics and the access report need of the journal.
public protocol AccessLogBackend: AnyObject {
    func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogEntry]
    func accessLogDetail(_ session: Session, entry: AccessLogRow) throws -> AccessLogDetail
    func verifyAccessLog() throws -> AuditVerification
    func usageStatistics(_ session: Session, span: DateSpan) throws -> UsageStatistics
    func accessReport(_ session: Session, filter: AccessLogFilter) throws -> [AccessReportRow]
    /// The class named «5А» in a typed filter.
    func classID(named name: String) throws -> ClassID?
}
