import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// What the year archive says it holds.
    static let archiveNote = """
        Архив учебного года: копия базы журнала только для чтения (journal.sqlite); по каждому классу в PDF \
        сводная ведомость итоговой успешности с заверительным листом (КЛАСС-сводная-ведомость.pdf) и \
        классный журнал, напечатанный по страницам (КЛАСС-классный-журнал.pdf); опись с BLAKE2b каждого \
        файла, подписанная ключом школы (Ed25519). Хранить: сводную ведомость 25 лет, классные журналы \
        5 лет, на двух носителях в разных помещениях (docs/operations.md). Проверка: ezh archive verify ПАПКА.
        """

    /// The archive's PDF files of a class: the сводная ведомость (with its binding sheet) and the journal.
    static func archiveFileNames(_ className: String) -> (results: String, journal: String) {
        ("\(className)-сводная-ведомость.pdf", "\(className)-классный-журнал.pdf")
    }

    /// Writes the signed archive of a closed school year into `destination` (`ezh archive`): a
    /// read-only copy of the journal holding the year, each class's сводная ведомость итоговой
    /// успешности and class journal as PDF (printed by `printer`: the front end holds the
    /// renderer), a note of what it holds, and the manifest with every file's BLAKE2b, signed.
    /// Made in a hidden folder and renamed when whole, as a backup is; logged in the access log.
    /// Refused while the year is open.
    public func archiveYear(named name: String?, to destination: String, osUser: String, printer: ArchivePrinter? = nil) throws -> VerifiedBackup {
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
            let printed = try printer.map { try printArchiveDocuments(of: year.id, with: $0, into: partial) } ?? []
            var files: [BackupManifest.File] = []
            for file in [BackupManifest.databaseFileName, "README.txt"] + printed {
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
                note: printed.isEmpty ? "без PDF" : "PDF по классам: сводная ведомость итоговой успешности с заверительным листом, классный журнал"
            )
            try BackupFiles.writeManifest(manifest, signedWith: key, into: partial)
            BackupFiles.sync(partial)
            let folder = destination + "/" + name
            try BackupFiles.renameDurably(partial, to: folder)
            try translatingWrite { db in
                try AccessLog.append(AccessLogRow(
                    seq: 0, at: InstantFormat.string(now()), accountID: nil, login: "os:\(osUser)", role: "system",
                    terminal: terminal.label, action: AuditAction.backup.rawValue, object: destination,
                    detail: "архив года \(year.name): \(name), PDF: \(printed.count), запись № \(facts.headSeq)"
                ), db)
            }
            return VerifiedBackup(folder: folder, manifest: manifest, keyCheckedAgainstSchool: true)
        } catch {
            chmod(partial, 0o700)
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Every class's archive documents printed into `folder` (read-only files), by class; returns
    /// their names for the manifest.
    private func printArchiveDocuments(of year: YearID, with printer: ArchivePrinter, into folder: String) throws -> [String] {
        let documents = try read { db in
            try YearQueries.classes(ofYear: year, db).map { row in
                ArchiveClassDocuments(
                    className: row.name.description, results: try yearResultsDocuments(row.id, db), journal: try journalBook(row.id, db)
                )
            }
        }
        var names: [String] = []
        for class_ in documents {
            let pdf = try printer(class_)
            let (results, journal) = Self.archiveFileNames(class_.className)
            for (file, bytes) in [(results, pdf.results), (journal, pdf.journal)] {
                try BackupFiles.writeDurably(Data(bytes), to: folder + "/" + file)
                chmod(folder + "/" + file, 0o400)
                names.append(file)
            }
        }
        return names
    }
}

/// A class's archive documents, for the front end to print (the service holds no renderer).
public struct ArchiveClassDocuments: Sendable {
    public let className: String
    public let results: YearResultsDocuments
    public let journal: ClassJournalDocuments
}

/// Prints one class's archive documents as two PDFs: the сводная ведомость followed by its binding
/// sheet (counting the real pages), and the class journal page by page.
public typealias ArchivePrinter = (ArchiveClassDocuments) throws -> (results: [UInt8], journal: [UInt8])
