/// One thing wrong with an imported file, placed where the school's user can find it:
/// "pupils.csv:14: Класс: класса «5Д» нет в школе; добавьте его в classes.csv или исправьте".
/// Imports check the whole file and list every problem before they write anything.
public struct ImportProblem: Sendable, Hashable {
    /// The file's name as the user gave it (last path component).
    public var file: String
    /// The row as a spreadsheet shows it (the header is row 1); nil for the file as a whole.
    public var row: Int?
    /// The column's header as written in the file; nil for the row as a whole.
    public var column: String?
    public var message: BilingualText

    public init(file: String, row: Int?, column: String?, message: BilingualText) {
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
