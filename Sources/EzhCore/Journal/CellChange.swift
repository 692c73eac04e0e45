/// What a cell holds now, and the last recorded change that put it there: told to someone whose
/// screen showed another value, so they see who changed it, when and from which terminal before
/// they decide again. Time is already written in the school's zone.
public struct CellChange: Hashable, Sendable {
    /// The cell's value now as the grid shows it («2», «Н»); nil when the cell is empty.
    public let current: String?
    /// Who made the last recorded change; nil when the cell has no history (imported data).
    public let who: String?
    public let at: String?
    public let terminal: String?

    public init(current: String?, who: String?, at: String?, terminal: String?) {
        self.current = current
        self.who = who
        self.at = at
        self.terminal = terminal
    }

    /// «Сидоров И.И., 27.11.2026 10:52, терминал pts/2; теперь в ней «2»».
    public func summary(in language: Language) -> String {
        var source: [String] = []
        if let who { source.append(who) }
        if let at { source.append(at) }
        if let terminal { source.append(language == .ru ? "терминал \(terminal)" : "terminal \(terminal)") }
        let now: String = switch (current, language) {
        case (let value?, .ru): "теперь в ней «\(value)»"
        case (let value?, .en): "it now holds “\(value)”"
        case (nil, .ru): "теперь она пуста"
        case (nil, .en): "it is now empty"
        }
        guard !source.isEmpty else { return now }
        return source.joined(separator: ", ") + "; " + now
    }
}
