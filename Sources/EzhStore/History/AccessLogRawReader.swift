import EzhCore
import GRDB
import GRDBSQLite

extension AccessLogQueries {
    /// What a listing prints of an entry: the numbers, then the texts, in the order
    /// `AccessLogRawBatch.Number` and `.Text` name them.
    static let rawColumns = """
        seq, class_id, subject_id, period_id, late_permission_id,
        at, login, role, terminal, action, object, lesson_date, detail
        """

    /// Entries matching `filter`, newest first, handed over `batchSize` at a time as their stored
    /// bytes (`AccessLogRawBatch`), each batch with the names its wording needs from `book`. The
    /// columns are copied straight from SQLite's row into the batch's buffer: decoding a million
    /// rows into strings and structs cost more than reading them. Memory holds one batch.
    public static func forEachRawBatch(
        _ filter: AccessLogFilter, batchSize: Int = 2_000, book: inout AccessLogNameBook, _ db: Database,
        _ body: (AccessLogRawBatch) throws -> Void
    ) throws {
        let (sql, arguments) = select(filter, columns: rawColumns)
        let statement = try db.makeStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        let sqlite = statement.sqliteStatement
        let numbers = AccessLogRawBatch.Number.allCases.count
        let texts = AccessLogRawBatch.Text.allCases.count
        // A stored entry's texts come to about 150 bytes.
        func emptyBatch() -> AccessLogRawBatch { AccessLogRawBatch(reservingRows: batchSize, bytesPerRow: 192) }
        var batch = emptyBatch()
        func handOver() throws {
            batch.names = try book.names(for: batch.objects, db)
            try body(batch)
            batch = emptyBatch()
        }
        while try cursor.next() != nil {
            for column in 0..<Int32(numbers) {
                batch.appendNumber(sqlite3_column_type(sqlite, column) == SQLITE_NULL ? nil : sqlite3_column_int64(sqlite, column))
            }
            for column in Int32(numbers)..<Int32(numbers + texts) {
                // The text first, then its length, as SQLite asks.
                let text = sqlite3_column_text(sqlite, column)
                batch.appendText(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqlite, column))))
            }
            batch.endRow()
            if batch.count == batchSize { try handOver() }
        }
        if batch.count > 0 { try handOver() }
    }
}
