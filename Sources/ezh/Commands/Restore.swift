import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh restore`: puts a verified backup in place of the journal.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restores the journal from a verified backup.",
        discussion: """
            Verifies the backup first (signature by the school's key, digests, integrity_check, the access-log \
            chain) and refuses otherwise. Says what the restore would lose (changes made after the backup, by \
            kind) and asks for confirmation (--yes for scripts). Refuses while any other program has the journal \
            open. The replaced journal is kept as DB.before-restore-TIME. The restore is logged in the access log.
            """
    )

    @Argument(help: "The backup: its folder or its manifest.json.") var backup: String
    @Option(help: "The journal database file to restore.") var db: String?
    @Flag(help: "Do not ask for confirmation.") var yes = false
    @Flag(help: "With no journal and no DB.key at hand (a new machine), accept the key the backup names.")
    var trustCopyKey = false

    func run() throws {
        let path = DatabaseLocation.journal(db)
        try reportingFailures(database: path) {
            let plan = try JournalService.planRestore(backup: backup, journal: path, trustCopyKey: trustCopyKey)
            let manifest = plan.backup.manifest
            let made = plan.backup.schoolTimeZone.flatMap { zone in InstantFormat.date(manifest.createdAt).map(zone.russianDateTime) }
                ?? manifest.createdAt + " (UTC)"
            print("Копия \(plan.backup.folder): «\(manifest.school)», сделана \(made), журнал доступа до записи № \(manifest.accessLog.seq) — проверена.")
            if !plan.backup.keyCheckedAgainstSchool {
                print("Внимание: ключ подписи сверен только с самой копией (--trust-copy-key).")
            }
            if plan.journalExists {
                if plan.losses.isEmpty {
                    print("Изменений после копии в журнале нет.")
                } else {
                    print("Будут потеряны изменения, сделанные после копии:")
                    for loss in plan.losses { print("  \(loss.kind.russian): \(loss.count)") }
                }
                print("  записей журнала доступа после копии: \(plan.lostLogEntries)")
            } else {
                print("Базы \(path) нет: копия будет положена на её место.")
            }
            if !yes {
                print("Восстановить журнал из этой копии? Введите «да»: ", terminator: "")
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard ["да", "yes"].contains(answer) else { throw BackupError.notConfirmed }
            }
            let result = try JournalService.restore(
                plan, osUser: ProcessInfo.processInfo.userName, terminal: TerminalIdentity.current()
            )
            print("Журнал восстановлен из копии \(plan.backup.folder).")
            if let safety = result.safetyCopy { print("Прежняя база сохранена: \(safety)") }
        }
    }
}
