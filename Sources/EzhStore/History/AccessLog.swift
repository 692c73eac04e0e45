import CSodium
import EzhCore

import Foundation
import GRDB

/// The hash chain of the access log. Each entry's hash is BLAKE2b-256 over its sequence number,
/// its fields and the previous entry's hash, so no row can be changed, removed, inserted or
/// moved without breaking the chain from that row on.
public enum AccessLog {
    public static let genesis = String(repeating: "0", count: 64)

    /// Appends `entry` after the current head, inside the caller's write transaction (which is
    /// IMMEDIATE, so two processes never read the same head).
    public static func append(_ entry: AccessLogRow, _ db: Database) throws {
        let head = try AccessLogQueries.head(db)
        var row = entry
        row.seq = (head?.seq ?? 0) + 1
        row.prevHash = head?.hash ?? genesis
        row.hash = hash(of: row)
        try AccessLogQueries.append(row, db)
    }

    /// Appends `entries` in order after the current head, inside the caller's write transaction:
    /// the chain they make is the one that appending them one by one would make.
    public static func append(contentsOf entries: [AccessLogRow], _ db: Database) throws {
        guard !entries.isEmpty else { return }
        let head = try AccessLogQueries.head(db)
        var (seq, hash) = (head?.seq ?? 0, head?.hash ?? genesis)
        for entry in entries {
            var row = entry
            seq += 1
            row.seq = seq
            row.prevHash = hash
            row.hash = Self.hash(of: row)
            hash = row.hash
            try AccessLogQueries.append(row, db)
        }
    }

    public static func hash(of row: AccessLogRow) -> String {
        let fields: [String] = [
            String(row.seq), row.at, row.accountID.map { String($0.rawValue) } ?? "", row.login, row.role, row.terminal,
            row.action, row.object, row.classID.map { String($0.rawValue) } ?? "",
            row.subjectID.map { String($0.rawValue) } ?? "", row.lessonDate ?? "",
            row.periodID.map { String($0.rawValue) } ?? "", row.historyID.map(String.init) ?? "",
            row.permissionID.map { String($0.rawValue) } ?? "", row.detail, row.prevHash,
        ]
        // Unit separators keep "ab"+"c" and "a"+"bc" apart.
        return blake2b(Array(fields.joined(separator: "\u{1F}").utf8))
    }

    private static func blake2b(_ bytes: [UInt8]) -> String {
        precondition(sodium_init() >= 0, "libsodium failed to initialise")
        var digest = [UInt8](repeating: 0, count: 32)
        _ = crypto_generichash(&digest, digest.count, bytes, UInt64(bytes.count), nil, 0)
        return hex(digest)
    }
}

extension AccessLog {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex without String(format:), which cost most of a bulk import's time.
    static func hex(_ bytes: [UInt8]) -> String {
        var characters = [UInt8]()
        characters.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            characters.append(hexDigits[Int(byte >> 4)])
            characters.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
