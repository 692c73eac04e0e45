import EzhCore
import EzhCurses
import EzhService
import EzhTUI
import Foundation

/// Starts the full-screen journal on a service, in the real terminal.
enum TUILauncher {
    private static let terminalField = BilingualText("терминал", "terminal")

    static func run(service: JournalService, options: TUIOptions) throws {
        let keymaps = KeymapLoader.standard()
        KeymapProblems.report(KeymapProblems.all(keymaps), briefly: true, language: options.lang ?? .ru)
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw JournalError.invalidInput(field: terminalField, problem: BilingualText(
                "журнал занимает весь экран, а стандартный ввод или вывод — не терминал. Запустите ezh в терминале; для сценариев есть ezh audit и ezh keys",
                "the journal takes the whole screen, and the standard input or output is not a terminal. Run ezh in a terminal; for scripts there are ezh audit and ezh keys"
            ))
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch let error as CursesTerminal.StartError {
            throw JournalError.invalidInput(field: terminalField, problem: .verbatim(error.description))
        }
        do {
            try runJournalTUI(service: service, terminal: terminal, keymaps: keymaps, language: options.lang)
            terminal.close()
        } catch {
            terminal.close()
            throw error
        }
    }
}

/// Keymap problems on stderr, before the terminal is taken over: once per start, never a
/// banner on every screen.
enum KeymapProblems {
    /// The problems of every keymap an account may have chosen, each said once (the user's
    /// own file is applied to each of them).
    static func all(_ keymaps: KeymapLoader) -> [String] {
        var seen = Set<String>()
        return keymaps.availableNames().flatMap { keymaps.load(named: $0).problems }.filter { seen.insert($0).inserted }
    }

    static func report(_ problems: [String], briefly: Bool, language: Language) {
        guard let first = problems.first else { return }
        let more = BilingualText(
            " (ещё \(problems.count - 1); все покажет ezh keys)", " (\(problems.count - 1) more; ezh keys shows them all)"
        )
        let lines = briefly ? [first + (problems.count > 1 ? more.text(in: language) : "")] : problems
        let prefix = BilingualText("раскладка клавиш", "keymap").text(in: language)
        for line in lines {
            FileHandle.standardError.write(Data("ezh: \(prefix): \(line)\n".utf8))
        }
    }
}
