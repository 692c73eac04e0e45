import EzhCore

/// The curriculum file: «Класс;Предмет;Часов в неделю;Деление на группы;Часов в год».
public enum CurriculumSheet {
    typealias Column = CurriculumHoursLine.Column

    public static let columns: [ColumnSpec] = [
        ColumnSpec(key: "class", russian: [Column.className], english: ["class"], required: true, help: BilingualText("класс, «5А»", "the class, «5А»")),
        ColumnSpec(key: "subject", russian: [Column.subject], english: ["subject"], required: true,
                   help: BilingualText("предмет, «Математика»", "the subject, «Математика»")),
        ColumnSpec(key: "hoursPerWeek", russian: [Column.hoursPerWeek, "Часов в нед.", "Ч/нед"], english: ["hours a week", "hours per week"],
                   required: true, help: BilingualText("часов в неделю: 5, 0,5", "hours a week: 5, 0.5")),
        ColumnSpec(key: "split", russian: [Column.split, "Деление", "Подгруппы"], english: ["split", "subgroups"], required: false,
                   help: BilingualText("«да», если класс делится на две подгруппы", "«да» when the class splits into two subgroups")),
        ColumnSpec(key: "hoursPerYear", russian: [Column.hoursPerYear], english: ["hours a year", "hours per year"], required: false,
                   help: BilingualText("часов в год; пусто — часы в неделю × 34 (в 1 классе × 33)", "hours a year; empty: hours a week × 34 (33 in grade 1)")),
        ColumnSpec(key: "shortName", russian: [Column.shortName, "Сокращение"], english: ["short name"], required: false,
                   help: BilingualText("краткое название нового предмета для заголовков, «Мат»", "a new subject's short name for headers")),
    ]

    public static let sample: [[String]] = [["5А", "Математика", "5", "нет", "", ""], ["5А", "Английский язык", "3", "да", "", "Англ"]]

    public static func lines(_ table: SheetTable) -> (lines: [CurriculumHoursLine], problems: [ImportProblem]) {
        let (map, headerProblems) = HeaderMap.resolve(table, columns)
        guard headerProblems.isEmpty else { return ([], headerProblems) }
        var lines: [CurriculumHoursLine] = [], problems: [ImportProblem] = []
        for row in table.rows {
            var reader = RowReader(map, row)
            let hours = reader.value("hoursPerWeek", required: true, Expected.number, SheetNumber.parse)
            let split = reader.value("split", required: false, Expected.flag, SheetFlag.parse) ?? false
            let hoursPerYear = reader.value("hoursPerYear", required: false, Expected.whole, SheetNumber.integer)
            problems += reader.problems
            guard let hours, reader.problems.isEmpty else { continue }
            let short = reader.text("shortName")
            lines.append(CurriculumHoursLine(
                place: reader.place, className: reader.text("class"), subject: reader.text("subject"), hoursPerWeek: hours, split: split,
                hoursPerYear: hoursPerYear, subjectShortName: short.isEmpty ? nil : short))
        }
        return (lines, problems)
    }
}
