import EzhCore
internal import EzhStore
import Foundation

/// A member of staff's particulars as the administrator's form edits them.
public struct StaffDetails: Sendable, Hashable {
    public var name: PersonName
    public var position: String
    public var phone: String
    /// Subject names, as the school writes them.
    public var subjects: [String]

    public init(name: PersonName, position: String, phone: String, subjects: [String]) {
        self.name = name
        self.position = position
        self.phone = phone
        self.subjects = subjects
    }
}

extension JournalService {
    /// The particulars of the member of staff who holds `login`, for the administrator's form.
    public func staffDetails(_ session: Session, login: String) throws -> StaffDetails {
        try read { db in
            try require(.manageStaff, try viewer(for: session, db))
            let person = try staffMember(login: login, db)
            let names = Dictionary(try PeopleSetupQueries.subjects(db).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return StaffDetails(
                name: person.name, position: person.position, phone: person.phone ?? "",
                subjects: person.subjects.compactMap { names[$0] }.sorted()
            )
        }
    }

    /// Saves the administrator's form as one row of a staff import naming the login (the same
    /// checks, history and access log; the roles stay as they are); returns whether anything
    /// changed. A subject not yet in the school is added, as a file's would be.
    @discardableResult
    public func editStaffMember(_ session: Session, login: String, _ details: StaffDetails) throws -> Bool {
        let roles = try read { db in
            try require(.manageStaff, try viewer(for: session, db))
            return try staffMember(login: login, db).roles
        }
        let line = StaffLine(
            place: SheetPlace(file: Self.staffEditForm, row: 0), name: details.name, position: details.position, login: login,
            roles: roles, subjects: details.subjects, phone: details.phone, fromForm: true
        )
        let report = try importStaff([line], file: Self.staffEditForm, dryRun: false, session: session)
        try Self.throwFirstProblem(report)
        return report.changed > 0
    }

    /// What the form is called in history and the access log, where a file's name would be.
    static let staffEditForm = "форма «Сотрудник»"

    private func staffMember(login: String, _ db: StoreTransaction) throws -> StoredStaff {
        guard let person = try PeopleSetupQueries.staff(db).first(where: { $0.login?.lowercased() == login.lowercased() }) else {
            throw JournalError.notFound(.account(login))
        }
        return person
    }
}
