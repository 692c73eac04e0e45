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
                           editablePages: [Fixture.math, Fixture.physics], substitutions: substitutions.notices[session.login] ?? [])
    }

    /// A past year's pages are its 4А mathematics, read only (FakeMovementState.years).
    func home(_ session: Session, year: YearID?) throws -> TeacherHome {
        guard let year, year != movement.years.last?.id else { return try home(session) }
        return TeacherHome(today: Self.today, todaysLessons: [], pages: [FakeMovementState.lastYearsMath], editablePages: [])
    }

    func schoolYears() throws -> [SchoolYear] { movement.years }

    func currentYear() throws -> SchoolYear? { movement.years.last }

    func dueOverview(_ session: Session) throws -> DueOverview { state.due }

    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview] { [state.due] }

    func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] { lessonPlans }
}
