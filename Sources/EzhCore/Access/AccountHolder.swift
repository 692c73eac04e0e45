/// Who stands behind a new account.
public enum AccountHolder: Sendable, Hashable {
    case staff(StaffID)
    case parent(ParentID)
    case pupil(PupilID)
}
