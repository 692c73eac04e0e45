import EzhCore

/// A small report with Cyrillic names, a formula-like name and enough rows for three pages.
enum ReportSample {
    static func document(rows: Int = 3) -> ReportDocument {
        let names = ["Иванов Иван", "=HYPERLINK(\"x\")", "Щукина Ёлка"] + (0..<max(rows - 3, 0)).map { "Ученик \($0 + 4)" }
        return ReportDocument(
            titleBlock: .init(school: "МБОУ СОШ № 7", title: "Посещаемость за месяц", className: "5А", period: "ноябрь 2026",
                              printDate: LocalDate(year: 2026, month: 11, day: 30)),
            orientation: .landscape,
            columns: [.init(weight: 1), .init(weight: 6, alignment: .leading), .init(weight: 2), .init(weight: 2)],
            headerRows: [[.text("№"), .text("Ученик"), .text("Пропущено уроков"), .text("из них по болезни")]],
            bodyRows: names.prefix(rows).enumerated().map { [.number($0 + 1), .text($1), .number($0 * 2), .number($0)] },
            footerRows: [[.empty, .text("Итого"), .number(99), .number(42)]],
            notes: ["Пропуском считаются Н, Б, УП, НП."],
            signatures: [.init(role: "Классный руководитель", name: "Орлова Е.В.")],
            hasSeal: true
        )
    }
}
