import EzhCore

/// The КТП file: «Класс;Предмет;Подгруппа;№;Тема;Часов;Дата».
public enum PlanSheet: LineSheet {
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
        ColumnSpec(key: "date", russian: [Column.plannedDate, "Дата по плану", "Планируемая дата"], english: ["date", "planned date"],
                   required: false, help: BilingualText("дата по плану; пусто — по порядку уроков", "the planned day; empty: in the lessons' order")),
    ]

    public static let sample: [[String]] = [["5А", "Математика", "", "1", "Натуральные числа и шкалы", "21", ""]]

    public static func line(_ cells: SheetCellReader) -> PlanLine? {
        let className = cells.required("class", BilingualText("класс, например 5А", "the class, e.g. «5А»"))
        let subject = cells.required("subject", BilingualText("предмет", "the subject"))
        let topic = cells.required("topic", BilingualText("тема", "the topic"))
        let position = cells.parsed("position", expected: Expected.whole, SheetNumber.integer)
        let hours = cells.parsed("hours", expected: Expected.whole, SheetNumber.integer) ?? 1
        let plannedDate = cells.parsed("date", expected: Expected.date, SheetDate.parse)
        guard let className, let subject, let topic else { return nil }
        return PlanLine(
            place: cells.place, className: className, subject: subject, subgroup: cells.optional("subgroup"), position: position, topic: topic,
            hours: hours, plannedDate: plannedDate)
    }
}
