/// «Сводная ведомость итоговой успешности за год» of a class: pupils (alphabetically) × subjects,
/// under each subject the year's mark, the exam's (only where the class sat one) and the final;
/// the council's decision per pupil; the counts of each final under the table; the class
/// teacher's and the director's signature lines and «М.П.». Kept in the archive for 25 years.
extension ClassYearFinals {
    public func yearResults(school: String, year: String, classTeacher: String, director: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let parts: [(Subject, [Column])] = subjects.map { subject in (subject, hasExam(subject.id) ? [.year, .exam, .final] : [.year, .final]) }
        let subjectRow: [Cell] = [.empty, .empty] + parts.flatMap { subject, columns in [.text(subject.shortName)] + Array(repeating: Cell.empty, count: columns.count - 1) } + [.empty]
        let kindRow: [Cell] = [.text("№"), .text("Ученик")] + parts.flatMap { _, columns in
            columns.map { column -> Cell in
                switch column {
                case .year: .text("год")
                case .exam: .text("экз")
                default: .text("итог")
                }
            }
        } + [.text("Решение педагогического совета")]
        let body: [[Cell]] = pupils.enumerated().map { index, pupil in
            [.number(index + 1), .text(pupil.name.lastAndFirst)]
                + parts.flatMap { subject, columns in columns.map { value(pupil.id, subject.id, $0).map(Cell.text) ?? .empty } }
                + [.text(decision(for: pupil))]
        }
        let counted = ["5", "4", "3", "2", "н/а"]
        let footer: [[Cell]] = counted.map { mark in
            [.empty, .text("«\(mark)»")] + parts.flatMap { subject, columns in
                columns.map { column -> Cell in
                    guard column == .final else { return .empty }
                    let count = pupils.filter { $0.leftOn == nil && outcome($0.id, subject.id) == mark }.count
                    return count == 0 ? .empty : .number(count)
                }
            } + [.empty]
        }
        let onRoll = pupils.filter { $0.leftOn == nil }
        let promoted = onRoll.filter { decision(for: $0).hasPrefix("переведён в") || decision(for: $0) == "окончил" }.count
        let conditional = onRoll.filter { decision(for: $0).hasPrefix("переведён условно") }.count
        return ReportDocument(
            titleBlock: .init(school: school, title: "Сводная ведомость итоговой успешности", className: className.description,
                              period: "\(year) учебный год", printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.4), .init(weight: 9, alignment: .leading)]
                + parts.flatMap { _, columns in columns.map { _ in ReportDocument.Column(weight: 1.5) } } + [.init(weight: 8, alignment: .leading)],
            headerRows: [subjectRow, kindRow],
            bodyRows: body,
            footerRows: footer,
            notes: [
                "Учащихся на конец года: \(onRoll.count); переведены (окончили): \(promoted); переведены условно: \(conditional); выбыли: \(pupils.count - onRoll.count).",
                "Итог — итоговая отметка (где её нет — годовая); внизу — число итоговых каждого вида по предмету.",
                "Решение педагогического совета: протокол № ______ от «____» ______________ 20____ г. Решение подсказано итоговыми отметками (ФЗ-273, ст. 58); «оставлен на повторное обучение» вписывается по решению совета.",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher), .init(role: "Директор", name: director)],
            hasSeal: true
        )
    }
}
