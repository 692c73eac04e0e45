/// A batch of access-log rows with just the names their wording needs, handed from the thread
/// that reads the log to the one that words and writes it: wording a million entries is much of
/// the work of a listing, and this way it runs beside the reading rather than after it. The
/// names are the batch's own (a few hundred ids), so the reader may go on filling its book
/// without copying it.
public struct AccessLogBatch: Sendable {
    public let rows: [AccessLogRow]
    let objects: [StoredObject]
    let names: AccessLogNames

    public init(rows: [AccessLogRow], objects: [StoredObject], names: AccessLogNames) {
        precondition(rows.count == objects.count, "one parsed object per row")
        self.rows = rows
        self.objects = objects
        self.names = names
    }

    /// Each entry in words, in the batch's order.
    public func forEachEntry(language: Language, _ body: (AccessLogEntry) throws -> Void) rethrows {
        var abouts = AccessObjectText.Abouts()
        for index in rows.indices {
            try body(AccessObjectText.entry(rows[index], object: objects[index], names: names, language: language, abouts: &abouts))
        }
    }

    public func entries(language: Language) -> [AccessLogEntry] {
        var entries: [AccessLogEntry] = []
        entries.reserveCapacity(rows.count)
        forEachEntry(language: language) { entries.append($0) }
        return entries
    }
}
