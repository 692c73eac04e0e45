import EzhCore

extension JournalService {
    /// Files written on request from this journal: its own database is never one of them.
    public var exportFiles: ExportFiles { ExportFiles(journalPath: store.path) }

    /// Saves a file the user asked for (`ExportFiles.write`) and records the export in the access
    /// log: what, how many rows, where; never its content. Returns the full path written.
    public func saveExport(
        _ session: Session, _ text: String, to path: String, what: String, rows: Int, replacing: Bool
    ) throws -> String {
        let written = try exportFiles.write(text, to: path, replacing: replacing)
        recordExport(session, what: what, rows: rows, path: written)
        return written
    }
}
