import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// What the year archive says of the documents it does not hold yet.
    static let archiveNote = """
        Архив учебного года: копия базы журнала только для чтения (journal.sqlite) и опись с BLAKE2b \
        каждого файла, подписанная ключом школы (Ed25519). Сводная ведомость и журналы классов в PDF \
        войдут в архив, когда ezh научится их печатать (отчёты, issue 12). Хранить: сводную ведомость \
        25 лет, классные журналы 5 лет, на двух носителях в разных помещениях (docs/operations.md). \
        Проверка: ezh archive verify ПАПКА.
        """

    /// Writes the signed archive of a closed school year into `destination` (`ezh archive`): a
    /// read-only copy of the journal holding the year, a note of what it holds and what is still
    /// to come (the PDFs), and the manifest with every file's BLAKE2b, signed. Made in a hidden
    /// folder and renamed when whole, as a backup is; logged in the access log. Refused while
    /// the year is open.
    public func archiveYear(named name: String?, to destination: String, osUser: String) throws -> VerifiedBackup {
        let years = try schoolYears()
        guard let year = name.map({ wanted in years.first { $0.name == wanted } }) ?? years.filter(\.isClosed).max(by: { $0.span.first < $1.span.first })
        else {
            throw JournalError.notFound(BilingualText("закрытый учебный год \(name ?? "")", "closed school year \(name ?? "")"))
        }
        guard year.isClosed else { throw BackupError.yearNotClosed(year: year.name) }
        guard BackupFiles.isFolder(destination) else { throw BackupError.destinationMissing(path: destination) }
        let key = try ensureSigningKey(osUser: osUser)
        let started = now()
        let name = "ezh-archive-\(year.name.replacingOccurrences(of: "/", with: "-"))-\(BackupFiles.stamp(started))"
        let partial = "\(destination)/.\(name).partial-\(getpid())"
        try BackupFiles.makeFolder(partial)
        do {
            let database = partial + "/" + BackupManifest.databaseFileName
            try translatingStorageErrors { try JournalCopy.make(from: store, to: database) }
            let facts = try Self.copyFacts(database, folder: partial)
            chmod(database, 0o400)
            let notePath = partial + "/README.txt"
            try BackupFiles.writeDurably(Data((Self.archiveNote + "\n").utf8), to: notePath)
            chmod(notePath, 0o400)
            var files: [BackupManifest.File] = []
            for file in [BackupManifest.databaseFileName, "README.txt"] {
                guard let digest = BackupFiles.digest(of: partial + "/" + file) else {
                    throw BackupError.cannotWrite(path: partial + "/" + file, detail: "не читается")
                }
                files.append(.init(name: file, bytes: digest.bytes, blake2b: digest.blake2b))
            }
            BackupFiles.sync(database)
            let manifest = BackupManifest(
                format: BackupManifest.currentFormat, kind: .archive, school: schoolName, createdAt: InstantFormat.string(started),
                schemaVersion: facts.schemaVersion, accessLog: .init(seq: facts.headSeq, hash: facts.headHash),
                lastHistoryID: facts.lastHistoryID, publicKey: key.publicKeyHex, files: files, year: year.name,
                note: "PDF (сводная ведомость, журналы классов) появятся в архиве с отчётами (issue 12)"
            )
            try BackupFiles.writeManifest(manifest, signedWith: key, into: partial)
            BackupFiles.sync(partial)
            let folder = destination + "/" + name
            try BackupFiles.renameDurably(partial, to: folder)
            try translatingWrite { db in
                try AccessLog.append(AccessLogRow(
                    seq: 0, at: InstantFormat.string(now()), accountID: nil, login: "os:\(osUser)", role: "system",
                    terminal: terminal.label, action: AuditAction.backup.rawValue, object: destination,
                    detail: "архив года \(year.name): \(name), запись № \(facts.headSeq)"
                ), db)
            }
            return VerifiedBackup(folder: folder, manifest: manifest, keyCheckedAgainstSchool: true)
        } catch {
            chmod(partial, 0o700)
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}
