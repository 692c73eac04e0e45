import EzhCore
import XCTest

final class CurriculumCheckTests: XCTestCase {
    private typealias F = SetupFixtures

    private func curriculumLine(_ subject: String, hours: Double, split: Bool = false) -> CurriculumLine {
        CurriculumLine(
            classID: F.class5A.id, subjectID: F.subjects[subject]!,
            names: TeachingNames(className: F.class5A.name, subject: subject), hoursPerWeek: hours, splitIntoSubgroups: split)
    }

    private func week(
        _ subject: String, group: String? = nil, hours: Int, teacher: String = "Иванова И.И.", from: String? = nil, to: String? = nil,
        firstNumber: Int = 1
    ) -> [TimetableEntry<EntrySource>] {
        (0..<hours).map { index in
            F.line(index, "5А", subject, group: group, teacher: teacher, weekday: 1 + index % 5, number: firstNumber + index / 5, from: from, to: to)
        }
    }

    func testHoursThatDifferFromTheCurriculumAreReportedPerSubgroup() {
        let curriculum = [curriculumLine("Математика", hours: 5), curriculumLine("Английский язык", hours: 3, split: true), curriculumLine("Физика", hours: 2)]
        let timetable = week("Математика", hours: 4)
            + week("Английский язык", group: "1 группа", hours: 3, teacher: "Петров П.П.", firstNumber: 3)
            + week("Английский язык", group: "2 группа", hours: 2, teacher: "Смирнова С.С.", firstNumber: 3)
            + week("Музыка", hours: 1, teacher: "Смирнова С.С.", firstNumber: 6)
        let problems = CurriculumCheck.problems(curriculum: curriculum, entries: timetable, on: F.day("2026-09-01"))
        XCTAssertEqual(problems.map(\.text.russian), [
            "5А Английский язык, 2 группа: в расписании 2 ч в неделю, по учебному плану 3",
            "5А Математика: в расписании 4 ч в неделю, по учебному плану 5",
            "5А Музыка: в расписании 1 ч в неделю, а в учебном плане класса такого предмета нет; добавьте его в план или уберите из расписания",
            "5А Физика: в расписании 0 ч в неделю, по учебному плану 2",
        ])
        XCTAssertEqual(problems[1].text.english, "5А Математика: 4 h a week in the timetable, 5 in the curriculum")
    }

    func testTheTimetableInForceOnTheDayIsWhatCounts() {
        let curriculum = [curriculumLine("Математика", hours: 5)]
        let timetable = week("Математика", hours: 4, to: "2027-01-17") + week("Математика", hours: 5, from: "2027-01-18")
        XCTAssertEqual(CurriculumCheck.problems(curriculum: curriculum, entries: timetable, on: F.day("2027-01-15")).count, 1)
        XCTAssertEqual(CurriculumCheck.problems(curriculum: curriculum, entries: timetable, on: F.day("2027-01-18")), [])
    }

    func testHalfAnHourAWeekCannotBeMetByAWeeklyTimetable() {
        let problems = CurriculumCheck.problems(curriculum: [curriculumLine("Музыка", hours: 0.5)], entries: week("Музыка", hours: 1), on: F.day("2026-09-01"))
        XCTAssertEqual(problems.map(\.text.russian), ["5А Музыка: в расписании 1 ч в неделю, по учебному плану 0,5"])
        XCTAssertEqual(problems.map(\.text.english), ["5А Музыка: 1 h a week in the timetable, 0.5 in the curriculum"])
    }

    func testWholeClassLessonsCountForEverySubgroup() {
        let curriculum = [curriculumLine("Английский язык", hours: 3, split: true)]
        let timetable = week("Английский язык", hours: 1)
            + week("Английский язык", group: "1 группа", hours: 2, teacher: "Петров П.П.", firstNumber: 3)
            + week("Английский язык", group: "2 группа", hours: 2, teacher: "Смирнова С.С.", firstNumber: 3)
        XCTAssertEqual(CurriculumCheck.problems(curriculum: curriculum, entries: timetable, on: F.day("2026-09-01")), [])
    }

    func testASplitSubjectTaughtToTheWholeClassAndTheReverseAreReported() {
        let splitNames = TeachingNames(className: F.class5A.name, subject: "Английский язык")
        XCTAssertEqual(CurriculumCheck.problems(
            curriculum: [curriculumLine("Английский язык", hours: 3, split: true)],
            entries: week("Английский язык", hours: 3), on: F.day("2026-09-01")), [.notSplit(splitNames)])
        XCTAssertEqual(CurriculumCheck.problems(
            curriculum: [curriculumLine("Английский язык", hours: 3)],
            entries: week("Английский язык", group: "1 группа", hours: 3), on: F.day("2026-09-01")), [.splitNotInCurriculum(splitNames)])
    }
}
