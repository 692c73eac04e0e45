/// «Итоговые данные по учащимся» of a class for the year: per pupil, each subject's period
/// marks, the year's, the exam's and the final mark, and the lessons missed in it; under each
/// pupil the decision the finals lead to.
extension ClassYearFinals {
    public func finalData(school: String, year: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let periods = (1...max(periodCount, 1)).map { Self.romanPeriod($0) }
        let titles = ["№", "Ученик", "Предмет"] + periods + ["Год", "Экзамен", "Итог", "Пропущено уроков", "из них по болезни"]
        func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .empty }
        var body: [[Cell]] = []
        for (index, pupil) in pupils.enumerated() {
            var missed = Absences()
            for (position, subject) in subjects.enumerated() {
                let absent = absences(pupil.id, subject.id)
                missed.missed += absent.missed
                missed.ill += absent.ill
                let periodCells = (1...max(periodCount, 1)).map { text(value(pupil.id, subject.id, .period($0))) }
                body.append(
                    [position == 0 ? .number(index + 1) : .empty, position == 0 ? .text(pupil.name.full) : .empty, .text(subject.name)]
                        + periodCells
                        + [text(value(pupil.id, subject.id, .year)), text(value(pupil.id, subject.id, .exam)), text(value(pupil.id, subject.id, .final)),
                           .number(absent.missed), .number(absent.ill)]
                )
            }
            let decision = decision(for: pupil)
            body.append([.empty, .empty, .text("Итого; решение: " + (decision.isEmpty ? "—" : decision))]
                + Array(repeating: .empty, count: periods.count + 3) + [.number(missed.missed), .number(missed.ill)])
        }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Итоговые данные по учащимся", className: className.description, period: "\(year) учебный год", printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.2), .init(weight: 7, alignment: .leading), .init(weight: 6, alignment: .leading)]
                + periods.map { _ in .init(weight: 1.4) } + [.init(weight: 1.6), .init(weight: 2), .init(weight: 1.6), .init(weight: 2.4), .init(weight: 2.4)],
            headerRows: [titles.map { .text($0) }],
            bodyRows: body,
            notes: [
                "Пропущено уроков — Н, Б, УП, НП на уроках предмета за дни, когда ученик числился в классе; по болезни — Б.",
                "Решение — по итоговым отметкам (итог, а где его нет — годовая): «2» или «н/а» — академическая задолженность, перевод условный (ФЗ-273, ст. 58).",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }
}
