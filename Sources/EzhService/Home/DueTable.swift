import EzhCore

/// The deputy's «what is due» as a table: one row a teacher, one column a kind of late entry.
/// Sorting is here, not in the screen, so the order is the same wherever the table is read.
public enum DueColumn: String, CaseIterable, Sendable {
    /// Every overdue entry, whatever its kind.
    case overdue
    case topics
    case attendance
    case marks
    case homework
    /// Entries due today, not yet late.
    case today
    /// Planned works whose mark window closes within two days.
    case soon

    /// The column's heading, at most seven letters so that the table fits 80 columns.
    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.overdue, .ru): "Просроч"
        case (.topics, .ru): "Темы"
        case (.attendance, .ru): "Посещ"
        case (.marks, .ru): "Отметки"
        case (.homework, .ru): "ДЗ"
        case (.today, .ru): "Сегодня"
        case (.soon, .ru): "Скоро"
        case (.overdue, .en): "Overdue"
        case (.topics, .en): "Topics"
        case (.attendance, .en): "Attend"
        case (.marks, .en): "Marks"
        case (.homework, .en): "Hmwk"
        case (.today, .en): "Today"
        case (.soon, .en): "Soon"
        }
    }

    /// The column after this one, for the key that cycles the sort.
    public var next: DueColumn {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

extension DueOverview {
    /// The number in a column of this teacher's row.
    public func count(_ column: DueColumn) -> Int {
        switch column {
        case .overdue: overdue.count
        case .topics: overdue.count { $0.kind == .topic }
        case .attendance: overdue.count { $0.kind == .attendance }
        case .marks: overdue.count { $0.kind == .marks }
        case .homework: overdue.count { $0.kind == .homework }
        case .today: today.count
        case .soon: closingSoon.count
        }
    }
}

public enum DueTable {
    /// Teachers with the most in `column` first; ties by overdue entries, then by name.
    public static func sorted(_ rows: [DueOverview], by column: DueColumn) -> [DueOverview] {
        rows.sorted { a, b in
            let keyA = (a.count(column), a.count(.overdue)), keyB = (b.count(column), b.count(.overdue))
            if keyA != keyB { return keyA > keyB }
            return a.teacherName < b.teacherName
        }
    }

    /// The totals row: each column summed over the teachers.
    public static func totals(_ rows: [DueOverview]) -> [DueColumn: Int] {
        Dictionary(uniqueKeysWithValues: DueColumn.allCases.map { column in (column, rows.reduce(0) { $0 + $1.count(column) }) })
    }
}
