/// «Итоги успеваемости по предмету» (REPORTS.md item 2): a class's (or subgroup's) subject for a
/// period. Per pupil: the number of marks, the plain and the weighted average, the period
/// final; under the table the pupils counted by final, % успеваемости, % качества, СОУ and the
/// average final (`SuccessTally`). A pupil who left during the period is listed with the day
/// they left and their marks, and is not counted.
public struct SubjectResults: Sendable {
    public struct Pupil: Sendable {
        public let name: PersonName
        public let marks: [(value: MarkValue, weight: Double)]
        public let final: String?
        /// The last day in the class when the pupil left before the period ended.
        public let leftOn: LocalDate?
        public let isExempt: Bool

        public init(name: PersonName, marks: [(value: MarkValue, weight: Double)], final: String?, leftOn: LocalDate? = nil, isExempt: Bool = false) {
            self.name = name
            self.marks = marks
            self.final = final
            self.leftOn = leftOn
            self.isExempt = isExempt
        }

        public var averages: MarkAverages { MarkAverages(marks) }
    }

    /// Alphabetical.
    public let pupils: [Pupil]

    public init(pupils: [Pupil]) {
        self.pupils = pupils.sorted { PersonName.alphabetical($0.name, $1.name) }
    }

    public var tally: SuccessTally {
        SuccessTally(pupils.map { .init(final: $0.final, hasLeft: $0.leftOn != nil, isExempt: $0.isExempt) })
    }

    /// The report; `className` names the group too when the subject is taught in groups («5А (1 группа)»);
    /// a signature line for each of the `teachers` (one per group).
    public func document(school: String, className: String, subject: String, period: String, teachers: [String], printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let rows: [[Cell]] = pupils.enumerated().map { index, pupil in
            let averages = pupil.averages
            let name = pupil.leftOn.map { "\(pupil.name.lastAndFirst) (выбыл(а) \($0.russian))" } ?? pupil.name.lastAndFirst
            let final = pupil.final ?? (pupil.isExempt ? "осв" : "")
            return [.number(index + 1), .text(name), .number(averages.count), .text(MarkAverages.format(averages.plain)),
                    .text(MarkAverages.format(averages.weighted)), final.isEmpty ? .empty : .text(final)]
        }
        let tally = tally
        let counts = "«5»: \(tally.fives), «4»: \(tally.fours), «3»: \(tally.threes), «2»: \(tally.twos), н/а: \(tally.notAssessed)"
        let footer: [[Cell]] = [
            [.empty, .text("Аттестовано (N)"), .number(tally.assessed), .empty, .empty, .empty],
            [.empty, .text(counts), .empty, .empty, .empty, .empty],
            [.empty, .text("Успеваемость, %"), .text(SuccessTally.format(percent: tally.successPercent)), .empty, .empty, .empty],
            [.empty, .text("Качество, %"), .text(SuccessTally.format(percent: tally.qualityPercent)), .empty, .empty, .empty],
            [.empty, .text("СОУ, %"), .text(SuccessTally.format(percent: tally.learningDegree)), .empty, .empty, .empty],
            [.empty, .text("Средний балл"), .empty, .empty, .empty, .text(MarkAverages.format(tally.averageFinal))],
        ]
        var notes = [
            "N — учащиеся на конец периода с итоговой отметкой, кроме освобождённых (осв). "
                + "Успеваемость = (n5 + n4 + n3) / N · 100; качество = (n5 + n4) / N · 100; "
                + "СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N.",
            "Средневзвешенный балл: Σ отметка·вес / Σ вес по весам типов работ; точка (долг) не считается.",
        ]
        let excluded = [("выбыли", tally.left), ("освобождены", tally.exempt), ("без итоговой отметки", tally.withoutFinal)]
            .filter { $0.1 > 0 }.map { "\($0.0): \($0.1)" }
        if !excluded.isEmpty { notes.append("Не входят в N: " + excluded.joined(separator: ", ") + ".") }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Итоги успеваемости по предмету: \(subject)", className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 0.8), .init(weight: 7, alignment: .leading), .init(weight: 1.6), .init(weight: 1.8),
                      .init(weight: 2.2), .init(weight: 1.8)],
            headerRows: [[.text("№"), .text("Ученик"), .text("Отметок"), .text("Средний балл"), .text("Средне-взвешенный"), .text("Итог за период")]],
            bodyRows: rows,
            footerRows: footer,
            notes: notes,
            signatures: teachers.map { .init(role: "Учитель", name: $0) }
        )
    }
}
