import EzhCore
import EzhCurses
import EzhService
import EzhTUI
import Foundation

/// Starts the full-screen journal on a service, in the real terminal.
enum TUILauncher {
    static func run(service: JournalService, options: TUIOptions) throws {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch let error as CursesTerminal.StartError {
            throw JournalError.invalidInput(field: "терминал", problem: error.description)
        }
        do {
            try runJournalTUI(service: service, terminal: terminal, keymaps: .standard(), language: options.lang ?? .ru)
            terminal.close()
        } catch {
            terminal.close()
            throw error
        }
    }
}
