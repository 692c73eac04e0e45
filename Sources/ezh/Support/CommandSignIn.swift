import ArgumentParser
import EzhCore
import EzhService

/// The options of a command that changes the journal as a person: the file, the login, and
/// where the password comes from. The command signs in through the service, under the same
/// lockout rules as the terminal interface, and its changes carry that account in the history.
struct SignInOptions: ParsableArguments {
    @Option(help: "The journal database file.")
    var db: String?

    @Option(help: "The login to sign in with (the change is recorded under it).")
    var login: String

    @Flag(help: "Read the password from one line of standard input instead of asking on the terminal.")
    var passwordStdin = false

    var path: String { DatabaseLocation.journal(db) }

    /// The service on the real clock and the signed-in session (`ShellSignIn`).
    func signIn() throws -> (JournalService, Session) {
        let service = try ShellService.open(path)
        return (service, try ShellSignIn.session(service, login: login, passwordFromStdin: passwordStdin))
    }
}

/// A day typed on the command line: «дд.мм.гггг» as schools write it, or ISO «гггг-мм-дд».
enum CommandDate {
    static func parse(_ text: String, option: String) throws -> LocalDate {
        if let day = LocalDate(iso: text), day.isWithinTypedYears { return day }
        let parts = text.split(separator: ".").map(String.init)
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
           (1...12).contains(m), (1...LocalDate.daysIn(month: m, year: y)).contains(d) {
            let day = LocalDate(year: y, month: m, day: d)
            if day.isWithinTypedYears { return day }
        }
        throw JournalError.invalidInput(field: .verbatim(option), problem: BilingualText(
            "«\(text)»: ожидается дата дд.мм.гггг или гггг-мм-дд", "“\(text)”: expected a date dd.mm.yyyy or yyyy-mm-dd"
        ))
    }
}
