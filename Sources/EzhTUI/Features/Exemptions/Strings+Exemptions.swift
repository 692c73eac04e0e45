import EzhCore
import EzhService

/// The texts of the exemptions screen and its form.
extension Strings {
    public func exemptionsTitle(_ name: String) -> String { ruEn("Освобождения (ОСВ): \(name)", "Exemptions (ОСВ): \(name)") }
    public var exemptionsHeader: String { ruEn("Даты                     Предметы · основание", "Dates                    Subjects · grounds") }
    public var noExemptions: String { ruEn("Освобождений нет. Добавить — F2.", "No exemptions. Add one with F2.") }

    /// «01.12.2026–25.12.2026  Физическая культура · справка № 15»
    public func exemptionLine(_ exemption: Exemption) -> String {
        let subjects = exemption.subjects == nil ? allSubjects : exemption.subjectNames.joined(separator: ", ")
        return "\(exemption.days.first.russian)–\(exemption.days.last.russian)  \(subjects) · \(exemption.reason)"
    }

    public var newExemptionTitle: String { ruEn("Новое освобождение", "New exemption") }
    public var exemptionFirstDay: String { ruEn("С", "From") }
    public var exemptionLastDay: String { ruEn("По", "To") }
    public var exemptionSubjectsLabel: String { ruEn("Предметы", "Subjects") }
    public var exemptionReason: String { ruEn("Приказ, справка", "Order, certificate") }
    public var exemptionSubjectsNote: String { ruEn("«все» или через запятую", "«все» or with commas") }
    /// The word for every subject, typed and shown the same in both languages: the form reads it.
    public var allSubjects: String { "все" }

    public func badDate(_ text: String) -> String {
        ruEn("«\(text)» — не дата: введите дд.мм.гггг, например 01.12.2026.", "“\(text)” is not a date: type dd.mm.yyyy, e.g. 01.12.2026.")
    }

    public func unknownSubject(_ name: String, known: [String]) -> String {
        ruEn("Нет предмета «\(name)». Есть: \(known.joined(separator: ", ")).", "No subject “\(name)”. There are: \(known.joined(separator: ", ")).")
    }

    public var exemptionAdded: String { ruEn("Освобождение записано", "Exemption recorded") }
    public var endExemptionTitle: String { ruEn("Закончить освобождение", "End the exemption") }
    public var endExemptionHint: String {
        ruEn("Последний день освобождения; раньше первого дня — освобождение отменяется.",
             "The exemption's last day; before its first day the exemption is cancelled.")
    }
    public var exemptionEnded: String { ruEn("Освобождение изменено", "Exemption changed") }
}
