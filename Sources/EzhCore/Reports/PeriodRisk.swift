/// The class teacher's preliminary and final period report (REPORTS.md item 7, *inferred*): the
/// pupils at risk, per subject with its teacher: a likely 2, н/а, exactly one 3, exactly one 4.
/// The preliminary one judges the mark each subject's current weighted average suggests (fewer
/// than three marks: н/а); the final one the period finals given.
public struct PeriodRisk: Hashable, Sendable {
    public enum Basis: Hashable, Sendable {
        /// Before the period ends: the suggestion from the weighted average so far.
        case currentAverages
        /// After: the period finals.
        case finals
    }

    /// One subject of a pupil: the mark judged («2» … «5», «н/а», «осв», …) and where it comes from.
    public struct Subject: Hashable, Sendable {
        public let name: String
        public let teacher: String
        public let mark: String
        /// The weighted average behind a suggested mark (the preliminary report).
        public let average: Double?

        public init(name: String, teacher: String, mark: String, average: Double? = nil) {
            self.name = name
            self.teacher = teacher
            self.mark = mark
            self.average = average
        }
    }

    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName
        public let subjects: [Subject]

        public init(id: PupilID, name: PersonName, subjects: [Subject]) {
            self.id = id
            self.name = name
            self.subjects = subjects
        }
    }

    public enum Risk: Int, Hashable, Sendable, CaseIterable, Comparable {
        case failing, notAssessed, oneThree, oneFour

        public static func < (lhs: Risk, rhs: Risk) -> Bool { lhs.rawValue < rhs.rawValue }

        public var title: String {
            switch self {
            case .failing: "«2»"
            case .notAssessed: "н/а"
            case .oneThree: "одна «3»"
            case .oneFour: "одна «4»"
            }
        }
    }

    /// A pupil at risk in one respect, with the subjects that put them there.
    public struct Line: Hashable, Sendable {
        public let pupil: PersonName
        public let risk: Risk
        public let subjects: [Subject]
    }

    public let basis: Basis
    public let lines: [Line]

    /// A pupil may stand in several lines (a 2 in one subject, н/а in another); «one 3» only with
    /// nothing lower, «one 4» only with every other subject a 5. Subjects with no mark to judge
    /// (осв, зач) are left out.
    public init(basis: Basis, pupils: [Pupil]) {
        self.basis = basis
        var lines: [Line] = []
        for pupil in pupils.sorted(by: { PersonName.alphabetical($0.name, $1.name) }) {
            let failing = pupil.subjects.filter { Int($0.mark).map { $0 <= 2 } ?? ($0.mark == "незач") }
            let notAssessed = pupil.subjects.filter { $0.mark == "н/а" }
            let threes = pupil.subjects.filter { $0.mark == "3" }
            let fours = pupil.subjects.filter { $0.mark == "4" }
            if !failing.isEmpty { lines.append(Line(pupil: pupil.name, risk: .failing, subjects: failing)) }
            if !notAssessed.isEmpty { lines.append(Line(pupil: pupil.name, risk: .notAssessed, subjects: notAssessed)) }
            if failing.isEmpty, notAssessed.isEmpty {
                if threes.count == 1 {
                    lines.append(Line(pupil: pupil.name, risk: .oneThree, subjects: threes))
                } else if threes.isEmpty, fours.count == 1 {
                    lines.append(Line(pupil: pupil.name, risk: .oneFour, subjects: fours))
                }
            }
        }
        // Grouped by risk, alphabetical within each group.
        self.lines = Risk.allCases.flatMap { risk in lines.filter { $0.risk == risk } }
    }

    /// How many pupils stand in each line.
    public func count(_ risk: Risk) -> Int { lines.filter { $0.risk == risk }.count }

    public var title: String {
        basis == .currentAverages ? "Предварительный отчёт классного руководителя" : "Отчёт классного руководителя за период"
    }

    /// Portrait: a row per pupil and subject at risk, grouped by risk; the counts under the table.
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        var body: [[Cell]] = []
        var number = 0
        for line in lines {
            number += 1
            for (index, subject) in line.subjects.enumerated() {
                let mark = subject.average.map { "\(subject.mark) (\(MarkAverages.format($0)))" } ?? subject.mark
                body.append([
                    index == 0 ? .number(number) : .empty, index == 0 ? .text(line.pupil.lastAndFirst) : .empty,
                    index == 0 ? .text(line.risk.title) : .empty, .text(subject.name), .text(subject.teacher), .text(mark),
                ])
            }
        }
        let footer: [[Cell]] = Risk.allCases.map { risk in
            [.empty, .text("Учеников: \(risk.title)"), .number(count(risk)), .empty, .empty, .empty]
        }
        let source = basis == .currentAverages
            ? "Отметка — та, что следует из текущего средневзвешенного балла (в скобках) по порогам школы; меньше трёх отметок — н/а."
            : "Отметки за период, выставленные учителями."
        return ReportDocument(
            titleBlock: .init(school: school, title: title, className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 1.2), .init(weight: 6, alignment: .leading), .init(weight: 2.6), .init(weight: 5, alignment: .leading),
                      .init(weight: 4.4, alignment: .leading), .init(weight: 2.4)],
            headerRows: [[.text("№"), .text("Ученик"), .text("Риск"), .text("Предмет"), .text("Учитель"), .text("Отметка")]],
            bodyRows: body, footerRows: footer,
            notes: [
                source,
                "«Одна 3» — ровно одна «3» и нет «2» и н/а; «одна 4» — ровно одна «4», остальные «5». Освобождённые (осв) и зачёты не учитываются.",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }
}
