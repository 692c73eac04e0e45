import EzhCore
import EzhService
import Foundation

/// The entry point for the `ezh` executable: runs the journal's interface on a terminal until
/// the user quits. `language` is the one chosen for this run, over every account's own; nil
/// means Russian at the login screen and then each account's choice. Keymap problems are the
/// caller's to report before the terminal is taken over; errors thrown are the terminal's.
/// `EZH_REFRESH_SECONDS` sets how often an idle grid looks for other terminals' entries (1 s
/// unless set; tests set it long to keep a screen stale on purpose).
public func runJournalTUI(
    service: JournalService, terminal: TerminalDevice, keymaps: KeymapLoader, language: Language?
) throws {
    let application = Application(
        backend: service, keymaps: keymaps, language: language ?? .ru, languageIsChosen: language != nil
    )
    if let seconds = ProcessInfo.processInfo.environment["EZH_REFRESH_SECONDS"].flatMap(Double.init), seconds > 0 {
        application.refreshInterval = .milliseconds(Int(seconds * 1000))
    }
    try application.run(on: terminal)
}
