/// The kinds of journal entry the rules tell apart; a late-entry permission names the kinds it
/// covers.
public enum EntryKind: String, CaseIterable, Hashable, Sendable {
    /// A mark (or its change or removal) for an assignment.
    case mark
    /// Attendance of a pupil at a lesson, by the subject teacher.
    case attendance
    /// The lesson's record: topic, that it was held, the substitute.
    case lessonRecord = "lesson"
    /// Homework for a lesson.
    case homework
    /// An assignment of a lesson and its work type.
    case assignment
    /// A period, year, exam or final mark.
    case periodFinal = "final"
    /// The class teacher's weekly correction of absences.
    case absenceCorrection = "absence_correction"

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.mark, .ru): "отметки"
        case (.attendance, .ru): "посещаемость"
        case (.lessonRecord, .ru): "тема и запись урока"
        case (.homework, .ru): "домашнее задание"
        case (.assignment, .ru): "задания урока"
        case (.periodFinal, .ru): "итоговые отметки"
        case (.absenceCorrection, .ru): "исправление пропусков"
        case (.mark, .en): "marks"
        case (.attendance, .en): "attendance"
        case (.lessonRecord, .en): "lesson record"
        case (.homework, .en): "homework"
        case (.assignment, .en): "assignments"
        case (.periodFinal, .en): "final marks"
        case (.absenceCorrection, .en): "absence corrections"
        }
    }
}
