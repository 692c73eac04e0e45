import EzhCore
import XCTest

final class TimetableChangeTests: XCTestCase {
    private typealias F = SetupFixtures

    private let maths = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 1)
    private let english = F.line(2, "5А", "Английский язык", teacher: "Петров П.П.", room: "31", weekday: 2, number: 2)
    private let fiveB = F.line(3, "5Б", "Физика", teacher: "Смирнова С.С.", room: "12", weekday: 1, number: 1)
    private let isFiveA = { (line: TimetableEntry<EntrySource>) in line.key.classID == SetupFixtures.class5A.id }

    func testAChangeEndsTheOldLinesTheDayBeforeAndAddsTheNewFromTheDay() {
        let physics = F.line(10, "5А", "Физика", teacher: "Смирнова С.С.", room: "12", weekday: 1, number: 1)
        let change = TimetableChange.replacing(from: F.day("2027-01-18"), with: [physics], in: [maths, english, fiveB], covering: isFiveA)
        XCTAssertEqual(change.unchanged, [fiveB], "5Б is not in the change")
        XCTAssertEqual(change.ended.map(\.source.row), [1, 2])
        XCTAssertEqual(Set(change.ended.map(\.validTo)), [F.day("2027-01-17")])
        XCTAssertEqual(change.added.map(\.validFrom), [F.day("2027-01-18")])
        XCTAssertEqual(change.removed, [])
        XCTAssertEqual(TimetableVersions.week(of: F.class5A.id, on: F.day("2027-01-17"), in: change.result).map(\.source.row), [1, 2])
        XCTAssertEqual(TimetableVersions.week(of: F.class5A.id, on: F.day("2027-01-18"), in: change.result).map(\.source.row), [10])
    }

    func testImportingTheSameTimetableAgainChangesNothing() {
        let fromJanuary = [maths, english].map { $0.valid(from: F.day("2027-01-18"), to: nil) }
        for day in [nil, F.day("2026-09-01"), F.day("2027-01-18"), F.day("2027-02-01")] {
            XCTAssertTrue(TimetableChange.replacing(from: day, with: [maths, english], in: [maths, english], covering: isFiveA).changesNothing)
            if let day, day >= F.day("2027-01-18") {
                XCTAssertTrue(TimetableChange.replacing(from: day, with: [maths, english], in: fromJanuary, covering: isFiveA).changesNothing)
            }
        }
    }

    func testAnEarlierChangeRemovesLinesThatWouldStartLater() {
        let later = F.line(4, "5А", "Музыка", teacher: "Смирнова С.С.", weekday: 3, number: 1, from: "2027-02-01")
        let change = TimetableChange.replacing(from: F.day("2027-01-18"), with: [maths], in: [maths, later], covering: isFiveA)
        XCTAssertEqual(change.removed, [later])
        XCTAssertEqual(change.unchanged, [maths], "the same maths line runs on")
        XCTAssertEqual(change.added, [])
    }

    func testLinesEndedBeforeTheDayStayAsTheyWere() {
        let ended = F.line(5, "5А", "Музыка", teacher: "Смирнова С.С.", weekday: 3, number: 1, to: "2026-12-28")
        let change = TimetableChange.replacing(from: F.day("2027-01-18"), with: [], in: [ended], covering: isFiveA)
        XCTAssertEqual(change.unchanged, [ended])
        XCTAssertTrue(change.changesNothing)
    }

    func testTheEditorChangesOnePlaceFromADate() {
        let movedRoom = F.line(11, "5А", "Математика", teacher: "Иванова И.И.", room: "14", weekday: 1, number: 1)
        let change = TimetableChange.replacing(from: F.day("2027-03-01"), with: [movedRoom], in: [maths, english, fiveB]) {
            $0.key.classID == F.class5A.id && $0.weekday == 1 && $0.number == 1
        }
        XCTAssertEqual(change.ended.map(\.source.row), [1])
        XCTAssertEqual(change.added.map(\.room), ["14"])
        XCTAssertEqual(Set(change.unchanged.map(\.source.row)), [2, 3])
    }
}
