/// A class of the closing year, as the rollover needs it.
public struct PromotionClass: Hashable, Sendable {
    public let id: ClassID
    public let name: ClassName
    public let scheme: PeriodScheme

    public init(id: ClassID, name: ClassName, scheme: PeriodScheme) {
        self.id = id
        self.name = name
        self.scheme = scheme
    }
}

/// What becomes of one class at the rollover.
public enum PromotionOutcome: Hashable, Sendable {
    /// Next year's class, with the period scheme its new grade follows.
    case promoted(ClassName, PeriodScheme)
    /// The class finishes school (grade 11, or grade 9 where the school says so): its pupils leave
    /// with an order; the class stays in the closed year.
    case leaves
}

/// One class and what becomes of it.
public struct Promotion: Hashable, Sendable {
    public let from: PromotionClass
    public let outcome: PromotionOutcome
}

/// The year rollover's class moves: 5А becomes 6А, the eleventh grade leaves. Next year's first
/// grade is new and is added as any class is.
public enum ClassPromotion {
    public static let lastGrade = 11

    /// Every class, in the order given. The period scheme is carried by grade: 9А going into
    /// grade 10 takes the scheme grade 10 follows (half-years, say), or keeps its own when no
    /// scheme is known for grade 10.
    /// - Parameters:
    ///   - schemes: the scheme of each grade (the year's `grade_scheme`); nil: the one most of
    ///     this year's classes of the grade follow.
    ///   - ninthGradeLeaves: the ninth grade finishes school too (an основная школа).
    public static func promote(
        _ classes: [PromotionClass], schemes: [Int: PeriodScheme]? = nil, ninthGradeLeaves: Bool = false
    ) -> [Promotion] {
        let schemes = schemes ?? schemesByGrade(classes)
        return classes.map { current in
            let grade = current.name.grade
            if grade >= lastGrade || (ninthGradeLeaves && grade == 9) {
                return Promotion(from: current, outcome: .leaves)
            }
            let next = ClassName(grade: grade + 1, letter: current.name.letter)
            return Promotion(from: current, outcome: .promoted(next, schemes[grade + 1] ?? current.scheme))
        }
    }

    /// The scheme each grade follows: the one most of its classes follow (ties: the scheme listed
    /// first in `PeriodScheme`).
    public static func schemesByGrade(_ classes: [PromotionClass]) -> [Int: PeriodScheme] {
        var counts: [Int: [PeriodScheme: Int]] = [:]
        for current in classes { counts[current.name.grade, default: [:]][current.scheme, default: 0] += 1 }
        return counts.mapValues { tally in
            PeriodScheme.allCases.max { (tally[$0] ?? 0) < (tally[$1] ?? 0) || ((tally[$0] ?? 0) == (tally[$1] ?? 0) && order($0) > order($1)) }!
        }
    }

    private static func order(_ scheme: PeriodScheme) -> Int { PeriodScheme.allCases.firstIndex(of: scheme)! }
}

/// An academic year's name: «2026/2027».
public enum AcademicYearName {
    /// The next year's name, written the same way: «2026/2027» -> «2027/2028», «2026-2027 уч. год»
    /// -> «2027-2028 уч. год». Nil unless the name holds exactly two four-digit years, one after
    /// the other.
    public static func next(after name: String) -> String? {
        var runs: [(range: Range<String.Index>, year: Int)] = []
        var index = name.startIndex
        while index < name.endIndex {
            guard name[index].isASCII, name[index].isNumber else {
                index = name.index(after: index)
                continue
            }
            var end = index
            while end < name.endIndex, name[end].isASCII, name[end].isNumber { end = name.index(after: end) }
            runs.append((index..<end, Int(name[index..<end]) ?? 0))
            index = end
        }
        guard runs.count == 2, runs.allSatisfy({ name[$0.range].count == 4 }), runs[1].year == runs[0].year + 1 else { return nil }
        var next = name
        next.replaceSubrange(runs[1].range, with: String(runs[1].year + 1))
        next.replaceSubrange(runs[0].range, with: String(runs[0].year + 1))
        return next
    }
}
