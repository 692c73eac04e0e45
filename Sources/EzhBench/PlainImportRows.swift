import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB

/// The baseline of an import: the rows one import wrote (every table's new rows, its change
/// history and access-log entries among them), inserted again with plain SQL into a copy of the
/// same empty school, one transaction per file as the import writes, through prepared
/// statements on a connection set up as the journal's (WAL, synchronous=FULL, foreign keys,
/// checked at commit). New accounts' passwords are hashed with Argon2id as the import must, and
/// each access-log entry is chained to the head read back and hashed with BLAKE2b.
/// Rows an import updated rather than inserted are not replayed, so the baseline errs short.
struct PlainImportRows {
    /// One table's new rows, with the columns they fill.
    struct TableRows {
        let table: String
        let columns: [String]
        let rows: [[DatabaseValue]]
        /// For the access log, its entries, each chained to the head and hashed again on insert.
        var logEntries: [AccessLogRow]?
    }

    /// What one file's import wrote.
    struct FileRows {
        let tables: [TableRows]
        /// Accounts it created, each of which needed a password hashed.
        let accounts: Int

        var count: Int { tables.reduce(0) { $0 + $1.rows.count } }
    }

    /// The tables with rowids (the journal's WITHOUT ROWID ones hold marks and attendance, which
    /// no import writes), and each one's highest rowid now.
    static func highWater(_ db: Database) throws -> [String: Int64] {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'
            """)
        return try Dictionary(uniqueKeysWithValues: tables.map { table in
            (table, try Int64.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \(table.quotedDatabaseIdentifier)") ?? 0)
        })
    }

    /// The rows added since `before` (from `highWater`), table by table.
    static func added(since before: [String: Int64], _ db: Database) throws -> FileRows {
        var tables: [TableRows] = []
        for (table, mark) in before.sorted(by: { $0.key < $1.key }) {
            let columns = try db.columns(in: table).map(\.name)
            let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table.quotedDatabaseIdentifier) WHERE rowid > ? ORDER BY rowid",
                                        arguments: [mark])
            guard !rows.isEmpty else { continue }
            var added = TableRows(table: table, columns: columns, rows: rows.map { row in columns.indices.map { row[$0] } })
            if table == "access_log" { added.logEntries = rows.map(AccessLogRow.init(row:)) }
            tables.append(added)
        }
        let accounts = tables.first { $0.table == "account" }?.rows.count ?? 0
        return FileRows(tables: tables, accounts: accounts)
    }

    private let queue: DatabaseQueue

    init(journal path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
    }

    /// One file's rows in one durable transaction.
    func insert(_ file: FileRows) throws {
        for index in 0..<file.accounts { _ = PasswordHasher.hash("baseline-\(index)") }
        try queue.write { db in
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            for table in file.tables {
                let statement = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO \(table.table.quotedDatabaseIdentifier) (\(table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")))
                    VALUES (\(Array(repeating: "?", count: table.columns.count).joined(separator: ", ")))
                    """)
                guard let entries = table.logEntries, let hashColumn = table.columns.firstIndex(of: "hash") else {
                    for row in table.rows { try statement.execute(arguments: StatementArguments(row)) }
                    continue
                }
                // Each entry as AccessLog.append writes it: the head read, the BLAKE2b hash made.
                let head = try db.makeStatement(sql: "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")
                for (row, entry) in zip(table.rows, entries) {
                    _ = try Row.fetchOne(head)
                    var values = row
                    values[hashColumn] = AccessLog.hash(of: entry).databaseValue
                    try statement.execute(arguments: StatementArguments(values))
                }
            }
        }
    }
}
