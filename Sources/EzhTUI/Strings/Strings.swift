import EzhCore

/// Every text the interface shows, in Russian by default and in English for `.en`: the shared ones
/// in this folder, each feature's in its own folder.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// A text in the interface's language (Russian, English); each feature's texts are in its
    /// folder (`Features/<Name>/Strings+<Name>.swift`), the shared ones here.
    func ruEn(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    // MARK: Whole screen

    public var terminalTooSmall: String {
        ruEn("Окно терминала слишком маленькое: нужно не меньше 80×24", "The terminal window is too small: it needs at least 80×24")
    }
    public func currentSize(_ size: TerminalSize) -> String {
        ruEn("Сейчас \(size.columns)×\(size.rows).", "Now \(size.columns)×\(size.rows).")
    }

    // MARK: Labels several screens share

    public var loginLabel: String { ruEn("Логин:", "Login:") }

    public var readOnlyMark: String { ruEn("только просмотр", "read only") }

    public func roleName(_ role: Role) -> String { role.name(in: language) }

    public var averageHeader: String { ruEn("Ср.", "Avg") }
    public var weightedHeader: String { ruEn("Ср.в", "WAvg") }
    public var finalHeader: String { ruEn("Итог", "Fin") }

    // MARK: Pickers and overlays

    public var choosePeriod: String { ruEn("Период", "Period") }
    public var chooseClass: String { ruEn("Класс", "Class") }
    public var chooseSubject: String { ruEn("Предмет", "Subject") }
    public var emptyValue: String { "—" }
    public func helpTitle(_ keymap: String) -> String { ruEn("Справка: клавиши (раскладка клавиш «\(keymap)»)", "Help: keys (keymap “\(keymap)”)") }
    public func closeHint(_ key: String) -> String { ruEn("\(key) — закрыть", "\(key) closes") }

    // MARK: Command line

    public func unknownCommand(_ text: String) -> String { ruEn("Неизвестная команда: \(text)", "Unknown command: \(text)") }
    public func keymapChanged(_ name: String) -> String { ruEn("Раскладка клавиш: \(name)", "Keymap: \(name)") }
    public func languageChanged() -> String { ruEn("Язык: русский", "Language: English") }

    // MARK: Contexts and actions, for the help

    /// A context's heading in the help.
    public func contextTitle(_ context: KeyContext) -> String { context.title(in: language) }

    /// An action's line in the help: the command catalogue's.
    public func describe(_ action: Action) -> String { Commands.command(action).help(in: language) }

    /// The word the bottom key bar shows next to a key: the command catalogue's.
    public func shortLabel(_ action: Action) -> String { Commands.command(action).label(in: language) }
}
