/// «Сводная ведомость учёта успеваемости» (REPORTS.md item 9): pupils (alphabetical) × subjects;
/// under each subject the period columns up to the chosen period, and after the year's last period
/// the year, exam and final columns; footer rows count the 5s, 4s, 3s, 2s and н/а of each column.
/// Landscape, header rows repeated. Printed, it is split into sheets of a few subjects each, so the
/// columns stay readable.
public struct ProgressSheet: Hashable, Sendable {
    public struct Subject: Hashable, Sendable {
        public let id: SubjectID
        public let name: String

        public init(id: SubjectID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// A pupil of the class during the periods shown; `arrived` / `left` when within them.
    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName
        public let arrived: LocalDate?
        public let left: LocalDate?

        public init(id: PupilID, name: PersonName, arrived: LocalDate? = nil, left: LocalDate? = nil) {
            self.id = id
            self.name = name
            self.arrived = arrived
            self.left = left
        }

        var label: String {
            var text = name.lastAndFirst
            if let arrived { text += " (приб. \(arrived.dayMonth))" }
            if let left { text += " (выб. \(left.dayMonth))" }
            return text
        }
    }

    /// One column under each subject: a kind of final and its head («I», «II», «Год», «Экз», «Итог»).
    public struct Column: Hashable, Sendable {
        public let kind: FinalKind
        public let title: String

        public init(kind: FinalKind, title: String) {
            self.kind = kind
            self.title = title
        }
    }

    public struct Cell: Hashable, Sendable {
        public let pupil: PupilID
        public let subject: SubjectID
        public let kind: FinalKind

        public init(pupil: PupilID, subject: SubjectID, kind: FinalKind) {
            self.pupil = pupil
            self.subject = subject
            self.kind = kind
        }
    }

    /// The values the footer counts, in its order.
    public static let countedValues = ["5", "4", "3", "2", "н/а"]
    /// Subjects on one printed sheet: 6 × 7 columns still fit A4 landscape with readable heads.
    public static let subjectsPerSheet = 6

    public let subjects: [Subject]
    public let columns: [Column]
    public let pupils: [Pupil]
    public let values: [Cell: String]

    public init(subjects: [Subject], columns: [Column], pupils: [Pupil], values: [Cell: String]) {
        self.subjects = subjects
        self.columns = columns
        self.pupils = PersonName.sortedAlphabetically(pupils, by: \.name)
        self.values = values
    }

    /// «I», «II», … for a period's number (the paper forms number quarters in Roman numerals).
    public static func roman(_ number: Int) -> String { ["I", "II", "III", "IV"][max(0, min(number, 4) - 1)] }

    /// The values laid out pupil by pupil (in the sheet's order), subject by subject, column by
    /// column: the sheets, their footers and the school's table read every cell, and an index into
    /// an array is much cheaper than hashing a cell each time (the whole school's sheets are many).
    /// A value of a pupil, subject or kind the sheet does not show is left out.
    struct Layout {
        let subjectIndex: [SubjectID: Int]
        let columnCount: Int
        let subjectCount: Int
        let cells: [String?]

        init(_ sheet: ProgressSheet) {
            let pupilIndex = Dictionary(sheet.pupils.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            subjectIndex = Dictionary(sheet.subjects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let columnIndex = Dictionary(sheet.columns.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { first, _ in first })
            columnCount = sheet.columns.count
            subjectCount = sheet.subjects.count
            var cells = [String?](repeating: nil, count: sheet.pupils.count * subjectCount * columnCount)
            for (cell, value) in sheet.values {
                guard let pupil = pupilIndex[cell.pupil], let subject = subjectIndex[cell.subject], let column = columnIndex[cell.kind] else { continue }
                cells[(pupil * subjectCount + subject) * columnCount + column] = value
            }
            self.cells = cells
        }

        func value(pupil: Int, subject: Int, column: Int) -> String? {
            cells[(pupil * subjectCount + subject) * columnCount + column]
        }

        /// Each subject's and column's counts of the footer's values, in one pass over the cells.
        func counts() -> [[String: Int]] {
            var counts = [[String: Int]](repeating: [:], count: subjectCount * columnCount)
            for (index, value) in cells.enumerated() {
                if let value { counts[index % (subjectCount * columnCount)][value, default: 0] += 1 }
            }
            return counts
        }
    }

    /// The whole table (the screen, CSV, XLSX).
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        let layout = Layout(self)
        return document(of: subjects, layout: layout, counts: layout.counts(), school: school, className: className, period: period,
                        classTeacher: classTeacher, printDate: printDate, isLast: true)
    }

    /// The printed form: one sheet per few subjects, the signature under the last.
    public func sheets(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> [ReportDocument] {
        let groups = stride(from: 0, to: max(subjects.count, 1), by: Self.subjectsPerSheet).map {
            Array(subjects[$0..<min($0 + Self.subjectsPerSheet, subjects.count)])
        }
        let layout = Layout(self)
        let counts = layout.counts()
        return groups.enumerated().map { index, group in
            document(of: group, layout: layout, counts: counts, school: school, className: className, period: period, classTeacher: classTeacher,
                     printDate: printDate, isLast: index == groups.count - 1)
        }
    }

    /// The whole school as one long table for the screen and spreadsheets: a row per class, pupil
    /// and subject, the finals under the column heads all the classes share («I» … «Итог»).
    public static func schoolTable(_ classes: [(className: String, sheet: ProgressSheet)], school: String, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let order = ["I", "II", "III", "IV", "Год", "Экз", "Итог"]
        let titles = order.filter { title in classes.contains { $0.sheet.columns.contains { $0.title == title } } }
        var body: [[Cell]] = []
        for (className, sheet) in classes {
            let layout = Layout(sheet)
            let columns = titles.map { title in sheet.columns.firstIndex { $0.title == title } }
            let classCell = Cell.text(className)
            for pupil in sheet.pupils.indices {
                let label = Cell.text(sheet.pupils[pupil].label)
                for subject in sheet.subjects.indices {
                    var row: [Cell] = [classCell, label, .text(sheet.subjects[subject].name)]
                    row.reserveCapacity(3 + columns.count)
                    for column in columns {
                        row.append(column.flatMap { layout.value(pupil: pupil, subject: subject, column: $0) }.map { Cell.text($0) } ?? .empty)
                    }
                    body.append(row)
                }
            }
        }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Сводная ведомость учёта успеваемости", className: "", period: period, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.5), .init(weight: 8, alignment: .leading), .init(weight: 6, alignment: .leading)] + titles.map { _ in .init(weight: 1.5) },
            headerRows: [[.text("Класс"), .text("Ученик"), .text("Предмет")] + titles.map { .text($0) }],
            bodyRows: body
        )
    }

    private func document(
        of subjects: [Subject], layout: Layout, counts: [[String: Int]], school: String, className: String, period: String, classTeacher: String,
        printDate: LocalDate, isLast: Bool
    ) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let heads: [Cell] = subjects.flatMap { subject in [Cell.text(subject.name)] + Array(repeating: Cell.empty, count: columns.count - 1) }
        let kinds: [Cell] = subjects.flatMap { _ in columns.map { Cell.text($0.title) } }
        let shown = subjects.map { layout.subjectIndex[$0.id] ?? 0 }
        let body: [[Cell]] = pupils.indices.map { pupil in
            var row: [Cell] = [.number(pupil + 1), .text(pupils[pupil].label)]
            row.reserveCapacity(2 + shown.count * columns.count)
            for subject in shown {
                for column in columns.indices {
                    row.append(layout.value(pupil: pupil, subject: subject, column: column).map { Cell.text($0) } ?? .empty)
                }
            }
            return row
        }
        let footer: [[Cell]] = Self.countedValues.map { value in
            [.empty, .text("Всего «\(value)»")] + shown.flatMap { subject in
                columns.indices.map { column in Cell.number(counts[subject * columns.count + column][value] ?? 0) }
            }
        }
        let columnWeights = subjects.flatMap { _ in columns.map { _ in ReportDocument.Column(weight: 1.6) } }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Сводная ведомость учёта успеваемости", className: className, period: period, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.2), .init(weight: 9, alignment: .leading)] + columnWeights,
            headerRows: [[.text("№"), .text("Ученик")] + heads, [.empty, .empty] + kinds],
            bodyRows: body, footerRows: footer,
            notes: isLast ? ["Отметки: 1–5, н/а — не аттестован, зач/незач, осв — освобождён. Приб./выб. — прибыл в класс или выбыл в течение периода."] : [],
            signatures: isLast ? [.init(role: "Классный руководитель", name: classTeacher)] : []
        )
    }
}
