import EzhCore
import EzhService

/// The entry point for the `ezh` executable: runs the journal's interface on a terminal until
/// the user quits. Keymap problems are shown in the interface; errors thrown are the terminal's.
public func runJournalTUI(
    service: JournalService, terminal: TerminalDevice, keymaps: KeymapLoader, language: Language
) throws {
    try Application(backend: service, keymaps: keymaps, language: language).run(on: terminal)
}
