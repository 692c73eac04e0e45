import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Imports the staff list (administrator): adds new staff with accounts (one-time passwords,
    /// changed at first sign-in; their credentials are in the report, shown once), updates the
    /// staff a login (or, without one, a unique full name) matches, and keeps existing accounts
    /// and passwords. The class-teacher role follows the classes file.
    public func importStaff(_ lines: [StaffLine], file: String, dryRun: Bool, session: Session) throws -> ImportReport {
        // Argon2id takes a while per password: hash before the write transaction, never inside it.
        let passwords = dryRun ? [:] : try newAccountPasswords(lines)
        return try runImport(.staff, file: file, dryRun: dryRun, session: session) { db, stamp, report in
            try require(.manageStaff, try viewer(for: session, db))
            let stored = try PeopleSetupQueries.staff(db)
            let matches = try matchStaff(lines, stored, session: session, &report, db)
            guard report.problems.isEmpty else { return }
            var subjects = Dictionary(
                try PeopleSetupQueries.subjects(db).map { (StaffDirectory.key($0.name), $0) }, uniquingKeysWith: { first, _ in first }
            )
            for (index, line) in lines.enumerated() {
                // A dry run is rolled back: its accounts need no password, and it hands out none.
                let password = dryRun ? NewPassword.none : passwords[index].map(NewPassword.prepared) ?? .makeWhenNeeded
                try writeStaff(line, matches[index], password: password, subjects: &subjects, stamp, &report, db)
            }
        }
    }

    /// The one-time password of an account a line may create: hashed before the transaction, made
    /// inside it only if the line unexpectedly needs one, or none in a dry run.
    enum NewPassword {
        case prepared((text: String, hash: String))
        case makeWhenNeeded
        case none
    }

    private func writeStaff(
        _ line: StaffLine, _ match: StaffMatch, password: NewPassword, subjects: inout [String: (id: SubjectID, name: String)],
        _ stamp: ChangeStamp, _ report: inout ImportReport, _ db: StoreTransaction
    ) throws {
        let name = trimmed(line.name)
        let subjectIDs = try line.subjects.map { try subjectID(named: $0, &subjects, line.place, stamp, &report, db) }
        switch match {
        case .new:
            let position = kept(nil, line.position) ?? ""
            let id = try PeopleSetupWrites.insertStaff(name: name, position: position, phone: kept(nil, line.phone), db)
            var history = FieldChanges(entity: "staff", key: "staff=\(id)", stamp: stamp)
            try history.created([name.full, position].filter { !$0.isEmpty }.joined(separator: ", "), db)
            try setSubjects(of: id, from: [], to: Set(subjectIDs), subjects, &history, db)
            try createAccount(for: id, name: name, line: line, roles: line.roles, password: password, stamp, &report, db)
            report.added += 1
        case .staffOnly(let person), .account(let person):
            var history = FieldChanges(entity: "staff", key: "staff=\(person.id)", stamp: stamp)
            let position = kept(person.position, line.position) ?? ""
            let phone = kept(person.phone, line.phone)
            try history.compare("last_name", person.name.last, name.last, db)
            try history.compare("first_name", person.name.first, name.first, db)
            try history.compare("patronymic", person.name.patronymic, name.patronymic, db)
            try history.compare("position", person.position, position, db)
            try history.compare("phone", person.phone, phone, db)
            if history.count > 0 {
                try PeopleSetupWrites.updateStaff(person.id, name: name, position: position, phone: phone, db)
            }
            if !subjectIDs.isEmpty {
                try setSubjects(of: person.id, from: person.subjects, to: Set(subjectIDs), subjects, &history, db)
            }
            // Roles changed or an account created: the row changed something beyond the staff record.
            var accountChanged = false
            if case .account(let account) = match, let accountID = account.accountID {
                // The class-teacher role follows the classes file: the staff file neither gives nor takes it.
                let roles = line.roles.subtracting([.classTeacher]).union(account.roles.intersection([.classTeacher]))
                if roles != account.roles {
                    try AccountQueries.setRoles(of: accountID, to: roles, db)
                    try ChangeLog.record(stamp.change(
                        entity: "account", key: "account=\(accountID)", field: "roles",
                        from: Self.roleList(account.roles), to: Self.roleList(roles)
                    ), in: db)
                    accountChanged = true
                }
            } else {
                try createAccount(for: person.id, name: name, line: line, roles: line.roles, password: password, stamp, &report, db)
                accountChanged = true
            }
            report.count(added: false, changed: accountChanged || history.count > 0)
        }
    }

    private func createAccount(
        for staff: StaffID, name: PersonName, line: StaffLine, roles: Set<Role>, password: NewPassword,
        _ stamp: ChangeStamp, _ report: inout ImportReport, _ db: StoreTransaction
    ) throws {
        let given = line.login.map(Self.normalizedLogin).flatMap { $0.isEmpty ? nil : $0 }
        let login = try given ?? freeLogin(Transliteration.login(for: name), db)
        if given == nil {
            report.notice(line.place, PeopleColumn.login, "логин «\(login)» создан по имени; впишите его в файл, чтобы повторный импорт нашёл сотрудника по логину",
                          "login “\(login)” made from the name; put it in the file so that a re-import finds this person by login")
        }
        let password: (text: String, hash: String)? = switch password {
        case .prepared(let prepared): prepared
        // Only when another terminal created an account's person meanwhile: rare enough to hash here.
        case .makeWhenNeeded: Self.newPassword()
        case .none: nil
        }
        let account = try AccountQueries.createAccount(
            login: login, passwordHash: password?.hash ?? "dry run", holder: .staff(staff), roles: roles, db
        )
        try recordAccount(account, login: login, roles: roles, stamp, db)
        if let password {
            report.credentials.append(Credentials(holderName: name.full, login: login, oneTimePassword: password.text))
        }
    }

    /// The subject a staff file names; a subject the school does not have yet is added (a notice says so).
    private func subjectID(
        named name: String, _ subjects: inout [String: (id: SubjectID, name: String)], _ place: SheetPlace, _ stamp: ChangeStamp,
        _ report: inout ImportReport, _ db: StoreTransaction
    ) throws -> SubjectID {
        let clean = name.trimmingCharacters(in: .whitespaces)
        let key = StaffDirectory.key(clean)
        if let known = subjects[key] { return known.id }
        let id = try PeopleSetupWrites.insertSubject(name: clean, shortName: Self.shortName(of: clean), db)
        try ChangeLog.record(stamp.change(entity: "subject", key: "subject=\(id)", field: "created", from: nil, to: clean), in: db)
        subjects[key] = (id, clean)
        report.notice(place, PeopleColumn.subjects, "предмет «\(clean)» добавлен в школу", "subject “\(clean)” added to the school")
        return id
    }

    private func setSubjects(
        of staff: StaffID, from old: Set<SubjectID>, to new: Set<SubjectID>, _ subjects: [String: (id: SubjectID, name: String)],
        _ history: inout FieldChanges, _ db: StoreTransaction
    ) throws {
        guard old != new else { return }
        for subject in new.subtracting(old) { try PeopleSetupWrites.addStaffSubject(staff, subject, db) }
        for subject in old.subtracting(new) { try PeopleSetupWrites.removeStaffSubject(staff, subject, db) }
        let names = Dictionary(subjects.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let list = { (ids: Set<SubjectID>) in ids.sorted().compactMap { names[$0] }.joined(separator: ", ") }
        try history.compare("subjects", old.isEmpty ? nil : list(old), list(new), db)
    }

    /// One-time passwords (and their hashes) for the lines that will create an account.
    private func newAccountPasswords(_ lines: [StaffLine]) throws -> [Int: (text: String, hash: String)] {
        let stored = try read(PeopleSetupQueries.staff)
        let directory = StaffDirectory(stored)
        let needing = lines.indices.filter { index in
            let line = lines[index]
            if let login = line.login.map(Self.normalizedLogin), !login.isEmpty {
                return !stored.contains { $0.login?.lowercased() == login }
            }
            return !directory.named(trimmed(line.name)).contains { $0.accountID != nil }
        }
        let texts = needing.map { _ in OneTimePassword.make() }
        let hashes = ResultSlots(count: needing.count)
        DispatchQueue.concurrentPerform(iterations: needing.count) { slot in hashes.set(slot, PasswordHasher.hash(texts[slot])) }
        return Dictionary(uniqueKeysWithValues: needing.enumerated().map { ($1, (texts[$0], hashes.value($0))) })
    }

    private static func newPassword() -> (text: String, hash: String) {
        let text = OneTimePassword.make()
        return (text, PasswordHasher.hash(text))
    }

    static func normalizedLogin(_ login: String) -> String {
        login.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func isValidLogin(_ login: String) -> Bool {
        TextLimit.login.allows(login) && login.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    static func roleList(_ roles: Set<Role>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// «Математика» → «Мате», «Русский язык» → «Рус. яз.»: what a narrow column shows.
    static func shortName(of subject: String) -> String {
        let words = subject.split(separator: " ")
        guard words.count > 1 else { return String(subject.prefix(4)) }
        return words.prefix(2).map { "\($0.prefix(3))." }.joined(separator: " ")
    }
}

/// Results of work done on several threads, each in its own slot.
private final class ResultSlots: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: "", count: count)
    }

    func set(_ slot: Int, _ value: String) {
        lock.withLock { values[slot] = value }
    }

    func value(_ slot: Int) -> String {
        lock.withLock { values[slot] }
    }
}
