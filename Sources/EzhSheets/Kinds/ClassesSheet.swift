import EzhCore

/// classes.csv: «Класс; Классный руководитель; Кабинет; Смена; Периоды».
public enum ClassesSheet: LineSheet {
    public static let columns: [ColumnSpec] = [
        PeopleColumns.className,
        ColumnSpec(key: "teacher", russian: [PeopleColumn.classTeacher, "Кл. руководитель"], english: ["class teacher", "form tutor"],
                   required: false, help: BilingualText(
                       "логин или ФИО («Иванова Анна Петровна», «Иванова А.П.»)", "login or full name (“Иванова Анна Петровна”, “Иванова А.П.”)"
                   )),
        ColumnSpec(key: "room", russian: [PeopleColumn.room], english: ["room", "classroom"], required: false,
                   help: BilingualText("кабинет класса", "the class's room")),
        ColumnSpec(key: "shift", russian: [PeopleColumn.shift], english: ["shift"], required: false,
                   help: BilingualText("смена: 1, 2 или 3", "shift: 1, 2 or 3")),
        ColumnSpec(key: "scheme", russian: [PeopleColumn.periodScheme, "Учебные периоды"], english: ["periods", "period scheme"], required: false,
                   help: BilingualText("четверти, полугодия или триместры; пусто — как у параллели", "quarters, half-years or trimesters; empty: as the grade")),
    ]

    public static let sample = [["5А", "petrova", "21", "1", "четверти"]]

    public static func line(_ cells: SheetCellReader) -> ClassLine? {
        let name = cells.parsed("class", expected: PeopleColumns.classExpected, PeopleCells.className)
        if cells.text("class").isEmpty { cells.problem("class", BilingualText("не заполнено: класс, например 5А", "empty: the class, e.g. “5А”")) }
        let shift = cells.parsed("shift", expected: BilingualText("номер смены 1, 2 или 3", "shift number 1, 2 or 3")) { SheetNumber.integer($0) }
        let scheme = cells.parsed("scheme", expected: BilingualText("четверти, полугодия или триместры", "quarters, half-years or trimesters"), scheme)
        guard let name else { return nil }
        return ClassLine(
            place: cells.place, name: name, classTeacher: cells.optional("teacher"), room: cells.text("room"), shift: shift, periodScheme: scheme
        )
    }

    static func scheme(_ text: String) -> PeriodScheme? {
        switch text.lowercased().replacingOccurrences(of: "ё", with: "е") {
        case "четверти", "четверть", "quarters", "quarter": .quarters
        case "полугодия", "полугодие", "half-years", "half years", "halves", "half": .halfYears
        case "триместры", "триместр", "trimesters", "trimester": .trimesters
        default: nil
        }
    }
}
