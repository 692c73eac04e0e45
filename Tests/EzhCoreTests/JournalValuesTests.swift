import EzhCore
import XCTest

final class JournalValuesTests: XCTestCase {
    func testMarksParseFromTheirCodesOnly() {
        XCTAssertEqual(MarkValue(code: "5"), .grade(5))
        XCTAssertEqual(MarkValue(code: "."), .dot)
        XCTAssertNil(MarkValue(code: "6"))
        XCTAssertNil(MarkValue(code: "0"))
        XCTAssertNil(MarkValue(code: "5+"))
    }

    func testAveragesPlainAndWeighted() {
        let averages = MarkAverages([(.grade(5), 1), (.grade(2), 2), (.dot, 1), (.grade(4), 1.5)])
        XCTAssertEqual(averages.count, 3)
        XCTAssertEqual(averages.plain ?? 0, 11.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(averages.weighted ?? 0, (5 + 4 + 6) / 4.5, accuracy: 1e-9)
        XCTAssertEqual(MarkAverages.format(averages.weighted), "3.33")
        XCTAssertNil(MarkAverages([(.dot, 1)]).plain)
        XCTAssertEqual(MarkAverages.format(nil), "")
    }

    func testNamesInTheFormsAJournalUses() {
        let name = PersonName(last: "Иванова", first: "Мария", patronymic: "Петровна")
        XCTAssertEqual(name.full, "Иванова Мария Петровна")
        XCTAssertEqual(name.withInitials, "Иванова М.П.")
        XCTAssertEqual(name.lastAndFirst, "Иванова Мария")
        XCTAssertEqual(PersonName(last: "Ли", first: "Ан").withInitials, "Ли А.")
    }

    func testClassListOrderSortsYoWithYe() {
        let names = [
            PersonName(last: "Ёлкин", first: "Глеб"), PersonName(last: "Егоров", first: "Иван"),
            PersonName(last: "Жуков", first: "Олег"), PersonName(last: "Ежов", first: "Ян"),
        ]
        XCTAssertEqual(names.sorted(by: PersonName.alphabetical).map(\.last), ["Егоров", "Ежов", "Ёлкин", "Жуков"])
    }

    func testTheCurrentPeriodDuringHolidaysIsTheOneJustFinished() {
        let q1 = Period(id: PeriodID(1), scheme: .quarters, number: 1, span: DateSpan(
            LocalDate(year: 2026, month: 9, day: 1), LocalDate(year: 2026, month: 10, day: 24)
        ))
        let q2 = Period(id: PeriodID(2), scheme: .quarters, number: 2, span: DateSpan(
            LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28)
        ))
        XCTAssertEqual(Period.current(among: [q2, q1], on: LocalDate(year: 2026, month: 11, day: 27)), q2)
        XCTAssertEqual(Period.current(among: [q2, q1], on: LocalDate(year: 2026, month: 10, day: 30)), q1)
        XCTAssertEqual(Period.current(among: [q2, q1], on: LocalDate(year: 2026, month: 8, day: 30)), q1)
        XCTAssertEqual(q2.name(in: .ru), "2 четверть")
    }

    func testGradeOneHasNoMarks() {
        XCTAssertThrowsError(try EntryChecks.checkMark(.grade(5), className: ClassName(grade: 1, letter: "А")))
        XCTAssertNoThrow(try EntryChecks.checkMark(.grade(5), className: ClassName(grade: 2, letter: "А")))
        XCTAssertThrowsError(try EntryChecks.checkMark(.grade(6), className: ClassName(grade: 5, letter: "А")))
    }

    func testEveryErrorSpeaksBothLanguages() {
        let errors: [JournalError] = [
            .invalidCredentials, .notYourLesson(teacher: "Сидоров П.А."), .codeNotForSubjectTeacher(.ill),
            .storageFailure("disk I/O error"), .noSchool(path: "/tmp/x.sqlite"), .textTooLong(.topic, length: 501),
        ]
        for error in errors {
            XCTAssertTrue(error.message(in: .ru).contains { ("а"..."я").contains($0) }, "\(error)")
            XCTAssertNotEqual(error.message(in: .ru), error.message(in: .en))
        }
    }
}
