import EzhCore
import Foundation

/// Reads a new password: from the terminal without echo (asked twice), or one line of stdin.
enum PasswordInput {
    static func read(fromStdin: Bool) throws -> String {
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw JournalError.invalidInput(field: .verbatim("--password-stdin"), problem: BilingualText(
                    "на входе нет строки с паролем", "no line with the password on the input"
                ))
            }
            return line
        }
        guard isatty(STDIN_FILENO) != 0 else {
            throw JournalError.invalidInput(field: password, problem: BilingualText(
                "нет терминала, чтобы спросить пароль; используйте --password-stdin",
                "no terminal to ask for the password; use --password-stdin"
            ))
        }
        let first = try silently(prompt: "Пароль администратора: ")
        let second = try silently(prompt: "Повторите пароль: ")
        guard first == second else {
            throw JournalError.invalidInput(field: password, problem: BilingualText("пароли не совпадают", "the passwords differ"))
        }
        return first
    }

    /// Reads the password of an existing account, once: from the terminal without echo, or one
    /// line of stdin.
    static func readExisting(fromStdin: Bool, login: String) throws -> String {
        if fromStdin { return try read(fromStdin: true) }
        guard isatty(STDIN_FILENO) != 0 else {
            throw JournalError.invalidInput(field: password, problem: BilingualText(
                "нет терминала, чтобы спросить пароль; используйте --password-stdin",
                "no terminal to ask for the password; use --password-stdin"
            ))
        }
        return try silently(prompt: "Пароль \(login): ")
    }

    private static let password = BilingualText("пароль", "password")

    private static func silently(prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
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
