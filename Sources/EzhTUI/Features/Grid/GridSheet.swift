import EzhCore
import Foundation

/// A marks or attendance grid as text, ready to draw: what each header and cell says and which
/// columns take entries now. The grid screen rebuilds it whenever the data, the language or the
/// minute changes, so it never goes stale.
struct GridSheet {
    struct Column: Equatable {
        /// Three header lines: date, lesson number, work type (marks) or start time (attendance).
        let header: [String]
        /// Whether the cells take a value now: the user's lesson, inside its entry window or
        /// under a permission.
        let acceptsEntry: Bool
        let isToday: Bool
        let date: LocalDate

        init(_ column: GridColumn, thirdLine: String, strings: Strings, today: LocalDate, now: Date) {
            let entry = column.entryStatus(at: now)
            date = column.date
            header = [column.date.dayMonth, Self.marker(entry) + strings.lessonHeader(column.lessonNumber), thirdLine]
            acceptsEntry = entry.acceptsEntry
            isToday = column.date == today
        }

        /// Before the lesson number: «×» when the deadline has passed, «!» when entries go in
        /// late under a permission. Glyphs, so the state reads without colour.
        private static func marker(_ entry: CellEntryStatus) -> String {
            switch entry {
            case .closed: "×"
            case .late: "!"
            case .readOnly, .open, .notYetOpen: ""
            }
        }
    }

    /// A frozen column at the right: averages, the final, absences.
    struct Summary: Equatable {
        let title: String
        let width: Int
        var values: [String]
    }

    let pupils: [GridPupil]
    /// What an exempt pupil's empty cell shows («осв»).
    var exemptText = ""
    private(set) var columns: [Column]
    /// cells[row][column]
    private(set) var cells: [[String]]
    private(set) var summaries: [Summary]

    init(marks grid: MarksGrid, strings: Strings, today: LocalDate, now: Date) {
        pupils = grid.pupils
        exemptText = strings.exemptCell
        columns = grid.columns.map { column in
            Column(column, thirdLine: Self.typeHeader(column.workType), strings: strings, today: today, now: now)
        }
        cells = grid.pupils.map { pupil in
            grid.columns.indices.map { grid.value(pupil: pupil.id, column: $0)?.code ?? "" }
        }
        summaries = [
            Summary(title: strings.averageHeader, width: 4, values: []),
            Summary(title: strings.weightedHeader, width: 4, values: []),
            Summary(title: strings.finalHeader, width: 4, values: grid.pupils.map { grid.finals[$0.id] ?? "" }),
        ]
        let averages = grid.pupils.map { grid.averages(for: $0.id) }
        summaries[0].values = averages.map { MarkAverages.format($0.plain) }
        summaries[1].values = averages.map { MarkAverages.format($0.weighted) }
    }

    /// After one mark was written: that pupil's row and averages, and the column's header (typing
    /// into an empty lesson creates an assignment with a work type). Redrawing after an entry
    /// then costs one row, not the whole grid.
    mutating func refresh(row: Int, column index: Int, marks grid: MarksGrid, strings: Strings, today: LocalDate, now: Date) {
        let column = grid.columns[index]
        columns[index] = Column(column, thirdLine: Self.typeHeader(column.workType), strings: strings, today: today, now: now)
        let pupil = grid.pupils[row].id
        cells[row] = grid.columns.indices.map { grid.value(pupil: pupil, column: $0)?.code ?? "" }
        let averages = grid.averages(for: pupil)
        summaries[0].values[row] = MarkAverages.format(averages.plain)
        summaries[1].values[row] = MarkAverages.format(averages.weighted)
    }

    /// After one attendance code was written: that pupil's row and totals.
    mutating func refresh(row: Int, attendance grid: AttendanceGrid) {
        let pupil = grid.pupils[row].id
        cells[row] = grid.columns.indices.map { grid.value(pupil: pupil, column: $0)?.rawValue ?? "" }
        let codes = grid.columns.indices.compactMap { grid.value(pupil: pupil, column: $0) }
        summaries[0].values[row] = String(codes.filter(\.isAbsence).count)
        summaries[1].values[row] = String(codes.filter { $0 == .ill }.count)
    }

    init(attendance grid: AttendanceGrid, strings: Strings, today: LocalDate, now: Date) {
        pupils = grid.pupils
        exemptText = strings.exemptCell
        columns = grid.columns.map { column in
            Column(column, thirdLine: column.start.text, strings: strings, today: today, now: now)
        }
        cells = grid.pupils.map { pupil in
            grid.columns.indices.map { grid.value(pupil: pupil.id, column: $0)?.rawValue ?? "" }
        }
        let codes = grid.pupils.map { pupil in grid.columns.indices.compactMap { grid.value(pupil: pupil.id, column: $0) } }
        summaries = [
            Summary(title: strings.missedHeader, width: 4, values: codes.map { String($0.filter(\.isAbsence).count) }),
            Summary(title: strings.illHeader, width: 4, values: codes.map { String($0.filter { $0 == .ill }.count) }),
        ]
    }

    /// A marks column's third header line: the type's abbreviation and weight in one cell,
    /// «К/р×2», «Р/у×1», «С/р1½» (the × goes first, then the abbreviation's end, when it is long).
    static func typeHeader(_ type: WorkType?) -> String {
        guard let type else { return "" }
        let weight = type.weight == 1.5 ? "1½" : type.weight == 2.5 ? "2½" : type.weightText
        let room = GridLayout.cellWidth - weight.count
        if type.abbreviation.count + 1 <= room { return type.abbreviation + "×" + weight }
        return String(type.abbreviation.prefix(room)) + weight
    }
}
