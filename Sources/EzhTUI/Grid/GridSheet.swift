import EzhCore

/// A marks or attendance grid as text, ready to draw: what each header and cell says and which
/// columns are read only. Built from the domain grid on every frame, so it never goes stale.
struct GridSheet {
    struct Column {
        /// Three header lines: date, lesson number, work type (marks) or start time (attendance).
        let header: [String]
        let isEditable: Bool
        let isToday: Bool
    }

    /// A frozen column at the right: averages, the final, absences.
    struct Summary {
        let title: String
        let width: Int
        let values: [String]
    }

    let pupils: [GridPupil]
    let columns: [Column]
    /// cells[row][column]
    let cells: [[String]]
    let summaries: [Summary]

    init(marks grid: MarksGrid, strings: Strings, today: LocalDate) {
        pupils = grid.pupils
        columns = grid.columns.map { column in
            Column(header: [column.date.dayMonth, strings.lessonHeader(column.lessonNumber), column.workType?.abbreviation ?? ""],
                   isEditable: column.isEditable, isToday: column.date == today)
        }
        cells = grid.pupils.map { pupil in
            grid.columns.indices.map { grid.value(pupil: pupil.id, column: $0)?.code ?? "" }
        }
        let averages = grid.pupils.map { grid.averages(for: $0.id) }
        summaries = [
            Summary(title: strings.averageHeader, width: 4, values: averages.map { MarkAverages.format($0.plain) }),
            Summary(title: strings.weightedHeader, width: 4, values: averages.map { MarkAverages.format($0.weighted) }),
            Summary(title: strings.finalHeader, width: 4, values: grid.pupils.map { grid.finals[$0.id] ?? "" }),
        ]
    }

    init(attendance grid: AttendanceGrid, strings: Strings, today: LocalDate) {
        pupils = grid.pupils
        columns = grid.columns.map { column in
            Column(header: [column.date.dayMonth, strings.lessonHeader(column.lessonNumber), column.start.text],
                   isEditable: column.isEditable, isToday: column.date == today)
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
}
