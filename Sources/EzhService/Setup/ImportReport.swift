import EzhCore

/// What an import found and did. With problems nothing was written; a dry run writes nothing
/// either way but counts what a real run would do.
public struct ImportReport: Sendable {
    public var kind: ImportKind
    public var file: String
    public var dryRun: Bool
    /// Everything wrong with the file; when not empty, nothing was written.
    public var problems: [ImportProblem]
    /// Worth knowing but not wrong: a pupil on the school's list missing from the file (kept,
    /// since departures are movements), a subject created by the curriculum.
    public var notices: [ImportProblem]
    /// Rows that created something new.
    public var added: Int
    /// Rows that changed something that was there (matched by its natural key).
    public var changed: Int
    /// Rows that matched what is stored exactly.
    public var unchanged: Int
    /// One-time credentials of the accounts the import created: shown once, never stored in clear.
    public var credentials: [Credentials]

    public init(kind: ImportKind, file: String, dryRun: Bool) {
        self.kind = kind
        self.file = file
        self.dryRun = dryRun
        problems = []
        notices = []
        added = 0
        changed = 0
        unchanged = 0
        credentials = []
    }

    /// Whether the file was (or, in a dry run, would be) written.
    public var isAccepted: Bool { problems.isEmpty }

    /// Joins the sheet's own problems (header, cells) to the service's, by row: a row's sheet
    /// problems before the service's, each in its order. The service ran as a dry run when the
    /// sheet had problems, so `dryRun` is what the user asked for.
    public mutating func add(sheetProblems: [ImportProblem], dryRun: Bool) {
        guard !sheetProblems.isEmpty else { return }
        problems = (sheetProblems + problems).enumerated()
            .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
            .map(\.element)
        self.dryRun = dryRun
    }
}
