import EzhCore
import XCTest

/// The lesson plan (КТП) against the lessons given: which topic a lesson is offered, and the
/// hours planned and given by a day, at the day's boundaries.
final class PlanProgressTests: XCTestCase {
    private func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day) }

    func testTheSuggestionFollowsTheHoursOfTheLessonsGiven() {
        let plan = [PlanRow(topic: "Натуральные числа", hours: 2), PlanRow(topic: "Дроби", hours: 1)]
        let suggest = { (given: Int) in PlanTopicSuggestion.rowIndex(day: self.day(11, 27), lessonOfDay: 1, givenBefore: given, rows: plan) }
        XCTAssertEqual([suggest(0), suggest(1), suggest(2)], [0, 0, 1], "a topic of two hours is offered for two lessons")
        XCTAssertNil(suggest(3), "a plan used up offers nothing")
        XCTAssertNil(PlanTopicSuggestion.rowIndex(day: day(11, 27), lessonOfDay: 1, givenBefore: 0, rows: []))
    }

    func testARowPlannedForTheLessonsDayWinsAndASecondLessonThatDayTakesTheNextSuchRow() {
        let plan = [
            PlanRow(topic: "Натуральные числа", hours: 5), PlanRow(topic: "Контрольная работа", hours: 1, plannedDate: day(11, 27)),
            PlanRow(topic: "Анализ контрольной работы", hours: 1, plannedDate: day(11, 27)),
        ]
        XCTAssertEqual(PlanTopicSuggestion.rowIndex(day: day(11, 27), lessonOfDay: 1, givenBefore: 0, rows: plan), 1)
        XCTAssertEqual(PlanTopicSuggestion.rowIndex(day: day(11, 27), lessonOfDay: 2, givenBefore: 1, rows: plan), 2)
        XCTAssertEqual(PlanTopicSuggestion.rowIndex(day: day(11, 27), lessonOfDay: 3, givenBefore: 2, rows: plan), 2,
                       "more lessons than rows that day: the last of them")
        XCTAssertEqual(PlanTopicSuggestion.rowIndex(day: day(11, 26), lessonOfDay: 1, givenBefore: 0, rows: plan), 0,
                       "the day before: in order")
    }

    func testPlannedAndGivenCountUpToAndIncludingTheDay() {
        let lessons = [
            PlanProgress.Lesson(date: day(11, 24), topic: "Натуральные числа"),
            PlanProgress.Lesson(date: day(11, 26), topic: ""),
            PlanProgress.Lesson(date: day(11, 27), topic: "Натуральные числа"),
            PlanProgress.Lesson(date: day(12, 1), topic: ""),
        ]
        let plan = [PlanRow(topic: "Натуральные числа", hours: 3), PlanRow(topic: "Дроби", hours: 1, plannedDate: day(11, 27))]
        let before = PlanProgress(rows: plan, lessons: lessons, on: day(11, 26))
        XCTAssertEqual([before.plannedToDate, before.givenToDate, before.difference], [2, 1, -1])
        let onTheDay = PlanProgress(rows: plan, lessons: lessons, on: day(11, 27))
        XCTAssertEqual([onTheDay.plannedToDate, onTheDay.givenToDate, onTheDay.difference], [4, 2, -2],
                       "the day's lesson and the row planned for it both count on the day")
        XCTAssertEqual(onTheDay.rows.map(\.dueDate), [day(11, 24), day(11, 27)])
        XCTAssertEqual(onTheDay.rows[0].given.map(\.date), [day(11, 24), day(11, 27)], "lessons given in order cover the plan's hours")
        XCTAssertFalse(onTheDay.rows[0].isDone)
        let ahead = PlanProgress(rows: [PlanRow(topic: "Дроби", hours: 1, plannedDate: day(12, 1))], lessons: lessons, on: day(11, 27))
        XCTAssertEqual(ahead.difference, 2, "given before the planned day: ahead")
    }
}
