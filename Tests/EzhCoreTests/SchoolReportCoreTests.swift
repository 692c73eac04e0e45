import EzhCore
import XCTest

/// The pure parts of the school's reports: counts written out, the movement's balance on the
/// edges of a period, the decision a pupil's finals lead to.
final class SchoolReportCoreTests: XCTestCase {
    func testSheetCountsAreWrittenOutAndDeclined() {
        XCTAssertEqual(BindingSheet.statement(sheets: 1), "Пронумеровано, прошнуровано и скреплено печатью 1 (один) лист")
        XCTAssertEqual(BindingSheet.statement(sheets: 12), "Пронумеровано, прошнуровано и скреплено печатью 12 (двенадцать) листов")
        XCTAssertEqual(BindingSheet.statement(sheets: 22), "Пронумеровано, прошнуровано и скреплено печатью 22 (двадцать два) листа")
        XCTAssertEqual(RussianNumber.words(111), "сто одиннадцать")
        XCTAssertEqual(RussianNumber.words(340), "триста сорок")
        XCTAssertEqual(RussianNumber.words(2005), "две тысячи пять")
        XCTAssertEqual(RussianNumber.sheetsWord(114), "листов")
        XCTAssertEqual(RussianNumber.sheetsWord(101), "лист")
    }

    private let a = ClassName(grade: 5, letter: "А"), b = ClassName(grade: 5, letter: "Б")
    private func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day) }
    private func stay(_ pupil: Int64, _ name: ClassName, _ from: LocalDate, _ to: LocalDate? = nil) -> MovementReport.Stay {
        .init(pupil: PupilID(pupil), name: PersonName(last: "Ученик\(pupil)", first: "И"), birthDate: nil, className: name, from: from, to: to)
    }

    func testAPupilWhoLeavesOnTheLastDayOfThePeriodHasLeftAndOneWhoComesOnTheFirstWasThereAtTheStart() {
        let span = DateSpan(day(11, 5), day(12, 28))
        let report = MovementReport(span: span, classes: [a, b], stays: [
            stay(1, a, day(9, 1), day(12, 28)),   // last day in the class = the period's last day
            stay(2, a, day(11, 5)),               // came on the period's first day
            stay(3, a, day(9, 1), day(11, 4)),    // left before the period
            stay(4, a, day(12, 29)),              // comes after it
            stay(5, a, day(9, 1), day(11, 15)), stay(5, b, day(11, 16)), // transferred
        ])
        let line = report.lines.first { $0.className == a }!
        XCTAssertEqual([line.atStart, line.arrived, line.left, line.leftToClasses, line.atEnd], [3, 0, 2, 1, 1])
        XCTAssertEqual(line.atStart + line.arrived - line.left, line.atEnd)
        XCTAssertEqual([report.school.atStart, report.school.arrived, report.school.left, report.school.atEnd], [3, 0, 1, 2])
        XCTAssertEqual(report.moves.map(\.kind), [.transferred, .left])
    }

    func testTheDecisionFollowsTheFinalsAndTheGrade() {
        let math = ClassYearFinals.Subject(id: SubjectID(1), name: "Математика"), art = ClassYearFinals.Subject(id: SubjectID(2), name: "ИЗО")
        let pupils = (1...4).map { ClassYearFinals.Pupil(id: PupilID(Int64($0)), name: PersonName(last: "У\($0)", first: "И")) }
        let finals: [PupilID: [SubjectID: [ClassYearFinals.Column: String]]] = [
            PupilID(1): [math.id: [.year: "2", .final: "3"], art.id: [.year: "зач"]],
            PupilID(2): [math.id: [.year: "н/а"], art.id: [.year: "зач"]],
            PupilID(3): [math.id: [.year: "4"]],
        ]
        let fifth = ClassYearFinals(className: a, periodCount: 4, pupils: pupils, subjects: [math, art], finals: finals)
        XCTAssertEqual(pupils.map { fifth.decision(for: $0) }, ["переведён в 6 класс", "переведён условно (долгов: 1)", "нет итоговых: 1", ""])
        let eleventh = ClassYearFinals(className: ClassName(grade: 11, letter: "А"), periodCount: 2, pupils: pupils, subjects: [math, art], finals: finals)
        XCTAssertEqual(eleventh.decision(for: pupils[0]), "окончил")
        XCTAssertEqual(JournalControl.percent(2, of: 3), "66,7")
        XCTAssertEqual(JournalControl.percent(0, of: 0), "—")
    }
}
