import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh backup`: signed, checked online copies of the journal, their list, their check, their
/// settings.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes, lists and verifies signed backups of the journal.",
        discussion: """
            `ezh backup` copies the journal as it was at one moment while everyone keeps working, to each \
            --to folder, or to the setting backup.destinations. Each copy is digested (BLAKE2b) as it is \
            written, checked as far as fits the time of the copy (header and size, schema, access-log head, \
            the chain since the last fully checked backup's signed checkpoint; with none, from the start in \
            idle time, as far as it gets) and described by a manifest signed with the school's \
            key; older copies are then rotated (backup.keep_daily, _weekly, _monthly, _yearly). The full check \
            (integrity_check, the whole chain, values against history) is `ezh backup verify --latest`, which \
            the systemd timer runs right after; `ezh backup list` shows which copies passed it. Run it as the \
            user who owns the database (the systemd timer does, daily). Exits 1 when any destination failed.
            """,
        subcommands: [Make.self, List.self, Verify.self, Settings.self, Set.self],
        defaultSubcommand: Make.self
    )

    struct Make: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "now", abstract: "Backs the journal up now (the default).")

        @Option(help: "The journal database file.") var db: String?
        @Option(name: .customLong("to"), help: "A destination folder (repeatable); default: the setting backup.destinations.")
        var destinations: [String] = []

        func run() throws {
            let path = DatabaseLocation.journal(db)
            var failed = false
            try reportingFailures(database: path) {
                let service = try ShellService.open(path)
                let targets = destinations.isEmpty ? try service.backupSettings().destinations : destinations
                for outcome in try service.backUp(to: targets, osUser: ProcessInfo.processInfo.userName) {
                    if let folder = outcome.folder, let manifest = outcome.manifest {
                        let megabytes = Double(manifest.database?.bytes ?? 0) / 1_048_576
                        print("Копия готова: \(folder) (\(String(format: "%.1f", megabytes)) МБ, журнал доступа до записи № \(manifest.accessLog.seq))")
                        if let reached = outcome.chainCheckedTo {
                            print("  цепочка журнала доступа проверена при копировании до записи № \(reached); дальше её проверит ezh backup verify --latest")
                        }
                        if !outcome.removed.isEmpty {
                            print("  ротация удалила: \(outcome.removed.joined(separator: ", "))")
                        }
                    } else if let failure = outcome.failure {
                        failed = true
                        FileHandle.standardError.write(Data("ezh: \(outcome.destination): \(failure.message(in: .ru))\n".utf8))
                    }
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the backups in each destination, oldest first.")

        @Option(help: "The journal database file.") var db: String?
        @Option(name: .customLong("to"), help: "A destination folder (repeatable); default: the setting backup.destinations.")
        var destinations: [String] = []

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let service = try ShellService.open(path, access: .readOnly)
                let targets = destinations.isEmpty ? try service.backupSettings().destinations : destinations
                guard !targets.isEmpty else { throw BackupError.noDestinations }
                let verified = try service.fullVerifications()
                for destination in targets {
                    print("\(destination):")
                    let folders = JournalService.backups(in: destination)
                    if folders.isEmpty { print("  копий нет") }
                    for folder in folders {
                        print("  " + BackupListing.line(folder, zone: service.timeZone, verifiedAt: verified[(folder as NSString).lastPathComponent]))
                    }
                }
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verifies a backup (its folder or manifest), every backup in a destination folder, or with --latest the newest in each destination.",
            usage: "ezh backup verify /mnt/usb1/ezh\nezh backup verify --latest",
            discussion: """
                The full check: the manifest's signature against the school's keys (from --db, or $EZH_DB, and \
                DB.key), every file's size and BLAKE2b, SQLite's integrity_check, the whole access-log chain and \
                every journal value against its history. `ezh backup` itself checks a copy only as far as fits \
                the time of the copy (header, schema, digest, the chain since the last anchor). Without a journal \
                to compare with, the key is checked against the copy's own only (said so). With --latest (what \
                the systemd timer runs after each backup) the journal notes each copy that passed as fully \
                verified: only those keep the home screen's warning away. Otherwise writes nothing. \
                Exits 1 when any backup fails.
                """
        )

        @Argument(help: "A backup folder, its manifest.json, or a destination folder holding backups.") var path: String?
        @Flag(help: "Verify the newest backup in each destination (--to, or the setting backup.destinations) and note it in the journal.")
        var latest = false
        @Option(name: .customLong("to"), help: "With --latest: a destination folder (repeatable).")
        var destinations: [String] = []
        @Option(help: "The journal whose keys the signature must match.") var db: String?

        func validate() throws {
            guard (path == nil) == latest else { throw ValidationError("Name a backup or a destination folder, or give --latest (not both).") }
        }

        func run() throws {
            var failed = false
            try reportingFailures {
                let journal = DatabaseLocation.journal(db)
                let trusted = TrustedKeys.of(journal: journal)
                if trusted.isEmpty {
                    print("Внимание: журнала школы рядом нет — ключ подписи сверяется только с самой копией.")
                }
                var folders: [String]
                var service: JournalService?
                if let path {
                    folders = JournalService.backups(in: path)
                    if folders.isEmpty { folders = [path] }
                } else {
                    let opened = try ShellService.open(journal)
                    service = opened
                    let targets = destinations.isEmpty ? try opened.backupSettings().destinations : destinations
                    guard !targets.isEmpty else { throw BackupError.noDestinations }
                    folders = []
                    for destination in targets {
                        guard let newest = JournalService.backups(in: destination).last(where: { ($0 as NSString).lastPathComponent.hasPrefix("ezh-backup-") }) else {
                            failed = true
                            FileHandle.standardError.write(Data("ezh: \(destination): копий нет\n".utf8))
                            continue
                        }
                        folders.append(newest)
                    }
                }
                for folder in folders {
                    do {
                        let verified = try JournalService.verifyBackup(at: folder, trustedKeys: trusted)
                        let database = verified.manifest.database?.bytes ?? 0
                        print("в порядке: \(verified.folder) (\(database) байт, журнал доступа до записи № \(verified.manifest.accessLog.seq), ключ \(SchoolKey.fingerprint(ofPublicKeyHex: verified.manifest.publicKey)))")
                        if let service, try !service.recordFullVerification(of: verified.folder, osUser: ProcessInfo.processInfo.userName) {
                            print("  (в журнале этой копии нет: отметка о проверке не сделана)")
                        }
                    } catch let error as UserFacingError {
                        failed = true
                        FileHandle.standardError.write(Data("ezh: \(error.message(in: .ru))\n".utf8))
                    }
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the backup settings.")

        @Option(help: "The journal database file.") var db: String?

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let settings = try ShellService.open(path, access: .readOnly).backupSettings()
                for key in BackupSettings.Key.all {
                    print("\(key) = \(settings.stored[key] ?? "")")
                }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes a backup setting (the administrator).",
            usage: "ezh backup set backup.destinations \"/mnt/usb1/ezh;/srv/nas/ezh\" --login admin"
        )

        @Argument(help: "The setting: \(BackupSettings.Key.all.joined(separator: ", ")).") var key: String
        @Argument(help: "Its new value.") var value: String
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                try service.changeBackupSetting(session, key: key, value: value)
                print("\(key) = \(try service.backupSettings().stored[key] ?? "")")
            }
        }
    }
}

/// The public keys a backup's signature must match: those the journal names and its key file's.
enum TrustedKeys {
    static func of(journal path: String) -> [String] {
        var keys: [String] = []
        if FileManager.default.fileExists(atPath: path), let service = try? ShellService.open(path, access: .readOnly) {
            keys += (try? service.schoolPublicKeys().map(\.hex)) ?? []
        }
        if let key = try? SchoolKey.load(forJournalAt: path), !keys.contains(key.publicKeyHex) {
            keys.append(key.publicKeyHex)
        }
        return keys
    }
}

/// One line of `ezh backup list`: the backup's folder, its time in school time, size and head.
enum BackupListing {
    /// `verifiedAt`: when `ezh backup verify --latest` checked the copy fully (nil: only the
    /// backup's own checks; an archive is checked fully when it is made).
    static func line(_ folder: String, zone: SchoolTimeZone, verifiedAt: Date?) -> String {
        let name = (folder as NSString).lastPathComponent
        guard let body = FileManager.default.contents(atPath: folder + "/" + BackupManifest.fileName),
              let manifest = BackupManifest.decode(body)
        else { return "\(name)  опись не читается" }
        let time = InstantFormat.date(manifest.createdAt).map(zone.russianDateTime) ?? manifest.createdAt
        let megabytes = String(format: "%.1f", Double(manifest.files.reduce(0) { $0 + $1.bytes }) / 1_048_576)
        let kind = manifest.kind == .archive ? "архив \(manifest.year ?? "")" : "копия"
        let check = manifest.kind == .archive ? "" : verifiedAt.map { "  проверена полностью \(zone.russianDateTime($0))" }
            ?? "  проверена при копировании (полной проверки ещё не было)"
        return "\(name)  \(kind)  \(time)  \(megabytes) МБ  журнал доступа до № \(manifest.accessLog.seq)\(check)"
    }
}
