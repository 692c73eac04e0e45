/// A terminal size in character cells.
public struct TerminalSize: Hashable, Sendable {
    public let rows: Int
    public let columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The smallest size the journal is laid out for.
    public static let minimum = TerminalSize(rows: 24, columns: 80)

    public var isLargeEnough: Bool { rows >= Self.minimum.rows && columns >= Self.minimum.columns }
}

/// What the application needs of a terminal. The curses terminal is one; a scripted fake that
/// replays keys and keeps the frames is another, so the whole application runs in tests.
public protocol TerminalDevice: AnyObject {
    var size: TerminalSize { get }
    /// The next input event, or nil when `timeout` passes with none (nil waits for ever;
    /// `.zero` only looks whether one is already queued).
    func nextEvent(timeout: Duration?) throws -> Key?
    /// Shows a complete frame; the device decides what actually has to be redrawn.
    func present(_ buffer: ScreenBuffer)
}
