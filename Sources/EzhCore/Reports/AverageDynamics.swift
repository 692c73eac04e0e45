/// «Динамика среднего балла» (REPORTS.md item 4): over a period, a pupil's running weighted
/// average in a subject against the class's. A row per day on which anyone in the class got a
/// mark in the subject: the pupil's marks that day, the pupil's works so far and running
/// weighted average, the class's works so far and its running weighted average (all the
/// class's marks to that day, weighted alike). The same two lines are drawn as a chart.
public struct AverageDynamics: Sendable {
    public struct Mark: Sendable {
        public let date: LocalDate
        public let value: MarkValue
        public let weight: Double

        public init(date: LocalDate, value: MarkValue, weight: Double) {
            self.date = date
            self.value = value
            self.weight = weight
        }
    }

    public struct Row: Hashable, Sendable {
        public let date: LocalDate
        public let pupilMarks: [MarkValue]
        public let pupilWorks: Int
        public let pupilAverage: Double?
        public let classWorks: Int
        public let classAverage: Double?
    }

    public let rows: [Row]

    /// `pupil`: the pupil's marks; `classMarks`: every mark of the class in the subject (the
    /// pupil's among them). A dot (a work owed) is neither a work nor in an average.
    public init(pupil: [Mark], classMarks: [Mark]) {
        let graded = { (marks: [Mark]) in marks.filter { $0.value.numericValue != nil } }
        let pupilByDay = Dictionary(grouping: graded(pupil), by: \.date)
        let classByDay = Dictionary(grouping: graded(classMarks), by: \.date)
        var pupilSoFar: [(value: MarkValue, weight: Double)] = []
        var classSoFar: [(value: MarkValue, weight: Double)] = []
        rows = Set(pupilByDay.keys).union(classByDay.keys).sorted().map { day in
            let own = pupilByDay[day] ?? []
            pupilSoFar += own.map { ($0.value, $0.weight) }
            classSoFar += (classByDay[day] ?? []).map { ($0.value, $0.weight) }
            let pupilAverages = MarkAverages(pupilSoFar)
            let classAverages = MarkAverages(classSoFar)
            return Row(date: day, pupilMarks: own.map(\.value), pupilWorks: pupilAverages.count, pupilAverage: pupilAverages.weighted,
                       classWorks: classAverages.count, classAverage: classAverages.weighted)
        }
    }

    public func chart(pupil: PersonName, className: String) -> LineChart {
        LineChart(
            title: "Средневзвешенный балл с начала периода",
            series: [
                .init(name: pupil.lastAndFirst, points: rows.compactMap { row in row.pupilAverage.map { .init(date: row.date, value: $0) } }),
                .init(name: "Класс \(className)", points: rows.compactMap { row in row.classAverage.map { .init(date: row.date, value: $0) } }),
            ],
            yRange: 1...5
        )
    }

    public func document(school: String, className: String, subject: String, pupil: PersonName, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let last = rows.last
        return ReportDocument(
            titleBlock: .init(school: school, title: "Динамика среднего балла: \(pupil.lastAndFirst), \(subject)", className: className,
                              period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 2.2), .init(weight: 2.4), .init(weight: 1.8), .init(weight: 2.2), .init(weight: 1.8), .init(weight: 2.2)],
            headerRows: [[.text("Дата"), .text("Отметки ученика"), .text("Работ ученика"), .text("Средний балл ученика"),
                          .text("Работ класса"), .text("Средний балл класса")]],
            bodyRows: rows.map { row in
                [.text(row.date.russian), .text(row.pupilMarks.map(\.code).joined(separator: " ")), .number(row.pupilWorks),
                 .text(MarkAverages.format(row.pupilAverage)), .number(row.classWorks), .text(MarkAverages.format(row.classAverage))]
            },
            footerRows: [[.text("Итого"), .empty, .number(last?.pupilWorks ?? 0), .text(MarkAverages.format(last?.pupilAverage)),
                          .number(last?.classWorks ?? 0), .text(MarkAverages.format(last?.classAverage))]],
            notes: ["Средний балл — средневзвешенный (Σ отметка·вес / Σ вес по весам типов работ) с начала периода по указанную дату; "
                + "средний балл класса — по всем отметкам класса по предмету."],
            chart: chart(pupil: pupil, className: className)
        )
    }
}
