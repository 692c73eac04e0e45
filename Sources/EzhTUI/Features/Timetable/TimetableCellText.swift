import EzhCore
import EzhService

/// What a cell of the timetable grid says: two short lines, by whose week it is, and the full
/// text of the selected cell under the grid.
enum TimetableCellText {
    typealias Line = (text: String, dim: Bool)

    static func lines(_ week: TimetableGridWeek, weekday: Int, number: Int, strings: Strings) -> [Line] {
        let lines = week.lines(weekday: weekday, number: number)
        var shown: [Line]
        switch week.view {
        case .ofClass:
            if lines.count == 1, let line = lines.first {
                shown = [("\(line.subjectShort)\(group(line)) \(line.room)", false), (line.teacher.withInitials, false)]
            } else if lines.isEmpty {
                shown = []
            } else {
                // Subgroups side by side: «Англ1/Англ2», their teachers' surnames under them.
                shown = [(lines.map { "\($0.subjectShort)\(group($0))" }.joined(separator: "/"), false),
                         (lines.map(\.teacher.last).joined(separator: "/"), false)]
            }
            // A one-off that date takes the second line: the cell keeps its subject and room.
            guard let mark = oneOff(week, weekday: weekday, number: number, lines: lines, strings: strings) else { return shown }
            return shown.prefix(1) + [mark]
        case .ofTeacher:
            return lines.map { ("\($0.className) \($0.subjectShort)\(group($0))", false) }
                + lines.prefix(1).map { ("\(strings.roomShort) \($0.room)", false) }
        case .ofRoom:
            return lines.map { ("\($0.className) \($0.subjectShort)\(group($0))", false) }
                + lines.prefix(1).map { ($0.teacher.withInitials, false) }
        }
    }

    /// How the journal's lessons that date differ from the timetable: a one-off lesson there
    /// («+ разово Рус»), or the timetable's lesson cancelled or moved away (dim «отменён»). A day
    /// with no lessons made at all (a holiday, a week not yet made) says nothing.
    private static func oneOff(_ week: TimetableGridWeek, weekday: Int, number: Int, lines: [TimetableGridLine], strings: Strings) -> Line? {
        let date = week.date(of: weekday)
        guard week.lessons.contains(where: { $0.date == date }) else { return nil }
        let lessons = week.lessons(weekday: weekday, number: number)
        if let oneOff = lessons.first(where: { $0.origin != .timetable }) {
            return ("\(strings.addedMark) \(oneOff.subjectShort)", false)
        }
        let missing = lines.contains { line in !lessons.contains { $0.subjectID == line.subjectID && $0.subgroup == line.subgroup } }
        return missing ? (strings.cancelledMark, true) : nil
    }

    /// «1» for «1 группа»: a subgroup's short mark after the subject.
    private static func group(_ line: TimetableGridLine) -> String {
        guard let subgroup = line.subgroup else { return "" }
        return String(subgroup.prefix { $0.isNumber }.isEmpty ? subgroup.prefix(3) : subgroup.prefix { $0.isNumber })
    }

    /// «пн 30.11, 3 урок: 5А Математика (Петрова О.И., каб. 21); разово: Рус, каб. 14».
    static func detail(_ week: TimetableGridWeek, weekday: Int, number: Int, strings: Strings) -> String {
        let date = week.date(of: weekday)
        let place = strings.ruEn("\(WeekdayName.short(weekday, in: .ru)) \(date.dayMonth), \(number) урок",
                                 "\(WeekdayName.short(weekday, in: .en)) \(date.dayMonth), lesson \(number)")
        let lines = week.lines(weekday: weekday, number: number).map { $0.label.text(in: strings.language) }
        let oneOffs = week.lessons(weekday: weekday, number: number).filter { $0.origin != .timetable }.map {
            "\(strings.addedMark) \($0.subjectShort)\($0.subgroup.map { " (\($0))" } ?? "")\($0.room.isEmpty ? "" : ", \(strings.roomShort) \($0.room)")"
        }
        let text = (lines + oneOffs).joined(separator: "; ")
        return "\(place): \(text.isEmpty ? "—" : text)"
    }
}
