import EzhCore
internal import EzhStore
import Foundation

/// A backup (or archive) that passed every check.
public struct VerifiedBackup: Sendable {
    /// The backup's folder.
    public let folder: String
    public let manifest: BackupManifest
    /// Whether the signing key was one the school vouches for (its journal or its key file), or
    /// only the one the copy itself names (nothing else was at hand to compare with).
    public let keyCheckedAgainstSchool: Bool
    /// The school's time zone, read from the copy (nil when it names none this machine knows).
    public var schoolTimeZone: SchoolTimeZone? = nil

    public var databasePath: String { folder + "/" + BackupManifest.databaseFileName }
}

extension JournalService {
    /// The folder of the backup `path` names: the folder itself, or its manifest or database.
    public static func backupFolder(_ path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return BackupFiles.isFolder(trimmed) ? trimmed : (trimmed as NSString).deletingLastPathComponent
    }

    /// Checks a backup or an archive before anyone trusts it: the manifest's signature, that its
    /// key is the school's (one of `trustedKeys`, hex; when none are given, the key the copy's
    /// own journal names), every file's size and BLAKE2b, SQLite's integrity_check of the
    /// database, its access-log chain, and that the chain ends where the manifest says. Throws
    /// the first thing wrong.
    public static func verifyBackup(at path: String, trustedKeys: [String]) throws -> VerifiedBackup {
        let folder = backupFolder(path)
        let manifestPath = folder + "/" + BackupManifest.fileName
        guard let body = FileManager.default.contents(atPath: manifestPath),
              let signatureText = FileManager.default.contents(atPath: folder + "/" + BackupManifest.signatureFileName)
        else { throw BackupError.notABackup(path: folder) }
        guard let manifest = BackupManifest.decode(body), manifest.format == BackupManifest.currentFormat,
              let publicKey = Hex.data(manifest.publicKey)
        else { throw BackupError.badManifest(path: folder) }
        let signatureHex = String(decoding: signatureText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let signature = Hex.data(signatureHex), SchoolKey.verify(signature: signature, message: body, publicKey: publicKey)
        else { throw BackupError.badSignature(path: folder) }
        if !trustedKeys.isEmpty, !trustedKeys.contains(manifest.publicKey) {
            throw BackupError.untrustedKey(path: folder, fingerprint: SchoolKey.fingerprint(ofPublicKeyHex: manifest.publicKey))
        }
        for file in manifest.files {
            // A name with a slash would reach outside the backup: not one ezh wrote.
            guard !file.name.contains("/"), let actual = BackupFiles.digest(of: folder + "/" + file.name),
                  actual.bytes == file.bytes, actual.blake2b == file.blake2b
            else { throw BackupError.fileChanged(path: folder, file: file.name) }
        }
        guard manifest.database != nil else { throw BackupError.badManifest(path: folder) }
        let facts = try copyFacts(folder + "/" + BackupManifest.databaseFileName, folder: folder)
        guard facts.headSeq == manifest.accessLog.seq, facts.headHash == manifest.accessLog.hash else {
            throw BackupError.headDiffers(path: folder)
        }
        if trustedKeys.isEmpty, !facts.publicKeys.contains(manifest.publicKey) {
            throw BackupError.untrustedKey(path: folder, fingerprint: SchoolKey.fingerprint(ofPublicKeyHex: manifest.publicKey))
        }
        return VerifiedBackup(folder: folder, manifest: manifest, keyCheckedAgainstSchool: !trustedKeys.isEmpty,
                              schoolTimeZone: TimeZone(identifier: facts.timeZoneIdentifier).map(SchoolTimeZone.init))
    }

    /// A copy's facts, refused when SQLite finds damage or the chain does not hold.
    static func copyFacts(_ database: String, folder: String) throws -> JournalCopy.Facts {
        let facts: JournalCopy.Facts
        do {
            facts = try JournalCopy.facts(at: database)
        } catch let error as UserFacingError {
            throw BackupError.damaged(path: folder, detail: error.message(in: .ru))
        } catch {
            throw BackupError.damaged(path: folder, detail: String(describing: error))
        }
        guard facts.damage.isEmpty else {
            throw BackupError.damaged(path: folder, detail: facts.damage.prefix(3).joined(separator: "; "))
        }
        if case .broken = facts.chain {
            throw BackupError.chainBroken(path: folder, detail: facts.chain.message(in: .ru))
        }
        if let values = facts.values, !values.holds {
            throw BackupError.damaged(path: folder, detail: values.message(in: .ru))
        }
        return facts
    }

    /// The backups in a destination folder (each `ezh-backup-*` or `ezh-archive-*` folder with
    /// a manifest), oldest first; folders of unfinished backups are not among them.
    public static func backups(in destination: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        return names.filter { ($0.hasPrefix("ezh-backup-") || $0.hasPrefix("ezh-archive-")) }
            .sorted()
            .map { destination + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0 + "/" + BackupManifest.fileName) }
    }
}
