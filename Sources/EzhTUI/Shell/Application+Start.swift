import EzhCore
import EzhService

extension Application {
    /// Where a person starts: the password screen while a one-time password is in use (and
    /// nothing else until it is changed), the diary for parents and pupils, the journal's home
    /// for staff.
    func showStartScreen() {
        guard let session else { return }
        if session.mustChangePassword {
            reset(to: PasswordScreen(isFirstSignIn: true))
        } else if !session.roles.isEmpty, !session.roles.contains(where: \.isStaff) {
            reset(to: DiaryScreen())
        } else {
            reset(to: HomeScreen())
        }
    }
}
