/// One thing wrong with a file a school imports, found before anything is written: where it is
/// (file, spreadsheet row, column) and what is wrong and what to do. The whole import pipeline,
/// from reading a sheet to checking it against the journal, reports in this one shape so the
/// list a person reads is uniform: "pupils.csv:7: Класс: …".
public struct ImportProblem: Sendable, Hashable {
    /// The file's name as the person gave it (its last path component), not a full path.
    public var file: String
    /// The row as the spreadsheet shows it (the header is row 1); nil for the file as a whole.
    public var row: Int?
    /// The column's header as written in the file; nil when the problem is the whole row.
    public var column: String?
    public var message: BilingualText

    public init(file: String, row: Int? = nil, column: String? = nil, message: BilingualText) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    /// "file:row: column: message", leaving out the parts that are nil.
    public func text(in language: Language) -> String {
        var place = file
        if let row { place += ":\(row)" }
        var text = place + ": "
        if let column { text += column + ": " }
        return text + message.text(in: language)
    }
}
