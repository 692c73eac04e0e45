import EzhCore
import EzhService

/// The diary's three parts as lines of text for a given width: marks by subject, the week's
/// lessons, the period's absences. Pure, so the screen only scrolls and draws.
enum DiaryText {
    struct Line: Equatable {
        let text: String
        var style: CellStyle = .plain
    }

    enum Section: Int, CaseIterable {
        case marks, week, absences
        /// The announcements and the class's events (the screen's own lines, not the diary's).
        case board
    }

    /// A fixed header over the lines (the marks' column titles), and the lines themselves.
    static func section(_ section: Section, of diary: Diary, strings: Strings, width: Int) -> (header: String?, lines: [Line]) {
        switch section {
        case .marks: marks(diary, strings: strings, width: width)
        case .week: (nil, week(diary, strings: strings, width: width))
        case .absences: (nil, absences(diary, strings: strings, width: width))
        case .board: (nil, [])
        }
    }

    // MARK: Marks

    private static let subjectWidth = 18
    private static let averageWidth = 5
    private static let finalWidth = 4

    /// «5(К/р×2)»: the mark, its work type and, when it is not 1, its weight.
    static func token(_ value: MarkValue, _ workType: WorkType) -> String {
        let weight = workType.weight == 1 ? "" : "×" + workType.weightText
        return "\(value.code)(\(workType.abbreviation)\(weight))"
    }

    private static func marks(_ diary: Diary, strings: Strings, width: Int) -> (header: String?, lines: [Line]) {
        let marksWidth = max(10, width - subjectWidth - 2 * (averageWidth + 1) - finalWidth - 3)
        func row(_ subject: String, _ marks: String, _ plain: String, _ weighted: String, _ final: String) -> String {
            TextFitting.fit(subject, width: subjectWidth) + " " + TextFitting.fit(marks, width: marksWidth) + " "
                + TextFitting.fit(plain, width: averageWidth, alignment: .right) + " "
                + TextFitting.fit(weighted, width: averageWidth, alignment: .right) + "  "
                + TextFitting.fit(final, width: finalWidth)
        }
        let header = row(strings.subjectHeader, strings.marksHeader, strings.averageHeader, strings.weightedHeader, strings.finalHeader)
        var lines: [Line] = []
        if diary.subjects.isEmpty { lines.append(Line(text: strings.noMarksInPeriod)) }
        for subject in diary.subjects {
            let tokens = subject.marks.map { token($0.value, $0.workType) }.joined(separator: " ")
            let wrapped = TextFitting.wrap(tokens, width: marksWidth)
            for (index, part) in (wrapped.isEmpty ? ["—"] : wrapped).enumerated() {
                lines.append(Line(text: index == 0
                    ? row(subject.subject, part, MarkAverages.format(subject.averages.plain),
                          MarkAverages.format(subject.averages.weighted), subject.final ?? "")
                    : row("", part, "", "", "")))
            }
        }
        lines.append(Line(text: ""))
        for legend in TextFitting.wrap(strings.marksLegend, width: width) {
            lines.append(Line(text: legend, style: CellStyle(dim: true)))
        }
        return (header, lines)
    }

    // MARK: Week

    private static func week(_ diary: Diary, strings: Strings, width: Int) -> [Line] {
        var lines = [Line(text: strings.weekTitle(diary.week), style: .title)]
        let textLeft = 2 + 2 + 1 + 16 + 1 + 3 + 1
        let textWidth = max(10, width - textLeft)
        for day in diary.week.days where day.weekday <= 6 {
            let lessons = diary.weekLessons.filter { $0.date == day }.sorted { $0.lessonNumber < $1.lessonNumber }
            if lessons.isEmpty, day.weekday == 6 { continue }
            lines.append(Line(text: ""))
            lines.append(Line(text: strings.weekdayAndDate(day), style: .bold))
            if lessons.isEmpty { lines.append(Line(text: "  " + strings.diaryNoLessons)) }
            for lesson in lessons {
                let lead = "  " + TextFitting.fit(String(lesson.lessonNumber), width: 2, alignment: .right) + " "
                    + TextFitting.fit(lesson.subject, width: 16) + " " + TextFitting.fit(lesson.attendance?.rawValue ?? "", width: 3) + " "
                var texts: [String] = []
                if !lesson.topic.isEmpty { texts += TextFitting.wrap(strings.topicPrefix + lesson.topic, width: textWidth) }
                if !lesson.homework.isEmpty { texts += TextFitting.wrap(strings.homeworkPrefix + lesson.homework, width: textWidth) }
                if texts.isEmpty { texts = ["—"] }
                for (index, text) in texts.enumerated() {
                    let prefix = index == 0 ? lead : String(repeating: " ", count: textLeft)
                    lines.append(Line(text: prefix + text))
                }
            }
        }
        lines.append(Line(text: ""))
        for legend in TextFitting.wrap(strings.attendanceLegend, width: width) {
            lines.append(Line(text: legend, style: CellStyle(dim: true)))
        }
        return lines
    }

    // MARK: Absences

    private static func absences(_ diary: Diary, strings: Strings, width: Int) -> [Line] {
        let missed = diary.absences.filter { $0.code.isAbsence }
        let ill = missed.filter { $0.code == .ill }.count
        let late = diary.absences.count - missed.count
        var lines = [Line(text: strings.absenceTotals(missed: missed.count, ill: ill, late: late), style: .title), Line(text: "")]
        if diary.absences.isEmpty { lines.append(Line(text: strings.diaryNoAbsences)) }
        for absence in diary.absences.sorted(by: { ($0.date, $0.lessonNumber) < ($1.date, $1.lessonNumber) }) {
            let text = absence.date.russian + "  " + strings.lessonNumberShort(absence.lessonNumber) + "  "
                + TextFitting.fit(absence.subject, width: 18) + " " + TextFitting.fit(absence.code.rawValue, width: 3) + " "
                + strings.attendanceMeaning(absence.code)
            lines.append(Line(text: text))
        }
        return lines
    }
}
