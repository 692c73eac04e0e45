import ArgumentParser
import EzhCore
import EzhService
import Foundation

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

    /// The service on the real clock and the signed-in session.
    func signIn() throws -> (JournalService, Session) {
        let service = try ShellService.open(path)
        let password = try readPassword()
        return (service, try service.signIn(login: login, password: password))
    }

    private func readPassword() throws -> String {
        if passwordStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw JournalError.invalidInput(field: .verbatim("--password-stdin"), problem: BilingualText(
                    "на входе нет строки с паролем", "no line with the password on the input"
                ))
            }
            return line
        }
        guard isatty(STDIN_FILENO) != 0 else {
            throw JournalError.invalidInput(field: BilingualText("пароль", "password"), problem: BilingualText(
                "нет терминала, чтобы спросить пароль; используйте --password-stdin",
                "no terminal to ask for the password; use --password-stdin"
            ))
        }
        FileHandle.standardError.write(Data("Пароль \(login): ".utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
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
