import EzhCore
package import EzhStore
import Foundation
internal import GRDB

extension JournalService {
    /// Creates an empty school with its first administrator and the standard dictionary of work
    /// types in an empty database. The account's password is one-time: it must be changed at
    /// first sign-in. `isDemo` marks the demo school (its clock may be moved), which the demo
    /// builds through the same path.
    package static func createSchool(
        in store: JournalStore, name: String, timeZone: String, administrator login: String, password: String,
        clock: any JournalClock, isDemo: Bool = false
    ) throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw JournalError.invalidInput(field: .verbatim("--school"), problem: BilingualText("пустое название", "the name is empty"))
        }
        guard SchoolTimeZone(identifier: timeZone) != nil else {
            throw JournalError.invalidInput(field: .verbatim("--timezone"), problem: BilingualText(
                "неизвестный часовой пояс «\(timeZone)» (пример: Europe/Moscow)", "unknown time zone “\(timeZone)” (for example Europe/Moscow)"
            ))
        }
        try PasswordPolicy.check(password, login: login)
        let hash = PasswordHasher.hash(password)
        let key = SchoolKey.generate()
        let keyPath = SchoolKey.path(forJournalAt: store.path)
        if FileManager.default.fileExists(atPath: keyPath) {
            // A real school's stray key may be the one its backups were signed with: never
            // overwritten. The demo's is only ever the demo's.
            guard isDemo else { throw SchoolKeyError.exists(path: keyPath) }
            unlink(keyPath)
        }
        try store.pool.write { db in
            guard try SchoolQueries.school(db) == nil else {
                throw JournalError.invalidInput(
                    field: .verbatim(store.path), problem: BilingualText("в базе уже есть школа", "the database already has a school")
                )
            }
            let now = clock.now()
            try SchoolQueries.createSchool(
                SchoolRecord(name: name, timeZoneIdentifier: timeZone, weekDays: 5, isDemo: isDemo),
                createdAt: InstantFormat.string(now), in: db
            )
            try SchoolQueries.insertWorkTypes(StandardWorkTypes.entries, db)
            let staff = try AccountQueries.createStaff(
                name: PersonName(last: "Администратор", first: "ЭЖ"), position: "Администратор ЭЖ", db
            )
            let account = try AccountQueries.createStaffAccount(
                login: login, passwordHash: hash, staff: staff, roles: [.administrator], mustChangePassword: true, db
            )
            try ChangeLog.record(ChangeRecord(
                entity: "account", entityKey: "account=\(account)", field: "created", oldValue: nil, newValue: login,
                accountID: account, changedAt: now, terminal: "init"
            ), in: db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now), accountID: account, login: login, role: Role.administrator.rawValue,
                terminal: "init", action: AuditAction.account.rawValue, object: "школа создана: \(name)",
                historyID: try AccessLogQueries.lastHistoryID(db)
            ), db)
            try recordNewSchoolKey(key, at: now, login: login, account: account, db)
        }
        try key.save(forJournalAt: store.path, schoolName: name)
    }
}
