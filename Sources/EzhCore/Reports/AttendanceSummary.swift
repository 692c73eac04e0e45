/// «Сводная ведомость учёта посещаемости» for a period (REPORTS.md item 6): pupils × the months of
/// the period; per month the lessons missed, of which for illness, and the whole days missed; per
/// pupil the period's totals (lessons, illness, without a valid reason, lates, whole days). Each
/// month is counted by `MonthlyAttendance` itself, so the summary and the monthly sheets agree.
public struct AttendanceSummary: Hashable, Sendable {
    /// One month's three figures for a pupil.
    public struct MonthFigures: Hashable, Sendable {
        public let missed: Int
        public let ill: Int
        public let wholeDays: Int
    }

    public struct Row: Hashable, Sendable {
        public let pupil: PupilID
        public let name: PersonName
        /// Per month of the period; nil for a month the pupil was not in the class at all.
        public let months: [MonthFigures?]
        public let missed: Int
        public let ill: Int
        public let unexcused: Int
        public let late: Int
        public let wholeDays: Int
    }

    public let span: DateSpan
    /// (year, month) of each month the period touches, in order.
    public let months: [(year: Int, month: Int)]
    public let rows: [Row]

    public static func == (lhs: AttendanceSummary, rhs: AttendanceSummary) -> Bool {
        lhs.span == rhs.span && lhs.rows == rhs.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(rows)
    }

    /// `pupils` carry their stays within `span` (a pupil who arrived or left counts only for those
    /// days); `lessonsByPupil` and `entries` are those of the span, as for the monthly sheet.
    public init(span: DateSpan, pupils: [MonthlyAttendance.Pupil], lessonsByPupil: [PupilID: [LocalDate: Int]], entries: [MonthlyAttendance.Entry]) {
        self.span = span
        var months: [(year: Int, month: Int)] = []
        var cursor = (year: span.first.year, month: span.first.month)
        while (cursor.year, cursor.month) <= (span.last.year, span.last.month) {
            months.append(cursor)
            cursor = cursor.month == 12 ? (cursor.year + 1, 1) : (cursor.year, cursor.month + 1)
        }
        self.months = months
        // A month is counted on the days of the period only: each stay is clipped to the span.
        let clipped = pupils.map { pupil in
            MonthlyAttendance.Pupil(id: pupil.id, name: pupil.name, stays: pupil.stays.compactMap { stay in
                let from = max(stay.first, span.first), to = min(stay.last, span.last)
                return from <= to ? DateSpan(from, to) : nil
            })
        }
        // The monthly sheet counts every entry it is given: each gets its own month's.
        let entriesByMonth = Dictionary(grouping: entries) { $0.date.year * 12 + $0.date.month }
        let sheets = months.map { month in
            MonthlyAttendance(
                year: month.year, month: month.month, pupils: clipped, lessonsByPupil: lessonsByPupil,
                entries: entriesByMonth[month.year * 12 + month.month] ?? []
            )
        }
        let byPupil = sheets.map { sheet in Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.pupil, $0) }) }
        rows = clipped.sorted { PersonName.alphabetical($0.name, $1.name) }.map { pupil in
            let monthly = byPupil.map { $0[pupil.id] }
            let present = monthly.map { row in row.flatMap { $0.missedByDay.contains { $0 != nil } ? $0 : nil } }
            func sum(_ path: KeyPath<MonthlyAttendance.Row, Int>) -> Int { present.compactMap { $0?[keyPath: path] }.reduce(0, +) }
            return Row(
                pupil: pupil.id, name: pupil.name,
                months: present.map { row in row.map { MonthFigures(missed: $0.missed, ill: $0.ill, wholeDays: $0.wholeDays) } },
                missed: sum(\.missed), ill: sum(\.ill), unexcused: sum(\.unexcused), late: sum(\.late), wholeDays: sum(\.wholeDays)
            )
        }
    }

    /// «сен.», «окт.», … for the month columns' heads.
    static let shortMonthNames = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]

    /// Landscape: per month three columns (уроков, по бол., дней), then the period's five totals; a
    /// footer row sums each column over the class.
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let monthHeads: [Cell] = months.flatMap { month in [Cell.text(Self.shortMonthNames[month.month - 1]), .empty, .empty] }
        let totalTitles = ["Пропущено уроков", "из них по болезни", "без уваж. причины", "Опоздания", "Дней целиком"]
        let header1: [Cell] = [.text("№"), .text("Ученик")] + monthHeads + [.text("За период")] + Array(repeating: Cell.empty, count: totalTitles.count - 1)
        let header2: [Cell] = [.empty, .empty] + months.flatMap { _ in [Cell.text("уроков"), .text("по бол."), .text("дней")] } + totalTitles.map { .text($0) }
        let body: [[Cell]] = rows.enumerated().map { index, row in
            let monthCells: [Cell] = row.months.flatMap { figures -> [Cell] in
                guard let figures else { return [.text("—"), .text("—"), .text("—")] }
                return [.number(figures.missed), .number(figures.ill), .number(figures.wholeDays)]
            }
            return [.number(index + 1), .text(row.name.lastAndFirst)] + monthCells
                + [row.missed, row.ill, row.unexcused, row.late, row.wholeDays].map { .number($0) }
        }
        let monthTotals: [Cell] = months.indices.flatMap { index in
            [\MonthFigures.missed, \.ill, \.wholeDays].map { path in Cell.number(rows.compactMap { $0.months[index]?[keyPath: path] }.reduce(0, +)) }
        }
        let totals = [\Row.missed, \.ill, \.unexcused, \.late, \.wholeDays].map { path in Cell.number(rows.map { $0[keyPath: path] }.reduce(0, +)) }
        let columns = [ReportDocument.Column(weight: 1.4), ReportDocument.Column(weight: 9, alignment: .leading)]
            + months.flatMap { _ in Array(repeating: ReportDocument.Column(weight: 2.2), count: 3) }
            + totalTitles.map { _ in ReportDocument.Column(weight: 3.2) }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Сводная ведомость учёта посещаемости", className: className, period: period, printDate: printDate),
            orientation: .landscape, columns: columns, headerRows: [header1, header2], bodyRows: body,
            footerRows: [[.empty, .text("Итого")] + monthTotals + totals],
            notes: [
                "Считаются только дни периода; «—» — ученик в этом месяце периода не числился в классе.",
                "Пропуском считаются Н, Б, УП, НП; опоздание (ОП) и освобождение (ОСВ) — нет. День целиком — пропущены все уроки ученика за день.",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }
}
