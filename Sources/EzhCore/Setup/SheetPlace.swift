/// Where a line of an imported file came from: the file's name and the row as a spreadsheet
/// shows it (the header is row 1), so every problem can point the user at the cell.
public struct SheetPlace: Sendable, Hashable {
    public var file: String
    public var row: Int

    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }
}
