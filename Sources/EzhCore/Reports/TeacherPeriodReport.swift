/// «Отчёт учителя за период» (REPORTS.md item 3; its columns are inferred, no anchor's layout
/// was found): a line per class (or group) and subject the teacher teaches, with the subject
/// results' totals (counts by final, % успеваемости, % качества, СОУ, average final), the
/// hours planned and given in the period (as the КТП printout counts them) and the number of
/// контрольные, лабораторные and практические работы set. A total line sums the counts and
/// computes the percentages over all classes together.
public struct TeacherPeriodReport: Sendable {
    public struct Line: Sendable {
        /// «5А», «7Б (1 группа)».
        public let className: String
        public let subject: String
        /// The period's name in the class's scheme («2 четверть», «1 полугодие»).
        public let period: String
        /// Pupils on roll at the period's end.
        public let pupils: Int
        public let tally: SuccessTally
        public let plannedHours: Int
        public let givenHours: Int
        /// The work types of the period's assignments, one name per assignment.
        public let workTypes: [String]

        public init(className: String, subject: String, period: String, pupils: Int, tally: SuccessTally,
                    plannedHours: Int, givenHours: Int, workTypes: [String]) {
            self.className = className
            self.subject = subject
            self.period = period
            self.pupils = pupils
            self.tally = tally
            self.plannedHours = plannedHours
            self.givenHours = givenHours
            self.workTypes = workTypes
        }

        public func count(_ kind: WorkKind) -> Int { workTypes.filter { WorkKind($0) == kind }.count }
    }

    /// The kinds of work the report counts, known by their type's name.
    public enum WorkKind: CaseIterable, Sendable {
        case test, laboratory, practical

        public init?(_ typeName: String) {
            let name = typeName.lowercased()
            if name.hasPrefix("контрольн") { self = .test }
            else if name.hasPrefix("лабораторн") { self = .laboratory }
            else if name.hasPrefix("практическ") { self = .practical }
            else { return nil }
        }
    }

    public let lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }

    public var total: SuccessTally { SuccessTally(adding: lines.map(\.tally)) }

    public func document(school: String, teacher: PersonName, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        func figures(_ tally: SuccessTally) -> [Cell] {
            [.number(tally.fives), .number(tally.fours), .number(tally.threes), .number(tally.twos), .number(tally.notAssessed),
             .text(SuccessTally.format(percent: tally.successPercent)), .text(SuccessTally.format(percent: tally.qualityPercent)),
             .text(SuccessTally.format(percent: tally.learningDegree)), .text(MarkAverages.format(tally.averageFinal))]
        }
        let body: [[Cell]] = lines.map { line in
            [.text(line.className), .text(line.subject), .text(line.period), .number(line.pupils)] + figures(line.tally)
                + [.number(line.plannedHours), .number(line.givenHours)] + WorkKind.allCases.map { .number(line.count($0)) }
        }
        let sum = { (value: (Line) -> Int) in ReportDocument.Cell.number(lines.map(value).reduce(0, +)) }
        let footer: [Cell] = [.text("Итого"), .empty, .empty, sum(\.pupils)] + figures(total)
            + [sum(\.plannedHours), sum(\.givenHours)] + WorkKind.allCases.map { kind in sum { $0.count(kind) } }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Отчёт учителя за период: \(teacher.withInitials)", className: "", period: period, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 2.4, alignment: .leading), .init(weight: 4, alignment: .leading), .init(weight: 2.4)]
                + Array(repeating: .init(weight: 1.2), count: 6) + Array(repeating: .init(weight: 1.5), count: 4)
                + Array(repeating: .init(weight: 1.4), count: 5),
            headerRows: [[.text("Класс"), .text("Предмет"), .text("Период"), .text("Учеников"), .text("«5»"), .text("«4»"), .text("«3»"),
                          .text("«2»"), .text("н/а"), .text("Успев., %"), .text("Кач., %"), .text("СОУ, %"), .text("Ср. балл"),
                          .text("Часов по плану"), .text("Дано уроков"), .text("К/р"), .text("Л/р"), .text("Пр/р")]],
            bodyRows: body,
            footerRows: [footer],
            notes: [
                "Учеников — на конец периода. Отметки «5»…«2» и н/а — итоговые за период; проценты и СОУ считаются от N "
                    + "(аттестованные: без выбывших, освобождённых и тех, у кого нет итоговой отметки), как в итогах по предмету.",
                "Часов по плану — часы КТП, приходящиеся на период; дано — уроки с записанной темой. "
                    + "К/р, Л/р, Пр/р — число контрольных, лабораторных и практических работ за период.",
            ],
            signatures: [.init(role: "Учитель", name: teacher.withInitials)]
        )
    }
}
