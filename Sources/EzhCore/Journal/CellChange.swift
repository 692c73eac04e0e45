/// What a cell (or a form's field) holds now, and the last recorded change that put it there:
/// told to someone whose screen showed another value, so they see who changed it, when and from
/// which terminal before they decide again. Time is already written in the school's zone.
public struct CellChange: Hashable, Sendable {
    /// A form's field rather than a grid cell («Тема урока», «Роли»), in both languages, so the
    /// refusal names what changed.
    public typealias Field = BilingualText

    /// The value now as the screen shows it («2», «Н», a topic); nil when it is empty.
    public let current: String?
    /// The value now in English, when it is told in words rather than shown as it is (the roles
    /// an account holds, the size of a lesson plan).
    let currentInEnglish: String?
    /// Who made the last recorded change; nil when the value has no history (imported data).
    public let who: String?
    public let at: String?
    public let terminal: String?
    /// The form's field; nil for a grid cell.
    public let field: Field?

    /// Longer values (a homework) are cut in the message, so it fits the status lines; the
    /// screen shows them whole.
    static let quotedLength = 20

    public init(current: String?, who: String?, at: String?, terminal: String?, field: Field? = nil) {
        self.init(told: current.map(BilingualText.verbatim), who: who, at: at, terminal: terminal, field: field)
    }

    /// A change whose value now is told in words, in both languages.
    public init(told current: BilingualText?, who: String?, at: String?, terminal: String?, field: Field? = nil) {
        self.current = current?.russian
        currentInEnglish = current?.english
        self.who = who
        self.at = at
        self.terminal = terminal
        self.field = field
    }

    /// «Сидоров И.И., 27.11.2026 10:52, терминал pts/2»; nil when the value has no history.
    public func source(in language: Language) -> String? {
        var source: [String] = []
        if let who { source.append(who) }
        if let at { source.append(at) }
        if let terminal { source.append(language == .ru ? "терминал \(terminal)" : "terminal \(terminal)") }
        return source.isEmpty ? nil : source.joined(separator: ", ")
    }

    /// «Сидоров И.И., 27.11.2026 10:52, терминал pts/2; теперь в ней «2»» (in a field: «там»).
    public func summary(in language: Language) -> String {
        let inField = field != nil
        let value = language == .en ? currentInEnglish : current
        let now: String = switch (value.map(Self.quoted), language) {
        case (let value?, .ru): inField ? "теперь там «\(value)»" : "теперь в ней «\(value)»"
        case (let value?, .en): inField ? "now “\(value)”" : "it now holds “\(value)”"
        case (nil, .ru): inField ? "теперь там пусто" : "теперь она пуста"
        case (nil, .en): inField ? "now empty" : "it is now empty"
        }
        return source(in: language).map { $0 + "; " + now } ?? now
    }

    private static func quoted(_ value: String) -> String {
        guard value.count > quotedLength else { return value }
        return String(value.prefix(quotedLength - 1)) + "…"
    }
}
