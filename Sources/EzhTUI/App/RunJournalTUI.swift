import EzhCore
import EzhService
import Foundation

/// The entry point for the `ezh` executable: runs the journal's interface on a terminal until
/// the user quits. Keymap problems are shown in the interface; errors thrown are the terminal's.
/// `EZH_REFRESH_SECONDS` sets how often an idle grid looks for other terminals' entries (1 s
/// unless set; tests set it long to keep a screen stale on purpose).
public func runJournalTUI(
    service: JournalService, terminal: TerminalDevice, keymaps: KeymapLoader, language: Language
) throws {
    let application = Application(backend: service, keymaps: keymaps, language: language)
    if let seconds = ProcessInfo.processInfo.environment["EZH_REFRESH_SECONDS"].flatMap(Double.init), seconds > 0 {
        application.refreshInterval = .milliseconds(Int(seconds * 1000))
    }
    try application.run(on: terminal)
}
