import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The administrator adds one member of staff from a form: the same checks and writes as one
    /// row of a staff import, and the new account's one-time credentials. A person the journal
    /// already has (same login, or same name without a login) is refused, not changed.
    public func addStaffMember(
        _ session: Session, name: PersonName, position: String, login: String?, roles: Set<Role>
    ) throws -> Credentials {
        let line = StaffLine(place: SheetPlace(file: Self.staffForm, row: 0), name: name, position: position, login: login, roles: roles)
        // Checked first, as a dry run: a form never changes a person the journal already has.
        let check = try importStaff([line], file: Self.staffForm, dryRun: true, session: session)
        if let problem = check.problems.first {
            throw JournalError.invalidInput(field: .verbatim(problem.column ?? PeopleColumn.lastName), problem: problem.message)
        }
        guard check.added == 1 else {
            throw JournalError.invalidInput(field: .verbatim(PeopleColumn.login), problem: BilingualText(
                "такой сотрудник уже есть; измените его роли в списке учётных записей",
                "this member of staff exists; change their roles in the accounts list"
            ))
        }
        let report = try importStaff([line], file: Self.staffForm, dryRun: false, session: session)
        if let problem = report.problems.first {
            throw JournalError.invalidInput(field: .verbatim(problem.column ?? PeopleColumn.lastName), problem: problem.message)
        }
        guard let credentials = report.credentials.first else { throw JournalError.notFound(.account(login ?? name.full)) }
        return credentials
    }

    /// What the form's check is called in the access log, where a file's name would be.
    static let staffForm = "форма «Новый сотрудник»"

    /// The administrator switches a staff account off (a member of staff who left) or on again.
    /// Nothing is deleted: the person's history stays, and a disabled account cannot sign in.
    public func setAccountDisabled(_ session: Session, login: String, disabled: Bool) throws {
        try write(session) { db, stamp in
            try require(.manageStaff, try viewer(for: session, db))
            guard let account = try AccountQueries.account(login: login, db) else { throw JournalError.notFound(.account(login)) }
            guard account.id != session.accountID else {
                throw JournalError.invalidInput(field: .login, problem: BilingualText(
                    "свою учётную запись отключить нельзя", "you cannot switch off your own account"
                ))
            }
            guard account.isDisabled != disabled else { return }
            try PeopleSetupWrites.setDisabled(account.id, disabled, db)
            try ChangeLog.record(stamp.change(
                entity: "account", key: "account=\(account.id)", field: "disabled",
                from: account.isDisabled ? "1" : "0", to: disabled ? "1" : "0"
            ), in: db)
        }
    }
}
