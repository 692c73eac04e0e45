/// What a colour means, not which colour it is: the terminal picks the colours, or none at all in
/// monochrome. Every state a role marks is also shown by an attribute or a glyph, so nothing is
/// told by colour alone.
public enum ColorRole: String, CaseIterable, Sendable {
    case header
    case title
    case selection
    case locked
    case error
    case status
    case keyBar
    case today
}

/// How one cell is drawn.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var role: ColorRole?

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, role: ColorRole? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.role = role
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(bold: true)
    public static let header = CellStyle(reverse: true, role: .header)
    public static let title = CellStyle(bold: true, role: .title)
    public static let selection = CellStyle(reverse: true, role: .selection)
    public static let error = CellStyle(bold: true, role: .error)
    public static let status = CellStyle(role: .status)
    public static let keyBar = CellStyle(reverse: true, role: .keyBar)
    public static let locked = CellStyle(dim: true, role: .locked)
}
