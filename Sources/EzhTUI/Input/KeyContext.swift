/// Where a key is pressed. A key is looked up in the screen's own context first, then in
/// `global`, so one global binding serves every screen unless a screen rebinds the key.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case login
    case home
    case grid
    case picker
    case help
    case command

    // Validation layer
    case card
    case absences
    case permissions
    case permissionForm = "permission-form"
    case substitutions
    // Accounts, diary, access log
    case form
    case diary
    case accounts
    case credentials
    case accessLog = "access-log"
    case accessReport = "access-report"
}
