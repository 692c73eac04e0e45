import EzhCore
import XCTest

final class LessonPlannerTests: XCTestCase {
    private typealias F = SetupFixtures

    private let mondayMaths = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 2)

    private func plan(
        _ entries: [TimetableEntry<EntrySource>], shifts: [ClassID: Int] = [:], cancelled: Set<LessonSlot> = [], from: LocalDate? = nil
    ) -> LessonPlan {
        LessonPlanner.plan(
            days: F.calendar().schoolDays, bells: F.bells, shifts: shifts, entries: entries, cancelled: cancelled, from: from)
    }

    private func dates(_ lessons: [PlannedLesson], _ first: String, _ last: String) -> [String] {
        lessons.filter { F.span(first, last).contains($0.date) }.map(\.date.iso)
    }

    func testLessonsSkipHolidaysAndFollowAWorkingSaturday() {
        let lessons = plan([mondayMaths]).lessons
        XCTAssertEqual(dates(lessons, "2026-10-19", "2026-11-16"), ["2026-10-19", "2026-11-07", "2026-11-09", "2026-11-16"],
                       "no lesson in the autumn holidays; the working Saturday follows Monday")
        XCTAssertEqual(lessons.first, PlannedLesson(
            key: mondayMaths.key, date: F.day("2026-09-07"), number: 2, startsAt: TimeOfDay(hour: 9, minute: 25),
            endsAt: TimeOfDay(hour: 10, minute: 10), room: "204", teacher: F.teachers["Иванова И.И."]!))
        XCTAssertEqual(lessons.count, 33, "32 Mondays from 1 September to 26 May outside the holidays, and the working Saturday")
    }

    func testAShortenedDayAndASecondShiftTakeTheirOwnBells() {
        let lessons = plan([mondayMaths], shifts: [F.class5A.id: 2]).lessons
        let shortened = lessons.first { $0.date == F.day("2026-12-28") }
        XCTAssertEqual(shortened.map { LessonTimes($0.startsAt, $0.endsAt) }, F.times("14:10", "14:40"))
        let ordinary = lessons.first { $0.date == F.day("2026-12-21") }
        XCTAssertEqual(ordinary.map { LessonTimes($0.startsAt, $0.endsAt) }, F.times("14:25", "15:10"))
    }

    func testATimetableChangeInTheMiddleOfTheYearTakesOverFromItsDate() {
        let physics = F.line(2, "5А", "Физика", teacher: "Петров П.П.", room: "12", weekday: 1, number: 2)
        let lessons = plan(F.changed([mondayMaths], class: F.class5A.id, from: "2027-02-01", to: [physics])).lessons
        let around = lessons.filter { F.span("2027-01-25", "2027-02-08").contains($0.date) }
        XCTAssertEqual(around.map(\.date.iso), ["2027-01-25", "2027-02-01", "2027-02-08"])
        XCTAssertEqual(around.map(\.key.subjectID), [F.subjects["Математика"]!, F.subjects["Физика"]!, F.subjects["Физика"]!])
        XCTAssertEqual(around.map(\.room), ["204", "12", "12"])
    }

    func testALineIsPlannedOnlyOnItsOwnDays() {
        let october = F.line(1, "5Б", "Физика", teacher: "Петров П.П.", weekday: 1, number: 1, from: "2026-10-05", to: "2026-10-19")
        XCTAssertEqual(plan([october]).lessons.map(\.date.iso), ["2026-10-05", "2026-10-12", "2026-10-19"])
    }

    func testACancelledLessonIsNotPlanned() {
        let cancelled = LessonSlot(key: mondayMaths.key, date: F.day("2026-11-09"), number: 2)
        let lessons = plan([mondayMaths], cancelled: [cancelled]).lessons
        XCTAssertEqual(dates(lessons, "2026-11-07", "2026-11-16"), ["2026-11-07", "2026-11-16"])
    }

    func testPlanningFromADateLeavesEarlierDaysOut() {
        let lessons = plan([mondayMaths], from: F.day("2027-05-17")).lessons
        XCTAssertEqual(lessons.map(\.date.iso), ["2027-05-17", "2027-05-24"])
    }

    func testALessonWithoutABellIsReportedOnceAndNotPlanned() {
        let seventh = F.line(3, "5А", "Музыка", teacher: "Смирнова С.С.", weekday: 3, number: 7)
        let result = plan([mondayMaths, seventh])
        XCTAssertEqual(result.lessons.count, 33, "the Mondays are planned all the same")
        XCTAssertEqual(result.missingBells.count, 1)
        XCTAssertEqual(result.missingBells.first?.text.russian,
                       "«Основное», 1 смена, 7 урок: нет времени урока, а по расписанию он нужен (5А Музыка, впервые 02.09.2026); добавьте звонок или исправьте расписание.")
    }

    /// 44 classes × 32 weekly lessons, a full year: about the size of a large school. No timing
    /// assert; this shows the planner and the clash finder handle it and count right.
    func testALargeSchoolsYearIsPlannedInFull() {
        var entries: [TimetableEntry<Int>] = []
        for classIndex in 0..<44 {
            let className = ClassName(grade: 1 + classIndex / 4, letter: ["А", "Б", "В", "Г"][classIndex % 4])
            for weekday in 1...5 {
                for number in 1...(weekday <= 2 ? 7 : 6) {
                    let subject = (weekday * 7 + number) % 12
                    entries.append(TimetableEntry(
                        key: TimetableKey(classID: ClassID(Int64(classIndex + 1)), subjectID: SubjectID(Int64(subject + 1))),
                        names: TeachingNames(className: className, subject: "Предмет \(subject)"),
                        teacher: StaffID(Int64(1000 + classIndex * 12 + subject)), teacherName: "Учитель", room: "\(100 + classIndex)",
                        weekday: weekday, number: number, source: entries.count))
                }
            }
        }
        XCTAssertEqual(entries.count, 1408)
        let sevenLessons = [1: Dictionary(uniqueKeysWithValues: (1...7).map {
            ($0, LessonTimes(TimeOfDay(hour: 7 + $0, minute: 0), TimeOfDay(hour: 7 + $0, minute: 30)))
        })]
        let bellsToSeven = BellSchedules(
            [BellSchedule(name: "Основное", shifts: sevenLessons), BellSchedule(name: "Сокращённое", shifts: sevenLessons)],
            defaultName: "Основное")
        let days = F.calendar().schoolDays
        let result = LessonPlanner.plan(days: days, bells: bellsToSeven, shifts: [:], entries: entries)
        let linesPerWeekday = Dictionary(grouping: entries, by: \.weekday).mapValues(\.count)
        let expected = days.reduce(0) { $0 + (linesPerWeekday[$1.weekday] ?? 0) }
        XCTAssertEqual(result.lessons.count, expected)
        XCTAssertGreaterThan(result.lessons.count, 40_000)
        XCTAssertEqual(result.missingBells, [])
        XCTAssertEqual(TimetableClashes.find(entries), [])
    }
}
