import EzhCore
import EzhService
import Foundation

/// The journal's interface: a stack of screens, the signed-in session, the live keymap and
/// language. It turns keys into actions for the top screen and renders frames; `run(on:)` is the
/// event loop over a terminal. Everything happens on the caller's thread.
public final class Application {
    let backend: JournalBackend
    let keymaps: KeymapLoader
    private let startLanguage: Language
    /// The language was chosen for this run (`--lang`): it wins over each account's own.
    private let languageIsChosen: Bool
    private let startKeymap: LoadedKeymap

    private(set) var keymap: Keymap
    private(set) var strings: Strings
    private(set) var session: Session?
    private var stack: [Screen] = []
    public private(set) var isRunning = true
    /// When a key last arrived: the idle lock counts from here, on the terminal's own clock
    /// (an interface timer, not a journal rule).
    private var lastActivity = ContinuousClock.now
    /// The one status line message: what was done or why it was refused. It lasts until the
    /// next key, so a refusal stays readable while the cursor stays put.
    var status: StatusMessage?

    /// Keymap problems are the caller's to report once, at start (`ezh` prints them on stderr),
    /// not a banner over the login screen.
    public init(backend: JournalBackend, keymaps: KeymapLoader, language: Language, languageIsChosen: Bool = false) {
        self.backend = backend
        self.keymaps = keymaps
        startLanguage = language
        self.languageIsChosen = languageIsChosen
        startKeymap = keymaps.load(named: "default")
        keymap = startKeymap.keymap
        strings = Strings(language)
        stack = [LoginScreen()]
    }

    // MARK: Running

    /// Reads events until quit. Draws one frame per batch of events: keys already queued are
    /// handled before anything is drawn, so fast typing is never slowed by drawing.
    public func run(on terminal: TerminalDevice) throws {
        let idleLimit = Duration.seconds(backend.idleLockMinutes() * 60)
        while isRunning {
            terminal.present(render(size: terminal.size))
            // Waking up now and then keeps the clock in the title bar current and the idle
            // lock on time.
            let idle = ContinuousClock.now - lastActivity
            let wait = session == nil ? Duration.seconds(5) : max(.milliseconds(50), min(.seconds(5), idleLimit - idle))
            guard let event = try terminal.nextEvent(timeout: wait) else {
                if session != nil, ContinuousClock.now - lastActivity >= idleLimit { lock(idle: true) }
                backend.whileIdle()
                continue
            }
            lastActivity = ContinuousClock.now
            handle(event)
            while isRunning, let queued = try terminal.nextEvent(timeout: .zero) {
                handle(queued)
            }
        }
        if let session { backend.signOut(session) }
    }

    /// One frame at the given size.
    public func render(size: TerminalSize) -> ScreenBuffer {
        var buffer = ScreenBuffer(rows: size.rows, columns: size.columns)
        guard size.isLargeEnough else {
            TooSmallView.draw(into: &buffer, size: size, strings: strings)
            return buffer
        }
        let base = stack.lastIndex(where: { !$0.isOverlay }) ?? 0
        for screen in stack[base...] {
            screen.draw(into: &buffer, app: self)
        }
        return buffer
    }

    /// Gives one event to the top screen.
    public func handle(_ key: Key) {
        guard key != .resize, let top = stack.last else { return }
        status = nil
        top.handle(key, app: self)
    }

    // MARK: What screens ask for

    /// An action for `screen`; what the screen does not handle is an application action.
    func dispatch(_ action: Action, to screen: Screen) {
        if screen.perform(action, app: self) { return }
        switch action {
        case .quit: isRunning = false
        case .lock: lock()
        case .help: push(HelpScreen.make(keymap: keymap, strings: strings, calledFrom: screen.context))
        case .commandLine: push(CommandLineScreen())
        default: break
        }
    }

    /// Runs a command line: an action's name, a screen's own command, or a preference.
    func runCommand(_ text: String) -> StatusMessage? {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, let target = stack.last else { return nil }
        let aliases: [String: Action] = ["q": .quit, "quit": .quit, "exit": .quit, "lock": .lock, "h": .help]
        if words.count == 1, let action = Action(rawValue: first) ?? aliases[first] {
            dispatch(action, to: target)
            return nil
        }
        if target.runCommand(words, app: self) { return nil }
        switch (first, words.count) {
        case ("keymap", 2): return changePreferences(language: nil, keymapName: words[1])
        case ("lang", 2):
            guard let language = Language(rawValue: words[1]) else { break }
            return changePreferences(language: language, keymapName: nil)
        default: break
        }
        return .error(strings.unknownCommand(text))
    }

    func push(_ screen: Screen) { stack.append(screen) }

    /// Removes `screen` and everything above it.
    func dismiss(_ screen: Screen) {
        if let index = stack.lastIndex(where: { $0 === screen }), index > 0 {
            stack.removeSubrange(index...)
        }
    }

    /// The screen under `screen` on the stack.
    func screen(below screen: Screen) -> Screen? {
        guard let index = stack.lastIndex(where: { $0 === screen }), index > 0 else { return nil }
        return stack[index - 1]
    }

    /// A person signed in (or changed their password): their start screen replaces everything.
    func signedIn(_ session: Session) {
        adopt(session)
        showStartScreen()
    }

    /// Replaces the whole stack with one screen.
    func reset(to screen: Screen) { stack = [screen] }

    /// Signs out and leaves nothing of the previous user on screen: the next person at the
    /// shared terminal sees only the login screen.
    func lock(idle: Bool = false) {
        guard let session else { return }
        backend.lockTerminal(session, idle: idle)
        self.session = nil
        keymap = startKeymap.keymap
        strings = Strings(startLanguage)
        stack = [LoginScreen()]
        // The previous user's last message may name a pupil; an idle lock says why the
        // journal closed, until the next key.
        status = idle ? .info(strings.lockedWhenIdle(minutes: backend.idleLockMinutes())) : nil
    }

    /// Takes on the account's language (unless one was chosen for the run) and keymap; returns
    /// the keymap's first problem, for a command that changed it to show.
    @discardableResult
    private func adopt(_ session: Session) -> String? {
        self.session = session
        strings = Strings(languageIsChosen ? startLanguage : session.language)
        let loaded = keymaps.load(named: session.keymapName)
        keymap = loaded.keymap
        return loaded.problems.first
    }

    private func changePreferences(language: Language?, keymapName: String?) -> StatusMessage {
        guard let session else { return .error(JournalError.notSignedIn.message(in: strings.language)) }
        if let keymapName, !keymaps.availableNames().contains(keymapName) {
            return .error(strings.unknownCommand("keymap \(keymapName)"))
        }
        do {
            let problem = adopt(try backend.setPreferences(session, language: language, keymapName: keymapName))
            if let language { strings = Strings(language) }
            if let problem { return .error(problem) }
            return language != nil ? .info(strings.languageChanged()) : .info(strings.keymapChanged(keymap.name))
        } catch {
            return .error(message(for: error))
        }
    }

    // MARK: Shared formatting

    /// A refusal in words the user reads: the service's own sentence when it has one.
    func message(for error: Error) -> String {
        (error as? UserFacingError)?.message(in: strings.language) ?? String(describing: error)
    }

    /// «27.11.2026 11:00» in the school's time zone.
    func nowText() -> String { backend.timeZone.russianDateTime(backend.now()) }

    enum NameStyle { case full, initials }

    /// «Петрова Анна Сергеевна · 27.11.2026 11:00», or «Петрова А.С. · …» where room is short.
    func userAndClock(nameStyle: NameStyle) -> String {
        guard let session else { return nowText() }
        let name = nameStyle == .full ? session.displayName : Self.initials(session.displayName)
        return "\(name) · \(nowText())"
    }

    /// «Петрова Анна Сергеевна» → «Петрова А.С.»; a name of one word stays as it is.
    static func initials(_ fullName: String) -> String {
        let words = fullName.split(separator: " ")
        guard let last = words.first, words.count > 1 else { return fullName }
        return "\(last) " + words.dropFirst().compactMap { $0.first.map { "\($0)." } }.joined()
    }
}
