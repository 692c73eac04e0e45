/// A class's grade and letter: «5А», «10Б».
public struct ClassName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let grade: Int
    public let letter: String

    public init(grade: Int, letter: String) {
        self.grade = grade
        self.letter = letter
    }

    public var description: String { "\(grade)\(letter)" }

    public static func < (lhs: ClassName, rhs: ClassName) -> Bool {
        (lhs.grade, lhs.letter) < (rhs.grade, rhs.letter)
    }

    /// Grade 1 is taught without marks (безотметочное обучение).
    public var hasMarks: Bool { grade >= 2 }
}
