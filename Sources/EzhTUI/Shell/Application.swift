import EzhCore
import EzhService
import Foundation

/// The journal's interface: the screens (their stack and lifecycle are the `Navigator`'s), the
/// signed-in session, the live keymap and language. It turns keys into actions for the top screen and renders frames; `run(on:)` is the
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
    private let navigator = Navigator()
    public private(set) var isRunning = true
    /// When a key last arrived: the idle lock counts from here, on the terminal's own clock
    /// (an interface timer, not a journal rule).
    private var lastActivity = ContinuousClock.now
    /// The one status line message: what was done or why it was refused. It lasts until the
    /// next key, so a refusal stays readable while the cursor stays put.
    var status: StatusMessage?
    /// How often an idle terminal asks whether other terminals changed what it shows.
    public var refreshInterval = Duration.seconds(1)
    /// The size of the last frame drawn: keys are not applied to a screen too small to be drawn.
    private var viewSize: TerminalSize?
    /// An empty frame of the last size, shared by every frame until something is drawn into it:
    /// the grid draws over its own last frame instead, so after a key no new frame of 3,000
    /// cells is made, filled and thrown away.
    private var blankFrame = ScreenBuffer(rows: 0, columns: 0)
    /// Whether the key just handled was refused: the keys typed after it, already queued, were
    /// typed for a cursor that did not move, so they are dropped rather than applied elsewhere.
    private var lastKeyRefused = false
    /// The title bar's date and time, and the minute (since 1970, UTC) it was formatted for.
    private var clockText: (minute: Double, text: String)?

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
        navigator.reset(to: LoginScreen(), app: self)
    }

    // MARK: Running

    /// Reads events until quit. Draws one frame per batch of events: keys already queued are
    /// handled before anything is drawn, so fast typing is never slowed by drawing. A refused
    /// key ends its batch: the keys queued after it are dropped, and the refusal is drawn.
    public func run(on terminal: TerminalDevice) throws {
        let idleLimit = Duration.seconds(backend.idleLockMinutes() * 60)
        let notice = LockWaitNotice(app: self, terminal: terminal)
        backend.onLongLockWait { notice.show() }
        defer { backend.onLongLockWait(nil) }
        while isRunning {
            terminal.present(render(size: terminal.size))
            // Waking up now and then keeps the clock in the title bar current, the idle lock on
            // time and an open grid abreast of other terminals' entries.
            let idle = ContinuousClock.now - lastActivity
            var wait = session == nil ? Duration.seconds(5) : max(.milliseconds(50), min(refreshInterval, idleLimit - idle))
            // A screen with work under way draws its progress and takes its result a few times a second.
            if (navigator.top as? BusyScreen)?.isBusy == true { wait = min(wait, .milliseconds(100)) }
            guard let event = try terminal.nextEvent(timeout: wait) else {
                if session != nil, ContinuousClock.now - lastActivity >= idleLimit { lock(idle: true) }
                backend.whileIdle()
                refreshVisibleScreens()
                continue
            }
            lastActivity = ContinuousClock.now
            handle(event, from: terminal)
            while isRunning, let queued = try terminal.nextEvent(timeout: .zero) {
                if lastKeyRefused { continue }
                handle(queued, from: terminal)
            }
        }
        if let session { backend.signOut(session) }
    }

    private func handle(_ event: Key, from terminal: TerminalDevice) {
        // A window made too small stops keys at once; one made larger waits for its first frame.
        if event == .resize, !terminal.size.isLargeEnough { viewSize = terminal.size }
        handle(event)
    }

    func refreshVisibleScreens() {
        guard session != nil else { return }
        for screen in navigator.visible { screen.refresh(app: self) }
    }

    /// Waits for the work the top screen has under way (a report being made) and takes its
    /// result in, as the idle loop does: benchmarks and tests time a key to the rows it brings.
    public func finishWork() {
        while session != nil, let busy = navigator.top as? BusyScreen, busy.isBusy {
            busy.waitForWork(timeout: .seconds(10))
            refreshVisibleScreens()
        }
    }

    /// Shows «waiting for another terminal…» while a read or write waits for another
    /// process's lock; it is called on the waiting thread while the interface's thread is blocked
    /// in that wait, so nothing else draws meanwhile.
    private final class LockWaitNotice: @unchecked Sendable {
        private weak var app: Application?
        private let terminal: TerminalDevice
        /// The interface's thread: a report made on a thread of its own may wait for a lock too,
        /// and only the interface's thread may draw (the screen shows that report's progress).
        private let interfaceThread = Thread.current

        init(app: Application, terminal: TerminalDevice) {
            self.app = app
            self.terminal = terminal
        }

        func show() {
            guard let app, Thread.current.isEqual(interfaceThread) else { return }
            app.status = .info(app.strings.waitingForOtherTerminal)
            terminal.present(app.render(size: terminal.size))
        }
    }

    /// One frame at the given size.
    public func render(size: TerminalSize) -> ScreenBuffer {
        viewSize = size
        if blankFrame.rows != size.rows || blankFrame.columns != size.columns {
            blankFrame = ScreenBuffer(rows: size.rows, columns: size.columns)
        }
        var buffer = blankFrame
        guard size.isLargeEnough else {
            TooSmallView.draw(into: &buffer, size: size, strings: strings)
            return buffer
        }
        for screen in navigator.visible {
            screen.draw(into: &buffer, app: self)
        }
        return buffer
    }

    /// Gives one event to the top screen. While the window is too small to show the journal,
    /// only quitting works: other keys would change what nobody can see.
    public func handle(_ key: Key) {
        guard key != .resize, let top = navigator.top else { return }
        status = nil
        if let viewSize, !viewSize.isLargeEnough {
            if keymap.action(for: key, in: .global) == .quit { isRunning = false }
            lastKeyRefused = true
            return
        }
        top.handle(key, app: self)
        if status == .info(strings.waitingForOtherTerminal) { status = nil }
        lastKeyRefused = status?.kind == .error
    }

    // MARK: What screens ask for

    /// An action for `screen`; what the screen does not handle is an application action. An
    /// action of the screen that the session's roles do not allow is refused with a reason
    /// (the key bar does not offer it).
    func dispatch(_ action: Action, to screen: Screen) {
        if Commands.exists(action, in: screen.context), !isOffered(action) {
            status = .error(strings.notForYourRoles(strings.describe(action)))
            return
        }
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
        guard let first = words.first, let target = navigator.top else { return nil }
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

    /// Whether the catalogue's role gate lets the signed-in person take `action`.
    func isOffered(_ action: Action) -> Bool {
        Commands.command(action).isOffered(to: session?.roles ?? [])
    }

    /// Puts a screen on top; the navigator loads it.
    func push(_ screen: Screen) { navigator.push(screen, app: self) }

    /// The screen keys go to.
    var topScreen: Screen? { navigator.top }

    /// Removes `screen` and everything above it.
    func dismiss(_ screen: Screen) { navigator.dismiss(screen, app: self) }

    /// A person signed in (or changed their password): their start screen replaces everything.
    func signedIn(_ session: Session) {
        adopt(session)
        showStartScreen()
    }

    /// Replaces the whole stack with one screen.
    func reset(to screen: Screen) { navigator.reset(to: screen, app: self) }

    /// Signs out and leaves nothing of the previous user on screen: the next person at the
    /// shared terminal sees only the login screen.
    func lock(idle: Bool = false) {
        guard let session else { return }
        backend.lockTerminal(session, idle: idle)
        self.session = nil
        keymap = startKeymap.keymap
        strings = Strings(startLanguage)
        reset(to: LoginScreen())
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
    func nowText() -> String {
        let now = backend.now()
        // Zones are whole minutes off UTC, so the text changes only when the UTC minute does;
        // formatting it through the calendar for every frame cost a typed mark more than its checks.
        let minute = (now.timeIntervalSince1970 / 60).rounded(.down)
        if let clock = clockText, clock.minute == minute { return clock.text }
        let text = backend.timeZone.russianDateTime(now)
        clockText = (minute, text)
        return text
    }

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
