/// The success figures of a set of period finals (СГО's «Формулы показателей успеваемости»,
/// REPORTS.md): pupils counted by their final (5, 4, 3, 2, н/а) out of N, and from them
/// % успеваемости, % качества and СОУ (степень обученности).
///
/// N is the pupils assessed: on roll at the period's end, not exempt (осв), with a final
/// entered. A pupil who left before the period ended, one exempt, one with a pass/fail final
/// (зач/незач) or one without a final yet is not in N: `excluded` counts them by reason.
public struct SuccessTally: Hashable, Sendable {
    public struct Pupil: Hashable, Sendable {
        public let final: String?
        /// Left the class before the period ended.
        public let hasLeft: Bool
        /// Exempt from the subject for the period (an «осв» final or an exemption over it).
        public let isExempt: Bool

        public init(final: String?, hasLeft: Bool = false, isExempt: Bool = false) {
            self.final = final
            self.hasLeft = hasLeft
            self.isExempt = isExempt
        }
    }

    public private(set) var fives = 0
    public private(set) var fours = 0
    public private(set) var threes = 0
    public private(set) var twos = 0
    /// Не аттестован (н/а).
    public private(set) var notAssessed = 0
    public private(set) var left = 0
    public private(set) var exempt = 0
    /// A final of another kind (зач, незач) or none entered yet.
    public private(set) var withoutFinal = 0

    public init(_ pupils: [Pupil]) {
        for pupil in pupils {
            if pupil.hasLeft { left += 1; continue }
            if pupil.isExempt || pupil.final == "осв" { exempt += 1; continue }
            switch pupil.final {
            case "5": fives += 1
            case "4": fours += 1
            case "3": threes += 1
            case "2", "1": twos += 1
            case "н/а": notAssessed += 1
            default: withoutFinal += 1
            }
        }
    }

    /// Several tallies as one (the teacher's classes together).
    public init(adding tallies: [SuccessTally]) {
        for tally in tallies {
            fives += tally.fives
            fours += tally.fours
            threes += tally.threes
            twos += tally.twos
            notAssessed += tally.notAssessed
            left += tally.left
            exempt += tally.exempt
            withoutFinal += tally.withoutFinal
        }
    }

    /// N: the pupils the percentages are out of.
    public var assessed: Int { fives + fours + threes + twos + notAssessed }

    /// (n5 + n4 + n3) / N · 100; nil when N is 0.
    public var successPercent: Double? { percent(fives + fours + threes) }
    /// (n5 + n4) / N · 100.
    public var qualityPercent: Double? { percent(fives + fours) }
    /// СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N.
    public var learningDegree: Double? {
        guard assessed > 0 else { return nil }
        return Double(100 * fives + 64 * fours + 36 * threes + 16 * twos + 7 * notAssessed) / Double(assessed)
    }

    /// The mean of the numeric finals (н/а not counted).
    public var averageFinal: Double? {
        let graded = fives + fours + threes + twos
        guard graded > 0 else { return nil }
        return Double(5 * fives + 4 * fours + 3 * threes + 2 * twos) / Double(graded)
    }

    private func percent(_ count: Int) -> Double? {
        assessed > 0 ? Double(count) / Double(assessed) * 100 : nil
    }

    /// «83.3» (one decimal, half up) or «—» when there is no one to count.
    public static func format(percent value: Double?) -> String {
        guard let value else { return "—" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
