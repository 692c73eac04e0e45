import EzhCore
import XCTest

final class TimetableClashesTests: XCTestCase {
    private typealias F = SetupFixtures

    func testATeacherInTwoClassesAtOnceClashesAndTheMessageNamesBothSides() {
        let first = F.line(2, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 5, number: 3)
        let second = F.line(9, "5Б", "Физика", teacher: "Иванова И.И.", room: "12", weekday: 5, number: 3)
        let clashes = TimetableClashes.find([first, second])
        XCTAssertEqual(clashes.map(\.kind), [.teacherBusy])
        XCTAssertEqual(clashes.first?.second.source.row, 9, "the later row is the one reported")
        XCTAssertEqual(clashes.first?.text.russian,
                       "пт, 3 урок: 5Б Физика (Иванова И.И., каб. 12) совпадает с 5А Математика (Иванова И.И., каб. 204): учитель Иванова И.И. не может вести два урока сразу.")
        XCTAssertEqual(clashes.first?.text.english,
                       "Fri, lesson 3: 5Б Физика (Иванова И.И., room 12) clashes with 5А Математика (Иванова И.И., room 204): the teacher Иванова И.И. cannot give two lessons at once.")
    }

    func testARoomForTwoClassesAtOnceClashesWhateverItsSpacingOrCase() {
        let clashes = TimetableClashes.find([
            F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "Спортзал", weekday: 1, number: 1),
            F.line(2, "5Б", "Физика", teacher: "Петров П.П.", room: " спортзал ", weekday: 1, number: 1),
        ])
        XCTAssertEqual(clashes.map(\.kind), [.roomBusy])
    }

    func testLinesWithoutARoomDoNotClashOverRooms() {
        XCTAssertEqual(TimetableClashes.find([
            F.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 1, number: 1),
            F.line(2, "5Б", "Физика", teacher: "Петров П.П.", weekday: 1, number: 1),
        ]), [])
    }

    func testAWholeClassLessonClashesWithAnyOtherLessonOfTheClass() {
        let clashes = TimetableClashes.find([
            F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 2, number: 4),
            F.line(2, "5А", "Английский язык", group: "1 группа", teacher: "Петров П.П.", room: "31", weekday: 2, number: 4),
            F.line(3, "5А", "Физика", teacher: "Смирнова С.С.", room: "12", weekday: 2, number: 4),
        ])
        XCTAssertEqual(clashes.map { [$0.first.source.row, $0.second.source.row] }, [[1, 2], [1, 3], [2, 3]])
        XCTAssertEqual(Set(clashes.map(\.kind)), [.classBusy])
        XCTAssertTrue(clashes[0].reason.russian.hasPrefix("у 5А в это время уже урок"))
    }

    func testTwoSubgroupsOfOneClassAtOnceAreFine() {
        XCTAssertEqual(TimetableClashes.find([
            F.line(1, "5А", "Английский язык", group: "1 группа", teacher: "Петров П.П.", room: "31", weekday: 3, number: 2),
            F.line(2, "5А", "Английский язык", group: "2 группа", teacher: "Смирнова С.С.", room: "32", weekday: 3, number: 2),
        ]), [])
    }

    func testOneTeacherForTwoSubgroupsAtOnceClashes() {
        let clashes = TimetableClashes.find([
            F.line(1, "5А", "Английский язык", group: "1 группа", teacher: "Петров П.П.", room: "31", weekday: 3, number: 2),
            F.line(2, "5А", "Английский язык", group: "2 группа", teacher: "Петров П.П.", room: "32", weekday: 3, number: 2),
        ])
        XCTAssertEqual(clashes.map(\.kind), [.teacherBusy])
    }

    func testOneSubgroupTwiceAtOnceClashes() {
        let clashes = TimetableClashes.find([
            F.line(1, "5А", "Английский язык", group: "1 группа", teacher: "Петров П.П.", room: "31", weekday: 3, number: 2),
            F.line(2, "5А", "Английский язык", group: "1 группа", teacher: "Смирнова С.С.", room: "32", weekday: 3, number: 2),
        ])
        XCTAssertEqual(clashes.map(\.kind), [.classBusy])
    }

    func testLinesAtOtherTimesDoNotClash() {
        XCTAssertEqual(TimetableClashes.find([
            F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 1),
            F.line(2, "5Б", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 2),
            F.line(3, "5Б", "Физика", teacher: "Иванова И.И.", room: "204", weekday: 2, number: 1),
        ]), [])
    }

    func testAChangeFromADateClashesOnlyWithWhatIsStillInForce() {
        let before = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 1)
        let fiveBFromJanuary = F.line(2, "5Б", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 1, from: "2027-01-11")
        XCTAssertEqual(TimetableClashes.find([before, fiveBFromJanuary]).map(\.kind), [.teacherBusy],
                       "5А still has Иванова on Monday 1 after 11 January")
        let fiveAFromJanuary = F.line(3, "5А", "Физика", teacher: "Петров П.П.", room: "12", weekday: 1, number: 1)
        let changed = F.changed([before], class: F.class5A.id, from: "2027-01-11", to: [fiveAFromJanuary])
        XCTAssertEqual(TimetableClashes.find(changed + [fiveBFromJanuary]), [],
                       "from 11 January 5А has physics with Петров instead")
    }

    func testLinesThatShareNoDayOfTheirWeekdayDoNotClash() {
        // 5А's Tuesday line ends on Monday 11 January, the day 5Б's starts: no Tuesday has both.
        let fiveB = F.line(3, "5Б", "Математика", teacher: "Иванова И.И.", weekday: 2, number: 1, from: "2027-01-11")
        let endingMonday = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 2, number: 1, to: "2027-01-11")
        XCTAssertEqual(TimetableClashes.find([endingMonday, fiveB]), [])
        let endingTuesday = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 2, number: 1, to: "2027-01-12")
        XCTAssertEqual(TimetableClashes.find([endingTuesday, fiveB]).count, 1, "Tuesday 12 January has both")
    }

    func testALineEndedBeforeItStartsClashesWithNothing() {
        let never = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 1, number: 1, from: "2027-01-11", to: "2027-01-10")
        let other = F.line(2, "5Б", "Математика", teacher: "Иванова И.И.", weekday: 1, number: 1)
        XCTAssertEqual(TimetableClashes.find([never, other]), [])
    }
}

final class TimetableLineCheckTests: XCTestCase {
    func testASaturdayLineInAFiveDayWeekAndAFourteenthLessonAreRefused() {
        let line = SetupFixtures.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 6, number: 14)
        XCTAssertEqual(line.problems(week: .fiveDays), [.weekdayNotTaught(weekday: 6, week: .fiveDays), .numberOutOfRange(14)])
        XCTAssertEqual(line.problems(week: .sixDays), [.numberOutOfRange(14)])
        XCTAssertEqual(line.problems(week: .fiveDays)[0].text.russian,
                       "день недели 6 не учебный при 5-дневной неделе; укажите день от 1 до 5")
    }
}
