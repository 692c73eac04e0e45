import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The teacher's start screen: today's lesson and two pages, what is due, rule 8.
extension FakeJournal: HomeBackend {
    func home(_ session: Session) throws -> TeacherHome {
        let lesson = LessonSummary(
            lessonID: Fixture.todaysLesson, page: Fixture.math, date: Self.today, lessonNumber: 3,
            start: TimeOfDay(hour: 10, minute: 0), end: TimeOfDay(hour: 10, minute: 45), room: "21", topic: "Дроби"
        )
        return TeacherHome(today: Self.today, todaysLessons: [lesson], pages: [Fixture.math, Fixture.physics],
                           editablePages: [Fixture.math, Fixture.physics])
    }

    func dueOverview(_ session: Session) throws -> DueOverview { state.due }

    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview] { [state.due] }

    func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] { lessonPlans }
}
