/// What one cell of the marks grid can hold: a mark 1-5, or a «точка» (the pupil owes this work).
public enum MarkValue: Hashable, Sendable {
    case grade(Int)
    case dot

    /// The text stored in the database and shown in the grid: "1"..."5" or ".".
    public var code: String {
        switch self {
        case .grade(let value): String(value)
        case .dot: "."
        }
    }

    /// Parses the stored code; nil for anything that is not a valid mark.
    public init?(code: String) {
        if code == "." { self = .dot; return }
        guard let value = Int(code), MarkValue.validGrades.contains(value) else { return nil }
        self = .grade(value)
    }

    /// The numeric value that counts in averages; a dot does not count.
    public var numericValue: Int? {
        if case .grade(let value) = self { return value }
        return nil
    }

    public static let validGrades = 1...5
}
