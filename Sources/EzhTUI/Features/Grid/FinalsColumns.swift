import EzhCore
import Foundation

/// The finals columns of the marks grid, after the lessons: each period of the class's scheme,
/// the year (and the exam and final in grades 9 and 11). A cell shows the final given, or the
/// journal's suggestion in brackets and dim, «(4)», until the teacher gives it.
struct FinalsColumns {
    let sheet: FinalsSheet
    /// The grid's own period: its suggestion follows the marks on screen as they are typed.
    let gridPeriod: PeriodID
    /// Where the finals start among the sheet's columns (the number of lesson columns).
    let firstColumn: Int
    let today: LocalDate

    var columns: [FinalColumn] { sheet.columns }

    /// The suggestion for a cell: the grid's period from the marks shown (weighted average and
    /// the school's thresholds), the others from the journal; none for a period not yet begun.
    func suggestion(pupil: PupilID, column: FinalColumn, marks: MarksGrid) -> String? {
        // A period not yet begun has nothing to suggest from.
        if column.kind.periodID != nil, column.period.span.first > today { return nil }
        if column.kind == .period(gridPeriod) {
            return FinalMarkSuggestion.suggest(marks.averages(for: pupil), useWeighted: true, thresholds: sheet.thresholds)
        }
        if case .period = column.kind { return sheet.suggestion(pupil, column.kind) ?? "н/а" }
        return sheet.suggestion(pupil, column.kind)
    }

    /// Whether the column takes a final today: the user gives it, the period is open and the
    /// order's date (rule 4) has not passed.
    func acceptsEntry(_ column: FinalColumn) -> Bool {
        column.isEditable && !isPastDue(column)
    }

    func isPastDue(_ column: FinalColumn) -> Bool {
        column.dueOn.map { today > $0 } ?? false
    }

    func header(_ column: FinalColumn, strings: Strings) -> GridSheet.Column {
        let third = column.isClosed ? strings.closedMark : column.dueOn.map { (isPastDue(column) ? "×" : "") + $0.dayMonth } ?? ""
        return GridSheet.Column(
            header: [column.shortTitle(in: strings.language), strings.finalsHeader, String(third.prefix(GridLayout.cellWidth))],
            acceptsEntry: acceptsEntry(column), isToday: false, date: column.period.span.last
        )
    }
}

extension GridSheet.Column {
    init(header: [String], acceptsEntry: Bool, isToday: Bool, date: LocalDate) {
        self.header = header
        self.acceptsEntry = acceptsEntry
        self.isToday = isToday
        self.date = date
    }
}

extension GridSheet {
    /// Adds the finals columns after the lessons, with every pupil's cells.
    mutating func appendFinals(_ finals: FinalsColumns, marks: MarksGrid, strings: Strings) {
        self.finals = finals
        columns += finals.columns.map { finals.header($0, strings: strings) }
        for row in pupils.indices {
            cells[row] += Array(repeating: "", count: finals.columns.count)
            fillFinals(finals, row: row, marks: marks)
        }
    }

    /// Writes one pupil's finals cells (after a mark changed the suggestion, say).
    mutating func fillFinals(_ finals: FinalsColumns, row: Int, marks: MarksGrid) {
        let pupil = pupils[row].id
        let lessons = Array(cells[row].prefix(finals.firstColumn))
        var texts: [String] = []
        for (offset, column) in finals.columns.enumerated() {
            let position = Position(row: row, column: finals.firstColumn + offset)
            suggestions.remove(position)
            if let value = finals.sheet.value(pupil, column.kind) {
                texts.append(value)
            } else if !column.isClosed, let suggested = finals.suggestion(pupil: pupil, column: column, marks: marks) {
                texts.append("(\(suggested))")
                suggestions.insert(position)
            } else {
                texts.append("")
            }
        }
        cells[row] = lessons + texts
    }
}
