import EzhCore
import GRDB

/// An account with the person behind it. The password hash never leaves the store except to
/// the service's verifier.
public struct AccountRecord: Sendable, Hashable {
    public let id: AccountID
    public let login: String
    public let passwordHash: String
    public let staffID: StaffID?
    public let parentID: ParentID?
    public let pupilID: PupilID?
    public let name: PersonName
    public let language: Language
    public let keymap: String
    public let isDisabled: Bool
}

extension AccountRecord: FetchableRecord {
    public init(row: Row) {
        id = AccountID(row["id"])
        login = row["login"]
        passwordHash = row["password_hash"]
        staffID = (row["staff_id"] as Int64?).map(StaffID.init)
        parentID = (row["parent_id"] as Int64?).map(ParentID.init)
        pupilID = (row["pupil_id"] as Int64?).map(PupilID.init)
        name = PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"])
        language = Language(rawValue: row["language"]) ?? .ru
        keymap = row["keymap"]
        isDisabled = row["disabled"]
    }
}
