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
            `ezh backup` copies the journal while everyone keeps working (SQLite's backup API) to each \
            --to folder, or to the setting backup.destinations. Each copy is checked (integrity_check, \
            the access-log chain), digested (BLAKE2b) and described by a manifest signed with the school's \
            key before it counts; older copies are then rotated (backup.keep_daily, _weekly, _monthly, \
            _yearly). Run it as the user who owns the database (the systemd timer does, daily). \
            Exits 1 when any destination failed.
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
                for destination in targets {
                    print("\(destination):")
                    let folders = JournalService.backups(in: destination)
                    if folders.isEmpty { print("  копий нет") }
                    for folder in folders {
                        print("  " + BackupListing.line(folder, zone: service.timeZone))
                    }
                }
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verifies a backup (its folder or manifest) or every backup in a destination folder.",
            discussion: """
                Checks the manifest's signature against the school's keys (from --db, or $EZH_DB, and DB.key), \
                every file's size and BLAKE2b, SQLite's integrity_check and the access-log chain of the copy. \
                Without a journal to compare with, the key is checked against the copy's own only (said so). \
                Writes nothing. Exits 1 when any backup fails.
                """
        )

        @Argument(help: "A backup folder, its manifest.json, or a destination folder holding backups.") var path: String
        @Option(help: "The journal whose keys the signature must match.") var db: String?

        func run() throws {
            var failed = false
            try reportingFailures {
                let trusted = TrustedKeys.of(journal: DatabaseLocation.journal(db))
                if trusted.isEmpty {
                    print("Внимание: журнала школы рядом нет — ключ подписи сверяется только с самой копией.")
                }
                let folders = JournalService.backups(in: path)
                for folder in folders.isEmpty ? [path] : folders {
                    do {
                        let verified = try JournalService.verifyBackup(at: folder, trustedKeys: trusted)
                        let database = verified.manifest.database?.bytes ?? 0
                        print("в порядке: \(verified.folder) (\(database) байт, журнал доступа до записи № \(verified.manifest.accessLog.seq), ключ \(SchoolKey.fingerprint(ofPublicKeyHex: verified.manifest.publicKey)))")
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
    static func line(_ folder: String, zone: SchoolTimeZone) -> String {
        let name = (folder as NSString).lastPathComponent
        guard let body = FileManager.default.contents(atPath: folder + "/" + BackupManifest.fileName),
              let manifest = BackupManifest.decode(body)
        else { return "\(name)  опись не читается" }
        let time = InstantFormat.date(manifest.createdAt).map(zone.russianDateTime) ?? manifest.createdAt
        let megabytes = String(format: "%.1f", Double(manifest.files.reduce(0) { $0 + $1.bytes }) / 1_048_576)
        let kind = manifest.kind == .archive ? "архив \(manifest.year ?? "")" : "копия"
        return "\(name)  \(kind)  \(time)  \(megabytes) МБ  журнал доступа до № \(manifest.accessLog.seq)"
    }
}
