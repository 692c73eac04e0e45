import EzhCore

/// Waiting for another terminal's lock, and keys that are not applied while the window is too
/// small to show what they would change.
extension Strings {
    public var waitingForOtherTerminal: String { ruEn("ждём другой терминал…", "waiting for another terminal…") }

    public var keysWaitForLargerWindow: String {
        ruEn("Пока окно мало, нажатые клавиши ничего не меняют.", "While the window is this small, keys change nothing.")
    }
}
