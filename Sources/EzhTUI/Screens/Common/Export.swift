import EzhCore

extension Application {
    /// Writes a file the user asked for (a CSV, credential slips) readable by its owner only,
    /// and records the export in the access log: what, how many rows, where; never its content.
    func export(_ text: String, to path: String, what: String, rows: Int) throws -> String {
        let written = try PrivateFile.write(text, to: path)
        if let session { backend.recordExport(session, what: what, rows: rows, path: written) }
        return written
    }
}
