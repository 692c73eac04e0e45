import EzhCore
import EzhService

/// The entry point for the `ezh` executable: runs the journal's interface on a terminal until
/// the user quits. `language` is the one chosen for this run, over every account's own; nil
/// means Russian at the login screen and then each account's choice. Keymap problems are the
/// caller's to report before the terminal is taken over; errors thrown are the terminal's.
public func runJournalTUI(
    service: JournalService, terminal: TerminalDevice, keymaps: KeymapLoader, language: Language?
) throws {
    try Application(backend: service, keymaps: keymaps, language: language ?? .ru, languageIsChosen: language != nil)
        .run(on: terminal)
}
