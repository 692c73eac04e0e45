import EzhCore

/// The calendar file: «Вид;Номер;Начало;Окончание;Название;Параллели;Расписание звонков;Работает как».
public enum CalendarSheet: LineSheet {
    typealias Column = CalendarLine.Column

    public static let columns: [ColumnSpec] = [
        ColumnSpec(key: "kind", russian: [Column.kind], english: ["kind", "type"], required: true, help: BilingualText(
            "учебный год, четверть, полугодие, триместр, каникулы, праздник, рабочий день, сокращённый день",
            "school year, quarter, half-year, trimester, holidays, holiday, working day, shortened day")),
        ColumnSpec(key: "number", russian: [Column.number], english: ["number"], required: false,
                   help: BilingualText("номер четверти, полугодия, триместра", "the period's number")),
        ColumnSpec(key: "start", russian: [Column.start, "С", "Дата"], english: ["start", "from", "date"], required: true,
                   help: BilingualText("первый день", "the first day")),
        ColumnSpec(key: "end", russian: [Column.end, "По"], english: ["end", "to"], required: false,
                   help: BilingualText("последний день; пусто — тот же", "the last day; empty: the same")),
        ColumnSpec(key: "name", russian: [Column.name], english: ["name"], required: false,
                   help: BilingualText("название: «2026/2027», «Осенние каникулы»", "the name: «2026/2027», «Осенние каникулы»")),
        ColumnSpec(key: "grades", russian: [Column.grades, "Классы"], english: ["grades"], required: false,
                   help: BilingualText("параллели: «1-9», «10,11»; пусто — все", "grades: «1-9», «10,11»; empty: all")),
        ColumnSpec(key: "schedule", russian: [Column.schedule], english: ["bell schedule"], required: false,
                   help: BilingualText("расписание звонков сокращённого дня", "the bell schedule of a shortened day")),
        ColumnSpec(key: "worksAs", russian: [Column.worksAs, "По расписанию дня"], english: ["works as"], required: false,
                   help: BilingualText("день недели, чьё расписание у рабочего дня", "the weekday whose timetable a working day follows")),
    ]

    public static let sample: [[String]] = [
        ["учебный год", "", "01.09.2026", "31.05.2027", "2026/2027", "", "", ""],
        ["четверть", "1", "01.09.2026", "24.10.2026", "", "1-9", "", ""],
        ["каникулы", "", "25.10.2026", "04.11.2026", "Осенние каникулы", "", "", ""],
        ["сокращённый день", "", "28.12.2026", "", "Перед каникулами", "", "Сокращённое", ""],
        ["рабочий день", "", "07.11.2026", "", "Перенос", "", "", "понедельник"],
    ]

    private enum KindName {
        case year, period(PeriodScheme), holiday, working, shortened
    }

    private static func kind(_ text: String) -> KindName? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "ё", with: "е") {
        case "учебный год", "год", "school year", "year": .year
        case "четверть", "quarter": .period(.quarters)
        case "полугодие", "half-year", "half year": .period(.halfYears)
        case "триместр", "trimester": .period(.trimesters)
        case "каникулы", "праздник", "выходной", "выходной день", "нерабочий день", "holidays", "holiday", "day off": .holiday
        case "рабочий день", "рабочая суббота", "working day": .working
        case "сокращенный день", "сокращенный", "shortened day": .shortened
        default: nil
        }
    }

    public static func line(_ cells: SheetCellReader) -> CalendarLine? {
        let kind = cells.requiredParsed("kind", expected: columns[0].help, kind)
        let start = cells.requiredParsed("start", expected: Expected.date, SheetDate.parse)
        let end = cells.parsed("end", expected: Expected.date, SheetDate.parse)
        let number = cells.parsed("number", expected: Expected.whole, SheetNumber.integer)
        let grades = cells.parsed("grades", expected: Expected.grades, SheetGrades.parse) ?? nil
        var lineKind: CalendarLine.Kind?
        switch kind {
        case .year: lineKind = .schoolYear
        case .period(let scheme):
            if cells.required("number", BilingualText("номер периода", "the period's number")) != nil { lineKind = .period(scheme) }
        case .holiday: lineKind = .holiday
        case .working:
            lineKind = cells.requiredParsed("worksAs", expected: Expected.weekday, SheetWeekday.parse).map { .workingDay(worksAs: $0) }
        case .shortened:
            lineKind = cells.required("schedule", BilingualText(
                "расписание звонков сокращённого дня, например «Сокращённое»", "the shortened day's bell schedule, e.g. «Сокращённое»"
            )).map { .shortenedDay(schedule: $0) }
        case nil: break
        }
        guard let lineKind, let start else { return nil }
        return CalendarLine(place: cells.place, kind: lineKind, start: start, end: end, number: number, name: cells.text("name"), grades: grades)
    }
}
