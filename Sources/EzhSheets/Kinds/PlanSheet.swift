import EzhCore

/// The КТП file: «Класс;Предмет;Подгруппа;№;Тема;Часов».
public enum PlanSheet {
    typealias Column = PlanLine.Column

    public static let columns: [ColumnSpec] = [
        ColumnSpec(key: "class", russian: [Column.className], english: ["class"], required: true, help: BilingualText("класс, «5А»", "the class, «5А»")),
        ColumnSpec(key: "subject", russian: [Column.subject], english: ["subject"], required: true, help: BilingualText("предмет", "the subject")),
        ColumnSpec(key: "subgroup", russian: [Column.subgroup, "Группа"], english: ["subgroup", "group"], required: false,
                   help: BilingualText("подгруппа; пусто — весь класс", "the subgroup; empty: the whole class")),
        ColumnSpec(key: "position", russian: [Column.position, "№ п/п", "Номер"], english: ["no", "number"], required: false,
                   help: BilingualText("номер темы; пусто — по порядку строк", "the topic's number; empty: the rows' order")),
        ColumnSpec(key: "topic", russian: [Column.topic, "Тема урока"], english: ["topic"], required: true, help: BilingualText("тема", "the topic")),
        ColumnSpec(key: "hours", russian: [Column.hours, "Кол-во часов", "Количество часов"], english: ["hours"], required: false,
                   help: BilingualText("часов на тему; пусто — 1", "hours for the topic; empty: 1")),
    ]

    public static let sample: [[String]] = [["5А", "Математика", "", "1", "Натуральные числа и шкалы", "21"]]

    public static func lines(_ table: SheetTable) -> (lines: [PlanLine], problems: [ImportProblem]) {
        let (map, headerProblems) = HeaderMap.resolve(table, columns)
        guard headerProblems.isEmpty else { return ([], headerProblems) }
        var lines: [PlanLine] = [], problems: [ImportProblem] = []
        for row in table.rows {
            var reader = RowReader(map, row)
            let position = reader.value("position", required: false, Expected.whole, SheetNumber.integer)
            let hours = reader.value("hours", required: false, Expected.whole, SheetNumber.integer) ?? 1
            problems += reader.problems
            guard reader.problems.isEmpty else { continue }
            let subgroup = reader.text("subgroup")
            lines.append(PlanLine(
                place: reader.place, className: reader.text("class"), subject: reader.text("subject"),
                subgroup: subgroup.isEmpty ? nil : subgroup, position: position, topic: reader.text("topic"), hours: hours))
        }
        return (lines, problems)
    }
}
