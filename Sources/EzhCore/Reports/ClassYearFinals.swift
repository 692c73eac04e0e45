/// A class's year as the year-end reports need it: its pupils (with the day one left, if so), its
/// subjects, and every final each pupil has: per period, the year's, the exam's and the final one.
/// «Итоговые данные по учащимся» and the сводная ведомость итоговой успешности are made from it.
public struct ClassYearFinals: Sendable {
    /// Which final a value is.
    public enum Column: Hashable, Sendable {
        case period(Int)
        case year, exam, final
    }

    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName
        /// The last day in the class, when the pupil left (or was transferred) before the year's end.
        public let leftOn: LocalDate?

        public init(id: PupilID, name: PersonName, leftOn: LocalDate? = nil) {
            self.id = id
            self.name = name
            self.leftOn = leftOn
        }
    }

    public struct Subject: Hashable, Sendable {
        public let id: SubjectID
        public let name: String
        /// «Рус. яз.»: the сводная ведомость's narrow columns print it.
        public let shortName: String

        public init(id: SubjectID, name: String, shortName: String = "") {
            self.id = id
            self.name = name
            self.shortName = shortName.isEmpty ? name : shortName
        }
    }

    /// Lessons a pupil missed in a subject over the year (Н, Б, УП, НП), and of them for illness (Б).
    public struct Absences: Hashable, Sendable {
        public var missed: Int
        public var ill: Int

        public init(missed: Int = 0, ill: Int = 0) {
            self.missed = missed
            self.ill = ill
        }
    }

    public let className: ClassName
    public let periodCount: Int
    public let pupils: [Pupil]
    public let subjects: [Subject]
    let finals: [PupilID: [SubjectID: [Column: String]]]
    let absences: [PupilID: [SubjectID: Absences]]

    public init(
        className: ClassName, periodCount: Int, pupils: [Pupil], subjects: [Subject],
        finals: [PupilID: [SubjectID: [Column: String]]], absences: [PupilID: [SubjectID: Absences]] = [:]
    ) {
        self.className = className
        self.periodCount = periodCount
        self.pupils = pupils.sorted { PersonName.alphabetical($0.name, $1.name) }
        self.subjects = subjects
        self.finals = finals
        self.absences = absences
    }

    public func value(_ pupil: PupilID, _ subject: SubjectID, _ column: Column) -> String? {
        finals[pupil]?[subject]?[column]
    }

    public func absences(_ pupil: PupilID, _ subject: SubjectID) -> Absences {
        absences[pupil]?[subject] ?? Absences()
    }

    /// What counts for the decision: the final mark, or the year's where no final is set.
    public func outcome(_ pupil: PupilID, _ subject: SubjectID) -> String? {
        value(pupil, subject, .final) ?? value(pupil, subject, .year)
    }

    /// Whether a subject has any exam mark in the class (the exam column is printed only then).
    public func hasExam(_ subject: SubjectID) -> Bool {
        pupils.contains { value($0.id, subject, .exam) != nil }
    }

    /// The decision the council is asked to take (ФЗ-273, ст. 58): a pupil with every subject
    /// passed goes up a grade (grade 11 finishes school); an unsatisfactory result or «н/а» is an
    /// academic debt, and the pupil goes up conditionally («переведён условно»). Staying down
    /// («оставлен на повторное обучение») follows only from debts not cleared after the retakes,
    /// which the council decides and the class teacher writes by hand.
    public func decision(for pupil: Pupil) -> String {
        if let leftOn = pupil.leftOn { return "выбыл \(leftOn.russian)" }
        let outcomes = subjects.compactMap { outcome(pupil.id, $0.id) }
        guard !outcomes.isEmpty else { return "" }
        let debts = outcomes.filter { ["2", "1", "н/а", "незач"].contains($0) }.count
        let missing = subjects.count - outcomes.count
        if debts > 0 {
            return className.grade >= ClassPromotion.lastGrade ? "не допущен / не окончил (долгов: \(debts))" : "переведён условно (долгов: \(debts))"
        }
        if missing > 0 { return "нет итоговых: \(missing)" }
        return className.grade >= ClassPromotion.lastGrade ? "окончил" : "переведён в \(className.grade + 1) класс"
    }

    public static func romanPeriod(_ number: Int) -> String {
        ["I", "II", "III", "IV"].indices.contains(number - 1) ? ["I", "II", "III", "IV"][number - 1] : String(number)
    }
}
