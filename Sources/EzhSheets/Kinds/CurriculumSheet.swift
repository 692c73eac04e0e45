import EzhCore

/// The curriculum file: «Класс;Предмет;Часов в неделю;Деление на группы;Часов в год».
public enum CurriculumSheet: LineSheet {
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

    public static func line(_ cells: SheetCellReader) -> CurriculumHoursLine? {
        let className = cells.required("class", BilingualText("класс, например 5А", "the class, e.g. «5А»"))
        let subject = cells.required("subject", BilingualText("предмет", "the subject"))
        let hours = cells.requiredParsed("hoursPerWeek", expected: Expected.number, SheetNumber.parse)
        let split = cells.parsed("split", expected: Expected.flag, SheetFlag.parse) ?? false
        let hoursPerYear = cells.parsed("hoursPerYear", expected: Expected.whole, SheetNumber.integer)
        guard let className, let subject, let hours else { return nil }
        return CurriculumHoursLine(
            place: cells.place, className: className, subject: subject, hoursPerWeek: hours, split: split, hoursPerYear: hoursPerYear,
            subjectShortName: cells.optional("shortName"))
    }
}
