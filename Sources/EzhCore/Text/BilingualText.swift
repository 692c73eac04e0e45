/// A short text in both interface languages: the part of a refusal that names a field, what is
/// wrong with it, what was not found or what may not be done. The refusal is made once, where
/// the service decides; the front end reads it in its own language.
public struct BilingualText: Sendable, Hashable {
    public let russian: String
    public let english: String

    public init(_ russian: String, _ english: String) {
        self.russian = russian
        self.english = english
    }

    /// The name something gives itself in each language (an action, a rule, a text limit).
    public init(_ name: (Language) -> String) {
        self.init(name(.ru), name(.en))
    }

    /// The name of the field whose text `limit` bounds: the one its length refusal uses.
    public init(_ limit: TextLimit) {
        self.init(limit.russianName, limit.englishName)
    }

    /// Data, the same in both languages: what the user typed, a path, a command-line option, a
    /// class's or subject's name.
    public static func verbatim(_ text: String) -> BilingualText {
        BilingualText(text, text)
    }

    public func text(in language: Language) -> String {
        language == .ru ? russian : english
    }
}
