import EzhCore

/// The timetable file: «Класс;День недели;Урок;Предмет;Подгруппа;Учитель;Кабинет;Действует с».
public enum TimetableSheet: LineSheet {
    typealias Column = TimetableLine.Column

    public static let columns: [ColumnSpec] = [
        ColumnSpec(key: "class", russian: [Column.className], english: ["class"], required: true, help: BilingualText("класс, «5А»", "the class, «5А»")),
        ColumnSpec(key: "weekday", russian: [Column.weekday, "День"], english: ["weekday", "day"], required: true,
                   help: BilingualText("день недели: понедельник, Пн или 1", "the weekday: «понедельник», «Пн» or 1")),
        ColumnSpec(key: "number", russian: [Column.number, "Номер урока", "№ урока"], english: ["lesson", "lesson number"], required: true,
                   help: BilingualText("номер урока по звонкам", "the lesson number as the bells count it")),
        ColumnSpec(key: "subject", russian: [Column.subject], english: ["subject"], required: true,
                   help: BilingualText("предмет, как в учебном плане", "the subject as the curriculum names it")),
        ColumnSpec(key: "subgroup", russian: [Column.subgroup, "Группа"], english: ["subgroup", "group"], required: false,
                   help: BilingualText("подгруппа, «1 группа»; пусто — весь класс", "the subgroup, «1 группа»; empty: the whole class")),
        ColumnSpec(key: "teacher", russian: [Column.teacher], english: ["teacher"], required: true,
                   help: BilingualText("логин учителя или ФИО", "the teacher's login or full name")),
        ColumnSpec(key: "room", russian: [Column.room], english: ["room"], required: false, help: BilingualText("кабинет", "the room")),
        ColumnSpec(key: "validFrom", russian: [Column.validFrom, "С даты"], english: ["valid from", "from"], required: false,
                   help: BilingualText("с какого дня действует неделя класса; пусто — с начала года", "the first day of the class's week; empty: the year's start")),
    ]

    public static let sample: [[String]] = [
        ["5А", "понедельник", "1", "Математика", "", "petrova", "21", ""],
        ["5А", "вторник", "3", "Английский язык", "1 группа", "Иванова А.П.", "31", ""],
    ]

    public static func line(_ cells: SheetCellReader) -> TimetableLine? {
        let className = cells.required("class", BilingualText("класс, например 5А", "the class, e.g. «5А»"))
        let weekday = cells.requiredParsed("weekday", expected: Expected.weekday, SheetWeekday.parse)
        let number = cells.requiredParsed("number", expected: Expected.whole, SheetNumber.integer)
        let subject = cells.required("subject", BilingualText("предмет", "the subject"))
        let teacher = cells.required("teacher", BilingualText("логин или ФИО учителя", "the teacher's login or full name"))
        let validFrom = cells.parsed("validFrom", expected: Expected.date, SheetDate.parse)
        guard let className, let weekday, let number, let subject, let teacher else { return nil }
        return TimetableLine(
            place: cells.place, className: className, weekday: weekday, number: number, subject: subject, subgroup: cells.optional("subgroup"),
            teacher: teacher, room: cells.text("room"), validFrom: validFrom)
    }
}
