import EzhCore
import Foundation

/// What a backup (or a year archive) holds, signed with the school's key: `manifest.json` is
/// the exact bytes signed, `manifest.sig` the Ed25519 signature in hex. Two files rather than
/// one so nothing has to be re-encoded the same way years later to check the signature.
///
/// The access log's head (sequence and hash) is an anchor: a chain rewritten after the backup
/// was made no longer ends in, or passes through, this head (`ezh audit verify` uses it).
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let currentFormat = "ezh-backup-1"
    public static let fileName = "manifest.json"
    public static let signatureFileName = "manifest.sig"
    /// The database's name inside a backup or an archive.
    public static let databaseFileName = "journal.sqlite"

    public enum Kind: String, Codable, Sendable {
        case backup
        case archive
    }

    public struct File: Codable, Sendable, Equatable {
        public var name: String
        public var bytes: Int64
        /// BLAKE2b-256 of the file's bytes, hex.
        public var blake2b: String
    }

    public struct Head: Codable, Sendable, Equatable {
        public var seq: Int64
        public var hash: String
    }

    public var format: String
    public var kind: Kind
    public var school: String
    /// ISO-8601 UTC: when the copy's snapshot was taken.
    public var createdAt: String
    public var schemaVersion: Int
    public var accessLog: Head
    /// The newest change_history row in the copy: a restore loses the rows after it.
    public var lastHistoryID: Int64
    /// The school's public key (hex) that signed this manifest.
    public var publicKey: String
    /// The database first, then any other file of the package.
    public var files: [File]
    /// For an archive: the school year it keeps; and what is not in it yet.
    public var year: String?
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case format, kind, school, year, note, files
        case createdAt = "created_at"
        case schemaVersion = "schema_version"
        case accessLog = "access_log"
        case lastHistoryID = "last_history_id"
        case publicKey = "public_key"
    }

    /// The bytes that are signed: sorted keys, so the same manifest always reads the same.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) -> BackupManifest? {
        try? JSONDecoder().decode(BackupManifest.self, from: data)
    }

    public var database: File? { files.first { $0.name == Self.databaseFileName } }
}
