import EzhCore

/// The bells file: «Расписание;Смена;Урок;Начало;Окончание;Основное».
public enum BellsSheet: LineSheet {
    typealias Column = BellLine.Column

    public static let columns: [ColumnSpec] = [
        ColumnSpec(key: "schedule", russian: [Column.schedule, "Расписание звонков", "Звонки"], english: ["schedule", "bell schedule"],
                   required: true, help: BilingualText("название расписания звонков: «Основное», «Сокращённое»", "the bell schedule's name")),
        ColumnSpec(key: "shift", russian: [Column.shift], english: ["shift"], required: false,
                   help: BilingualText("смена, 1–3; пусто — 1", "the shift, 1-3; empty: 1")),
        ColumnSpec(key: "number", russian: [Column.number, "Номер урока", "№ урока"], english: ["lesson", "lesson number"], required: true,
                   help: BilingualText("номер урока, 0–12", "the lesson number, 0-12")),
        ColumnSpec(key: "start", russian: [Column.start], english: ["start", "starts"], required: true,
                   help: BilingualText("начало урока, 08:30", "the lesson's start, 08:30")),
        ColumnSpec(key: "end", russian: [Column.end, "Конец"], english: ["end", "ends"], required: true,
                   help: BilingualText("конец урока, 09:15", "the lesson's end, 09:15")),
        ColumnSpec(key: "default", russian: [Column.isDefault], english: ["default"], required: false,
                   help: BilingualText("«да» у основного расписания; пусто — основное первое в файле", "«да» for the default schedule; empty: the file's first")),
    ]

    public static let sample: [[String]] = [["Основное", "1", "1", "08:30", "09:15", "да"], ["Сокращённое", "1", "1", "08:30", "09:00", ""]]

    public static func line(_ cells: SheetCellReader) -> BellLine? {
        let schedule = cells.required("schedule", BilingualText("расписание звонков, например «Основное»", "the bell schedule, e.g. «Основное»"))
        let shift = cells.parsed("shift", expected: Expected.whole, SheetNumber.integer) ?? 1
        let number = cells.requiredParsed("number", expected: Expected.whole, SheetNumber.integer)
        let start = cells.requiredParsed("start", expected: Expected.time, SheetTime.parse)
        let end = cells.requiredParsed("end", expected: Expected.time, SheetTime.parse)
        let isDefault = cells.parsed("default", expected: Expected.flag, SheetFlag.parse) ?? false
        guard let schedule, let number, let start, let end else { return nil }
        return BellLine(place: cells.place, schedule: schedule, shift: shift, number: number, startsAt: start, endsAt: end, isDefault: isDefault)
    }
}
