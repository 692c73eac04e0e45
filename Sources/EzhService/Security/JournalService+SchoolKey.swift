import EzhCore
internal import EzhStore
import Foundation
internal import GRDB

/// A public half of the school's signing key as the journal records it.
public struct SchoolPublicKey: Sendable, Equatable {
    public let hex: String
    /// ISO-8601 UTC, when the key was made.
    public let createdAt: String

    public var fingerprint: String { SchoolKey.fingerprint(ofPublicKeyHex: hex) }
}

extension JournalService {
    /// Where this journal's signing key lives: `<db>.key`.
    public var schoolKeyPath: String { SchoolKey.path(forJournalAt: store.path) }

    /// The public halves of every key the school has had, oldest first; the last one signs.
    /// Empty for a journal made before the keys (until `ezh key create` or the first backup).
    public func schoolPublicKeys() throws -> [SchoolPublicKey] {
        try read { db in
            guard try SchoolKeyQueries.exists(db) else { return [] }
            return try SchoolKeyQueries.all(db).map { SchoolPublicKey(hex: $0.publicKeyHex, createdAt: $0.createdAt) }
        }
    }

    /// The key that signs now (backups, archives, anchors): `<db>.key`, checked to be the
    /// journal's newest key, so a key file of another school or a retired key never signs.
    public func signingKey() throws -> SchoolKey {
        let keys = try schoolPublicKeys()
        guard let newest = keys.last else { throw SchoolKeyError.missing(path: schoolKeyPath) }
        let key: SchoolKey
        do {
            key = try SchoolKey.load(forJournalAt: store.path)
        } catch SchoolKeyError.missing {
            throw SchoolKeyError.lost(path: schoolKeyPath)
        }
        guard key.publicKeyHex == newest.hex else { throw SchoolKeyError.notThisJournal(path: schoolKeyPath) }
        return key
    }

    /// The signing key, made first when the journal has none (a school created before the keys):
    /// the first `ezh backup` of such a school makes it, as `ezh key create` does.
    public func ensureSigningKey(osUser: String) throws -> SchoolKey {
        if try schoolPublicKeys().isEmpty { return try createSchoolKey(osUser: osUser, replacing: false) }
        return try signingKey()
    }

    /// Makes the school's key (`ezh key create`): the secret half in `<db>.key`, the public half
    /// in the journal, an access-log entry under the operating-system user. A key file that is
    /// already there but unknown to the journal (say, the journal was created again) is taken in
    /// rather than overwritten. `replacing` makes a new key for a journal whose key was lost:
    /// the old public halves stay, so older backups still verify.
    @discardableResult
    public func createSchoolKey(osUser: String, replacing: Bool) throws -> SchoolKey {
        let known = try schoolPublicKeys()
        let keyPath = schoolKeyPath
        if !known.isEmpty, !replacing {
            _ = try signingKey()
            throw SchoolKeyError.exists(path: keyPath)
        }
        if FileManager.default.fileExists(atPath: keyPath) {
            let existing = try SchoolKey.load(from: keyPath)
            if known.contains(where: { $0.hex == existing.publicKeyHex }) { throw SchoolKeyError.exists(path: keyPath) }
            try record(existing, osUser: osUser, note: "ключ из файла")
            return existing
        }
        // The file first: a journal that names a key whose secret half was never written could
        // sign nothing. Should recording fail, the new file goes again.
        let key = SchoolKey.generate()
        try key.save(forJournalAt: store.path, schoolName: schoolName)
        do {
            try record(key, osUser: osUser, note: replacing ? "новый ключ взамен утерянного" : "новый ключ")
        } catch {
            unlink(keyPath)
            throw error
        }
        return key
    }

    private func record(_ key: SchoolKey, osUser: String, note: String) throws {
        try translatingWrite { db in
            let at = InstantFormat.string(now())
            try SchoolKeyQueries.insert(publicKeyHex: key.publicKeyHex, createdAt: at, db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: at, accountID: nil, login: "os:\(osUser)", role: "system", terminal: terminal.label,
                action: AuditAction.setting.rawValue, object: "ключ подписи школы",
                detail: "\(note): \(key.fingerprint)"
            ), db)
        }
    }
}

extension JournalService {
    /// A new school's key, made with the school in `createSchool`'s transaction: its public half
    /// in the journal and an access-log entry; the caller writes the secret half to `<db>.key`
    /// once the transaction has committed.
    static func recordNewSchoolKey(_ key: SchoolKey, at: Date, login: String, account: AccountID, _ db: StoreTransaction) throws {
        try SchoolKeyQueries.insert(publicKeyHex: key.publicKeyHex, createdAt: InstantFormat.string(at), db)
        try AccessLog.append(AccessLogRow(
            seq: 0, at: InstantFormat.string(at), accountID: account, login: login, role: Role.administrator.rawValue,
            terminal: "init", action: AuditAction.setting.rawValue, object: "ключ подписи школы",
            detail: "новый ключ: \(key.fingerprint)"
        ), db)
    }
}
