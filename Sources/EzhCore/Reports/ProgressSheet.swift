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
        self.pupils = pupils.sorted { PersonName.alphabetical($0.name, $1.name) }
        self.values = values
    }

    /// «I», «II», … for a period's number (the paper forms number quarters in Roman numerals).
    public static func roman(_ number: Int) -> String { ["I", "II", "III", "IV"][max(0, min(number, 4) - 1)] }

    /// Every column's counts in one pass over the values (the whole school's sheets are many).
    func counts() -> [Cell: [String: Int]] {
        let shown = Set(pupils.map(\.id))
        var counts: [Cell: [String: Int]] = [:]
        for (cell, value) in values where shown.contains(cell.pupil) {
            counts[Cell(pupil: PupilID(0), subject: cell.subject, kind: cell.kind), default: [:]][value, default: 0] += 1
        }
        return counts
    }

    /// The whole table (the screen, CSV, XLSX).
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        document(of: subjects, school: school, className: className, period: period, classTeacher: classTeacher, printDate: printDate, isLast: true)
    }

    /// The printed form: one sheet per few subjects, the signature under the last.
    public func sheets(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> [ReportDocument] {
        let groups = stride(from: 0, to: max(subjects.count, 1), by: Self.subjectsPerSheet).map {
            Array(subjects[$0..<min($0 + Self.subjectsPerSheet, subjects.count)])
        }
        return groups.enumerated().map { index, group in
            document(of: group, school: school, className: className, period: period, classTeacher: classTeacher, printDate: printDate,
                     isLast: index == groups.count - 1)
        }
    }

    /// The whole school as one long table for the screen and spreadsheets: a row per class, pupil
    /// and subject, the finals under the column heads all the classes share («I» … «Итог»).
    public static func schoolTable(_ classes: [(className: String, sheet: ProgressSheet)], school: String, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let order = ["I", "II", "III", "IV", "Год", "Экз", "Итог"]
        let titles = order.filter { title in classes.contains { $0.sheet.columns.contains { $0.title == title } } }
        let body: [[Cell]] = classes.flatMap { className, sheet in
            let kinds = titles.map { title in sheet.columns.first { $0.title == title }?.kind }
            return sheet.pupils.flatMap { pupil in
                let label = Cell.text(pupil.label)
                return sheet.subjects.map { subject in
                    [Cell.text(className), label, .text(subject.name)] + kinds.map { kind in
                        kind.flatMap { sheet.values[Self.Cell(pupil: pupil.id, subject: subject.id, kind: $0)] }.map { Cell.text($0) } ?? .empty
                    }
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
        of subjects: [Subject], school: String, className: String, period: String, classTeacher: String, printDate: LocalDate, isLast: Bool
    ) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let heads: [Cell] = subjects.flatMap { subject in [Cell.text(subject.name)] + Array(repeating: Cell.empty, count: columns.count - 1) }
        let kinds: [Cell] = subjects.flatMap { _ in columns.map { Cell.text($0.title) } }
        let body: [[Cell]] = pupils.enumerated().map { index, pupil in
            [.number(index + 1), .text(pupil.label)] + subjects.flatMap { subject in
                columns.map { column in
                    values[Self.Cell(pupil: pupil.id, subject: subject.id, kind: column.kind)].map { Cell.text($0) } ?? .empty
                }
            }
        }
        let counts = counts()
        let footer: [[Cell]] = Self.countedValues.map { value in
            [.empty, .text("Всего «\(value)»")] + subjects.flatMap { subject in
                columns.map { column in Cell.number(counts[Self.Cell(pupil: PupilID(0), subject: subject.id, kind: column.kind)]?[value] ?? 0) }
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
