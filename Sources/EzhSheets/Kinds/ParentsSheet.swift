import EzhCore

/// parents.csv: «Фамилия; Имя; Отчество; Телефон; Электронная почта; Кем приходится; Номера
/// личных дел детей».
public enum ParentsSheet: LineSheet {
    public static let columns: [ColumnSpec] = PeopleColumns.name() + [
        PeopleColumns.phone,
        PeopleColumns.email,
        ColumnSpec(key: "relation", russian: [PeopleColumn.relation, "Степень родства", "Родство"], english: ["relation", "relationship"],
                   required: false, help: BilingualText("мать, отец, опекун…", "mother, father, guardian…")),
        ColumnSpec(key: "children", russian: [PeopleColumn.children, "Дети", "Номер личного дела ребёнка", "Номера личных дел"],
                   english: ["children", "children's personal files"], required: true,
                   help: BilingualText("номера личных дел детей через запятую", "the children's personal-file numbers, comma-separated")),
    ]

    public static let sample = [["Иванов", "Сергей", "Петрович", "+7 900 000-00-00", "ivanov@example.ru", "отец", "101/2022"]]

    public static func line(_ cells: SheetCellReader) -> ParentLine? {
        let name = cells.personName()
        let children = PeopleCells.list(cells.text("children"))
        if children.isEmpty {
            cells.problem("children", BilingualText(
                "не заполнено: номера личных дел детей через запятую", "empty: the children's personal-file numbers, comma-separated"
            ))
        }
        guard let name else { return nil }
        return ParentLine(
            place: cells.place, name: name, phone: cells.optional("phone"), email: cells.optional("email"),
            relation: cells.text("relation"), children: children
        )
    }
}
