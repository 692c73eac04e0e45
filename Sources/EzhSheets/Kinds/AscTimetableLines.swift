import EzhCore

/// aSc Timetables' export as ezh's timetable rows: one row per class of each card, the class's
/// group as the subgroup, the teacher and room by name. What cannot be a weekly row of one
/// teacher (a card of alternate weeks, of several teachers or none) is a problem at the card's
/// line in the XML, besides those the reader found.
public enum AscTimetableLines {
    public static func lines(_ timetable: AscTimetable, validFrom: LocalDate? = nil) -> (lines: [TimetableLine], problems: [ImportProblem]) {
        var lines: [TimetableLine] = []
        var problems = timetable.problems
        for entry in timetable.entries {
            func problem(_ russian: String, _ english: String) {
                problems.append(ImportProblem(file: timetable.fileName, row: entry.line, column: "card", message: BilingualText(russian, english)))
            }
            let what = "\(entry.classNames.joined(separator: ", ")) \(entry.subjectName)"
            guard entry.everyWeek else {
                problem("\(what): урок идёт не каждую неделю (недели «\(entry.weeks)»); в ezh расписание недельное — поставьте урок на каждую неделю или уберите его из выгрузки",
                        "\(what): the lesson is not every week (weeks “\(entry.weeks)”); ezh's timetable is weekly: make it weekly or leave it out of the export")
                continue
            }
            guard entry.teacherNames.count == 1, let teacher = entry.teacherNames.first else {
                problem(entry.teacherNames.isEmpty
                        ? "\(what): у урока нет учителя; назначьте его в aSc" : "\(what): у урока несколько учителей (\(entry.teacherNames.joined(separator: ", "))); в ezh у класса или группы один учитель — разделите урок по группам",
                        entry.teacherNames.isEmpty
                        ? "\(what): the lesson has no teacher; assign one in aSc" : "\(what): the lesson has several teachers (\(entry.teacherNames.joined(separator: ", "))); in ezh a class or group has one teacher: split the lesson into groups")
                continue
            }
            for className in entry.classNames {
                let group = entry.groups.first { $0.className == className }?.groupName
                lines.append(TimetableLine(
                    place: SheetPlace(file: timetable.fileName, row: entry.line), className: className, weekday: entry.weekday,
                    number: entry.lessonNumber, subject: entry.subjectName, subgroup: group, teacher: teacher,
                    room: entry.roomNames.first ?? "", validFrom: validFrom))
            }
        }
        return (lines, problems)
    }
}
