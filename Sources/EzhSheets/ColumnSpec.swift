import EzhCore

/// One column an import understands: the key the importer reads it by, the headers a school may
/// give it (Russian first, then English aliases), whether a file must have it, and a line of
/// help for docs, templates and the message when it is missing.
public struct ColumnSpec: Sendable, Hashable {
    public var key: String
    public var russian: [String]
    public var english: [String]
    public var required: Bool
    public var help: BilingualText

    public init(key: String, russian: [String], english: [String], required: Bool, help: BilingualText) {
        self.key = key
        self.russian = russian
        self.english = english
        self.required = required
        self.help = help
    }

    /// The header a template writes and a message names: the first Russian one.
    public var title: String { russian.first ?? english.first ?? key }

    func matches(normalizedHeader: String) -> Bool {
        (russian + english).contains { HeaderName.normalize($0) == normalizedHeader }
    }
}
