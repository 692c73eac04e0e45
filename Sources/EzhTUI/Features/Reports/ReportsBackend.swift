import EzhCore
import EzhService

/// What the «Отчёты» screen needs of the journal: the reports the session's roles produce (from
/// the one catalogue the CLI reads too), what the pickers offer, the report made, its file saved.
public protocol ReportsBackend: AnyObject {
    func reportKinds(for session: Session) -> [ReportKind]
    func reportChoices(_ session: Session) throws -> ReportChoices
    func reportPupils(_ session: Session, classID: ClassID) throws -> [(id: PupilID, name: PersonName)]
    /// Makes the report; called on a thread of its own while the screen keeps drawing. The
    /// report's service method checks access and logs it.
    func makeReport(_ kind: ReportKind, _ session: Session, _ request: ReportRequest) throws -> MadeReport
    /// Records in the access log that a report left the journal (to the printer).
    func recordExport(_ session: Session, what: String, rows: Int, path: String)
    func saveReport(_ session: Session, _ bytes: [UInt8], to path: String, what: String, rows: Int, replacing: Bool) throws -> String
}

