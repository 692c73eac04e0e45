/// The rules of the school instruction the validation layer enforces, numbered as in
/// docs/rules.md and DOMAIN.md.
public enum JournalRule: Int, CaseIterable, Sendable {
    case dayEntries = 1
    case homework = 2
    case marksWithinWeek = 3
    case finalsByOrder = 4
    case closedPeriod = 5
    case substitution = 6
    case subgroupTransfer = 7
    case lessonPlanHours = 8
    case russianText = 9
    case absenceCorrection = 10

    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.dayEntries, .ru): "записи дня вносятся до конца дня"
        case (.homework, .ru): "домашнее задание — не позднее часа после уроков"
        case (.marksWithinWeek, .ru): "отметки — не позднее недели со дня работы"
        case (.finalsByOrder, .ru): "итоговые отметки — в срок по приказу"
        case (.closedPeriod, .ru): "закрытый период не меняется"
        case (.substitution, .ru): "замена отмечается при внесении записи"
        case (.subgroupTransfer, .ru): "перевод между группами — только по окончании периода"
        case (.lessonPlanHours, .ru): "часы КТП равны часам учебного плана"
        case (.russianText, .ru): "записи ведутся на русском языке"
        case (.absenceCorrection, .ru): "еженедельная корректировка пропусков"
        case (.dayEntries, .en): "the day's entries by the end of the day"
        case (.homework, .en): "homework within an hour after lessons"
        case (.marksWithinWeek, .en): "marks within a week of the work"
        case (.finalsByOrder, .en): "final marks by the order's date"
        case (.closedPeriod, .en): "a closed period does not change"
        case (.substitution, .en): "a substitution is recorded with the entry"
        case (.subgroupTransfer, .en): "group transfers only at a period's end"
        case (.lessonPlanHours, .en): "lesson-plan hours equal curriculum hours"
        case (.russianText, .en): "records are kept in Russian"
        case (.absenceCorrection, .en): "the weekly absence correction"
        }
    }

    /// "Правило 3 (отметки — не позднее недели со дня работы)".
    public func label(in language: Language) -> String {
        let word = language == .ru ? "Правило" : "Rule"
        return "\(word) \(rawValue) (\(title(in: language)))"
    }
}
