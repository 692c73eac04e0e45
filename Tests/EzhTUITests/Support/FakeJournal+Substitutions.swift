import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// One lesson of the school's day and who gives it, as the deputy records it.
extension FakeJournal: SubstitutionsBackend {
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson] {
        let summary = LessonSummary(lessonID: Fixture.todaysLesson, page: Fixture.math, date: day, lessonNumber: 3,
                                    start: TimeOfDay(hour: 11, minute: 0), end: TimeOfDay(hour: 11, minute: 45), room: "21", topic: "")
        return [SchoolLesson(summary: summary, scheduledTeacher: "Петрова А.С.", substitute: state.substitute?.name,
                             substituteID: state.substitute?.id)]
    }

    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?, replacing seen: StaffID?) throws {
        try refuseIfAsked()
        // Петрова (1) is the lesson's scheduled teacher: choosing her records no substitute.
        let wanted = substitute == StaffID(1) ? nil : substitute
        let now = state.substitute
        guard now?.id == wanted || now?.id == seen else {
            throw JournalError.cellChanged(CellChange(
                current: now?.name ?? "Петрова А.С.", who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7",
                field: CellChange.Field("Кто ведёт урок", "Who gives the lesson")
            ))
        }
        writes.append("substitution \(lesson) \(substitute.map(String.init(describing:)) ?? "nil")")
        state.substitute = wanted.map { ($0, "Завучева О.И.") }
    }
}
