import EzhCore
internal import EzhStore
import Foundation

/// Carries an import's report out of its write transaction when nothing may be written (a dry
/// run, or a file with problems): throwing rolls the transaction back.
private struct ImportRollback: Error {
    let report: ImportReport
}

extension JournalService {
    /// Runs one import in one write transaction: `body` checks the whole file, recording every
    /// problem, and writes only when there are none. A dry run, or a file with problems, is rolled
    /// back whole, so it leaves nothing behind but returns the same counts a real run would. An
    /// accepted import leaves one access-log entry naming the file and its counts, besides those
    /// of its history rows (as the year's imports do).
    func runImport(
        _ kind: ImportKind, file: String, dryRun: Bool, session: Session,
        _ body: (StoreTransaction, ChangeStamp, inout ImportReport) throws -> Void
    ) throws -> ImportReport {
        do {
            return try write(session) { db, stamp in
                var report = ImportReport(kind: kind, file: file, dryRun: dryRun)
                try body(db, stamp, &report)
                if dryRun || !report.problems.isEmpty { throw ImportRollback(report: report) }
                try AccessLog.append(AccessLogRow(
                    seq: 0, at: InstantFormat.string(stamp.at), accountID: session.accountID, login: session.login,
                    role: session.roleLabel, terminal: terminal.label, action: AuditAction.change.rawValue,
                    object: "import \(kind.rawValue) \(file): added \(report.added), changed \(report.changed), unchanged \(report.unchanged)"
                ), db)
                return report
            }
        } catch let rollback as ImportRollback {
            return rollback.report
        }
    }

    /// The year the people of a school belong to; a school with no open year is told to import
    /// its calendar first.
    func setupYear(_ report: inout ImportReport, _ db: StoreTransaction) throws -> SetupYear? {
        if let year = try PeopleSetupQueries.currentYear(on: today(), db) { return year }
        report.problems.append(ImportProblem(file: report.file, row: nil, column: nil, message: BilingualText(
            "в школе нет открытого учебного года; сначала импортируйте календарь (ezh import calendar)",
            "the school has no open academic year; import the calendar first (ezh import calendar)"
        )))
        return nil
    }
}

extension ImportReport {
    /// A problem at a line's row and column.
    mutating func problem(_ place: SheetPlace, _ column: String?, _ russian: String, _ english: String) {
        problems.append(ImportProblem(file: place.file, row: place.row, column: column, message: BilingualText(russian, english)))
    }

    mutating func notice(_ place: SheetPlace?, _ column: String?, _ russian: String, _ english: String) {
        notices.append(ImportProblem(file: place?.file ?? file, row: place?.row, column: column, message: BilingualText(russian, english)))
    }

    /// Counts a row as added, changed or unchanged.
    mutating func count(added: Bool, changed: Bool) {
        if added { self.added += 1 } else if changed { self.changed += 1 } else { unchanged += 1 }
    }

    /// A required name: problems for an empty last or first name.
    mutating func requireName(_ name: PersonName, _ place: SheetPlace) {
        if name.last.trimmingCharacters(in: .whitespaces).isEmpty {
            problem(place, PeopleColumn.lastName, "не заполнена; впишите фамилию", "empty; fill in the last name")
        }
        if name.first.trimmingCharacters(in: .whitespaces).isEmpty {
            problem(place, PeopleColumn.firstName, "не заполнено; впишите имя", "empty; fill in the first name")
        }
    }
}

/// Records the changed fields of one entity as history rows, field by field.
struct FieldChanges {
    let entity: String
    let key: String
    let stamp: ChangeStamp
    let scope: ChangeScope?
    private(set) var count = 0

    init(entity: String, key: String, stamp: ChangeStamp, scope: ChangeScope? = nil) {
        self.entity = entity
        self.key = key
        self.stamp = stamp
        self.scope = scope
    }

    /// Records `field` when its value changes (an empty value is recorded as none); returns whether it did.
    @discardableResult
    mutating func compare(_ field: String, _ old: String?, _ new: String?, _ db: StoreTransaction) throws -> Bool {
        let (old, new) = (old.flatMap { $0.isEmpty ? nil : $0 }, new.flatMap { $0.isEmpty ? nil : $0 })
        guard old != new else { return false }
        try ChangeLog.record(stamp.change(entity: entity, key: key, field: field, from: old, to: new, scope: scope), in: db)
        count += 1
        return true
    }

    /// The creation of the entity, with what it was created as.
    mutating func created(_ value: String, _ db: StoreTransaction) throws {
        try ChangeLog.record(stamp.change(entity: entity, key: key, field: "created", from: nil, to: value, scope: scope), in: db)
        count += 1
    }
}

/// The value an optional cell sets: an empty cell keeps what is stored (a file without the
/// column never erases it).
func kept(_ stored: String?, _ new: String?) -> String? {
    guard let new = new?.trimmingCharacters(in: .whitespaces), !new.isEmpty else { return stored }
    return new
}

/// A name with its parts trimmed (spreadsheets keep stray spaces).
func trimmed(_ name: PersonName) -> PersonName {
    PersonName(
        last: name.last.trimmingCharacters(in: .whitespaces), first: name.first.trimmingCharacters(in: .whitespaces),
        patronymic: name.patronymic.trimmingCharacters(in: .whitespaces)
    )
}
