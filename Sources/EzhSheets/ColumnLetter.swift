/// "A", "B", … "Z", "AA": the column letter a spreadsheet shows for a 0-based index.
public enum ColumnLetter {
    public static func name(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    /// The 0-based column of a letter name ("C" -> 2), nil when it is not one.
    public static func index(_ letters: Substring) -> Int? {
        guard !letters.isEmpty else { return nil }
        var number = 0
        for scalar in letters.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            number = number * 26 + Int(scalar.value - 64)
        }
        return number - 1
    }
}
