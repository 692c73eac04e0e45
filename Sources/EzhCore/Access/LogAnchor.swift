import Foundation

/// A signed checkpoint of the access log's head: "at `at`, entry `seq` had hash `hash`", signed
/// with the school's Ed25519 key. Kept in the database, in every backup manifest and in exported
/// anchor files; `ezh audit verify` holds the chain against every one it finds, so a chain
/// recomputed from an earlier entry, or a file replaced by an older copy, no longer fits.
public struct LogAnchor: Sendable, Hashable, Codable {
    /// The head's sequence number and hash.
    public let seq: Int64
    public let hash: String
    /// When the checkpoint was made, ISO-8601 UTC as the log stores instants.
    public let at: String
    /// Why: «period_closed period=3», «backup», «manual».
    public let reason: String
    /// The signing key's public half and the Ed25519 signature of `message`, lower-case hex.
    public let publicKey: String
    public let signature: String

    public init(seq: Int64, hash: String, at: String, reason: String, publicKey: String, signature: String) {
        self.seq = seq
        self.hash = hash
        self.at = at
        self.reason = reason
        self.publicKey = publicKey
        self.signature = signature
    }

    /// The bytes the signature covers: a fixed prefix (so a signature made for something else,
    /// such as a manifest, never passes for an anchor) and each field on a line of its own.
    public static func message(seq: Int64, hash: String, at: String, reason: String) -> [UInt8] {
        Array("ezh access-log anchor v1\n\(seq)\n\(hash)\n\(at)\n\(reason)\n".utf8)
    }

    public var message: [UInt8] { Self.message(seq: seq, hash: hash, at: at, reason: reason) }
}

/// Where an anchor was found, for the report.
public enum AnchorSource: Sendable, Hashable {
    /// The database's own checkpoint with this id.
    case database(id: Int64)
    /// A backup manifest or an exported anchor file.
    case file(path: String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.database(let id), .ru): "контрольная точка № \(id) в базе"
        case (.database(let id), .en): "checkpoint #\(id) in the database"
        case (.file(let path), _): path
        }
    }
}

/// An anchor and where it came from.
public struct FoundAnchor: Sendable, Hashable {
    public let anchor: LogAnchor
    public let source: AnchorSource
    /// The bytes the anchor's signature covers: its own message, or for a backup manifest the
    /// manifest's bytes, which name the head among the backup's other facts.
    public let signedMessage: [UInt8]

    public init(anchor: LogAnchor, source: AnchorSource, signedMessage: [UInt8]? = nil) {
        self.anchor = anchor
        self.source = source
        self.signedMessage = signedMessage ?? anchor.message
    }
}

/// What holding the chain against every anchor found showed.
public struct AnchorVerification: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// The signature does not verify with the anchor's key.
        case badSignature
        /// The anchor was signed with another key than the school's.
        case foreignKey
        /// The log ends before the anchor's entry: the file was replaced by an older copy or cut.
        case beyondEnd(logEnd: Int64)
        /// The entry at the anchor's sequence has another hash: the chain was rewritten at or
        /// before it (after `since`, the last anchor that still holds, when there is one).
        case rewritten(since: Int64?)
    }

    public struct Failure: Sendable, Equatable {
        public let found: FoundAnchor
        public let problem: Problem

        public init(found: FoundAnchor, problem: Problem) {
            self.found = found
            self.problem = problem
        }
    }

    /// Anchors read, by where they came from.
    public let inDatabase: Int
    public let inFiles: Int
    /// Files that looked like manifests or anchors but could not be read, with why.
    public let unreadable: [String]
    /// Every anchor that does not hold, the earliest entry first.
    public let failures: [Failure]

    public init(inDatabase: Int, inFiles: Int, unreadable: [String], failures: [Failure]) {
        self.inDatabase = inDatabase
        self.inFiles = inFiles
        self.unreadable = unreadable
        self.failures = failures
    }

    public var holds: Bool { failures.isEmpty }
    public var count: Int { inDatabase + inFiles }

    public func message(in language: Language) -> String {
        guard let first = failures.first else {
            if count == 0 {
                return language == .ru
                    ? "Подписанных контрольных точек нет: цепочку, пересчитанную заново, проверка не заметит (они появляются при закрытии периода и резервном копировании)."
                    : "No signed checkpoints: a chain recomputed from scratch would go unnoticed (they are made when a period is closed and at every backup)."
            }
            return language == .ru
                ? "Цепочка сходится со всеми подписанными контрольными точками: \(count) (в базе \(inDatabase), в файлах \(inFiles))."
                : "The chain matches every signed checkpoint: \(count) (\(inDatabase) in the database, \(inFiles) in files)."
        }
        let more = failures.count > 1
            ? (language == .ru ? " Всего не сходится точек: \(failures.count)." : " \(failures.count) checkpoints fail in all.")
            : ""
        let where_ = first.found.source.text(language)
        let seq = first.found.anchor.seq
        let text: String = switch (first.problem, language) {
        case (.badSignature, .ru): "подпись контрольной точки (запись № \(seq)) неверна: \(where_)"
        case (.badSignature, .en): "the checkpoint's signature (entry #\(seq)) does not verify: \(where_)"
        case (.foreignKey, .ru): "контрольная точка (запись № \(seq)) подписана чужим ключом, не ключом школы: \(where_)"
        case (.foreignKey, .en): "the checkpoint (entry #\(seq)) is signed with another key than the school's: \(where_)"
        case (.beyondEnd(let end), .ru):
            "журнал доступа кончается записью № \(end), а \(where_) подтверждает запись № \(seq): файл заменён более старой копией или обрезан"
        case (.beyondEnd(let end), .en):
            "the access log ends at entry #\(end) but \(where_) vouches for entry #\(seq): the file was replaced by an older copy or cut"
        case (.rewritten(let since), .ru):
            "запись № \(seq) не та, что подтверждает \(where_): цепочка пересчитана заново"
                + (since.map { " — изменены записи после № \($0) и не позже № \(seq)" } ?? " — изменена запись № \(seq) или одна из предыдущих")
        case (.rewritten(let since), .en):
            "entry #\(seq) is not the one \(where_) vouches for: the chain was recomputed"
                + (since.map { " — entries after #\($0) up to #\(seq) were changed" } ?? " — entry #\(seq) or one before it was changed")
        }
        return (language == .ru ? "Журнал доступа не сходится с контрольной точкой: " : "The access log does not match a checkpoint: ")
            + text + "." + more
    }
}
