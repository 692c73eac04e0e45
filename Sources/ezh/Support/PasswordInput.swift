import EzhCore
import Foundation

/// Reads a new password: from the terminal without echo (asked twice), or one line of stdin.
enum PasswordInput {
    static func read(fromStdin: Bool) throws -> String {
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw JournalError.invalidInput(field: "--password-stdin", problem: "на входе нет строки с паролем")
            }
            return line
        }
        guard isatty(STDIN_FILENO) != 0 else {
            throw JournalError.invalidInput(
                field: "пароль", problem: "нет терминала, чтобы спросить пароль; используйте --password-stdin"
            )
        }
        let first = try silently(prompt: "Пароль администратора: ")
        let second = try silently(prompt: "Повторите пароль: ")
        guard first == second else {
            throw JournalError.invalidInput(field: "пароль", problem: "пароли не совпадают")
        }
        return first
    }

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
