import EzhCore

/// pupils.csv: «Фамилия; Имя; Отчество; Дата рождения; Пол; Номер личного дела; Класс;
/// Подгруппы; Телефон; Электронная почта».
public enum PupilsSheet: LineSheet {
    public static let columns: [ColumnSpec] = PeopleColumns.name() + [
        ColumnSpec(key: "born", russian: [PeopleColumn.birthDate], english: ["date of birth", "birth date", "birthday"], required: true,
                   help: BilingualText("дата рождения, дд.мм.гггг", "date of birth, dd.mm.yyyy")),
        ColumnSpec(key: "sex", russian: [PeopleColumn.sex], english: ["sex", "gender"], required: true,
                   help: BilingualText("пол: м или ж", "sex: “м” (male) or “ж” (female)")),
        ColumnSpec(key: "file", russian: [PeopleColumn.personalFile, "№ личного дела", "Личное дело"],
                   english: ["personal file", "personal file number", "file number"], required: true,
                   help: BilingualText("номер личного дела: ключ ученика в журнале", "personal-file number: the pupil's key in the journal")),
        PeopleColumns.className,
        ColumnSpec(key: "subgroups", russian: [PeopleColumn.subgroups, "Подгруппа", "Группы"], english: ["subgroups", "groups"], required: false,
                   help: BilingualText("«Предмет: группа» через «;», например «Английский язык: 1 группа»",
                                       "“Subject: group”, separated by “;”, e.g. “Английский язык: 1 группа”")),
        PeopleColumns.phone,
        PeopleColumns.email,
    ]

    public static let sample = [
        ["Иванова", "Анна", "Сергеевна", "01.03.2015", "ж", "101/2022", "5А", "Английский язык: 1 группа", "", ""],
    ]

    public static func line(_ cells: SheetCellReader) -> PupilLine? {
        let name = cells.personName()
        let born = cells.parsed("born", expected: BilingualText("дата вида 01.09.2015", "a date such as 01.09.2015"), SheetDate.parse)
        if cells.text("born").isEmpty { cells.problem("born", BilingualText("не заполнено: дата рождения", "empty: the date of birth")) }
        let sex = cells.parsed("sex", expected: BilingualText("«м» или «ж»", "“м” or “ж”"), PupilSex.init(text:))
        if cells.text("sex").isEmpty { cells.problem("sex", BilingualText("не заполнено: пол (м или ж)", "empty: sex (“м” or “ж”)")) }
        let file = cells.required("file", BilingualText("номер личного дела", "the personal-file number"))
        let className = cells.parsed("class", expected: PeopleColumns.classExpected, PeopleCells.className)
        if cells.text("class").isEmpty { cells.problem("class", BilingualText("не заполнено: класс, например 5А", "empty: the class, e.g. “5А”")) }
        let subgroups = cells.parsed(
            "subgroups", expected: BilingualText("«Предмет: группа» через «;»", "“Subject: group” separated by “;”"), PeopleCells.subgroups
        )
        guard let name, let born, let sex, let file, let className else { return nil }
        return PupilLine(
            place: cells.place, name: name, birthDate: born, sex: sex, personalFile: file, className: className,
            subgroups: subgroups ?? [], phone: cells.optional("phone"), email: cells.optional("email")
        )
    }
}
