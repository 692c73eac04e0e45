import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh key`: the school's signing key (Ed25519), which signs backups, archives and anchors.
struct Key: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows or creates the school's signing key (not the keymaps: see ezh keys).",
        discussion: """
            The secret half lives beside the database as DB.key (mode 0600), never inside it; the public \
            half is in the database and in every backup manifest. `ezh init` makes it; a school created \
            before the keys gets it from `ezh key create` or its first `ezh backup`. Back the key file up \
            apart from the backups (docs/operations.md).
            """,
        subcommands: [Show.self, Create.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the key's file, fingerprint and the journal's public keys.")

        @Option(help: "The journal database file.") var db: String?

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let service = try ShellService.open(path, access: .readOnly)
                let keys = try service.schoolPublicKeys()
                guard !keys.isEmpty else { throw SchoolKeyError.missing(path: service.schoolKeyPath) }
                for key in keys {
                    print("\(key.createdAt)  \(key.fingerprint)  \(key.hex)")
                }
                _ = try service.signingKey()
                print("Ключ подписи: \(service.schoolKeyPath) (в порядке)")
            }
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Makes the school's signing key when the journal has none.")

        @Option(help: "The journal database file.") var db: String?
        @Flag(help: "Make a new key although the journal has one (its file was lost); older copies stay verifiable.")
        var replace = false

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let service = try ShellService.open(path)
                let key = try service.createSchoolKey(osUser: ProcessInfo.processInfo.userName, replacing: replace)
                print("Ключ подписи создан: \(service.schoolKeyPath) (\(key.fingerprint)). Сохраните копию ключа отдельно от резервных копий.")
            }
        }
    }
}
