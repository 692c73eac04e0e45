import EzhCore
import EzhService

/// Signs in from the shell, through the service and its lockout rules, as the terminal does.
enum ShellSignIn {
    static func session(_ service: JournalService, login: String, passwordFromStdin: Bool) throws -> Session {
        let password = try PasswordInput.readExisting(fromStdin: passwordFromStdin, login: login)
        let session = try service.signIn(login: login, password: password)
        guard !session.mustChangePassword else {
            service.signOut(session)
            throw JournalError.invalidInput(field: .verbatim(login), problem: BilingualText(
                "пароль ещё одноразовый; войдите в ezh, задайте свой пароль и повторите команду",
                "the password is still a one-time password; sign in to ezh, choose your own and run the command again"
            ))
        }
        return session
    }
}
