import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// Exemptions (ОСВ) with days and subjects: who records them, their first and last day, the
/// subjects they cover, the grid's exempt days and the marks they refuse.
final class ExemptionTests: XCTestCase {
    private var school: TestSchool!
    private var teacher: Session!
    private let math = SubjectID(1)
    private let russian = SubjectID(2)

    override func setUpWithError() throws {
        school = try TestSchool()
        teacher = try school.signIn("teacher")
    }

    override func tearDown() {
        school.remove()
    }

    private func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: day) }

    @discardableResult
    private func exempt(from first: Int, to last: Int, subjects: [SubjectID]?, by session: Session? = nil) throws -> ExemptionID {
        try school.service.addExemption(session ?? teacher, ExemptionDraft(
            pupil: TestSchool.ivanova, days: DateSpan(day(first), day(last)), subjects: subjects, reason: "справка № 15"
        ))
    }

    private func markIvanova(_ lesson: LessonID, page: JournalPage = TestSchool.mathPage, as session: Session? = nil) throws {
        let session = session ?? teacher!
        let grid = try school.service.marksGrid(session, page: page, period: TestSchool.quarter2)
        let column = try XCTUnwrap(grid.columns.first { $0.lessonID == lesson })
        _ = try school.service.setMark(session, page: page, column: column, pupil: TestSchool.ivanova, value: .grade(5), replacing: nil)
    }

    private func assertRefusedAsExempt(_ body: @autoclosure () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard case JournalError.invalidInput(_, let problem) = error else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(problem.russian.contains("освобождён"), problem.russian, file: file, line: line)
        }
    }

    func testAMarkOnTheFirstDayIsRefusedAndTheDayBeforeIsNot() throws {
        try exempt(from: 27, to: 30, subjects: nil)
        assertRefusedAsExempt(try markIvanova(TestSchool.todaysMath))
        XCTAssertNoThrow(try markIvanova(TestSchool.yesterdaysMath))
    }

    func testAMarkOnTheLastDayIsRefusedAndTheDayAfterIsNot() throws {
        try exempt(from: 20, to: 26, subjects: nil)
        assertRefusedAsExempt(try markIvanova(TestSchool.yesterdaysMath))
        XCTAssertNoThrow(try markIvanova(TestSchool.todaysMath))
    }

    func testOnlyTheSubjectsCoveredAreExempt() throws {
        try exempt(from: 27, to: 27, subjects: [russian])
        XCTAssertNoThrow(try markIvanova(TestSchool.todaysMath), "mathematics is not covered")
        let other = try school.signIn("other")
        assertRefusedAsExempt(try markIvanova(TestSchool.todaysRussian, page: TestSchool.russianPage, as: other))
    }

    func testTheGridKnowsTheExemptDaysOfItsSubject() throws {
        try exempt(from: 27, to: 30, subjects: [math])
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let ivanova = try XCTUnwrap(grid.pupils.first { $0.id == TestSchool.ivanova })
        XCTAssertTrue(ivanova.isExempt(on: day(27)))
        XCTAssertFalse(ivanova.isExempt(on: day(26)))
        let russianGrid = try school.service.attendanceGrid(try school.signIn("other"), page: TestSchool.russianPage, period: TestSchool.quarter2)
        XCTAssertEqual(russianGrid.pupils.first { $0.id == TestSchool.ivanova }?.exemptDays, [], "Russian is not covered")
    }

    func testAClearingOfAnEarlierMarkIsStillAllowed() throws {
        try markIvanova(TestSchool.todaysMath)
        try exempt(from: 27, to: 27, subjects: nil)
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let column = try XCTUnwrap(grid.columns.first { $0.lessonID == TestSchool.todaysMath })
        XCTAssertNoThrow(try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova,
                                                    value: nil, replacing: .grade(5)))
    }

    func testEndingAnExemptionEarlierTakesMarksAgainAndIsInTheHistory() throws {
        let id = try exempt(from: 20, to: 30, subjects: nil)
        try school.service.endExemption(teacher, id, lastDay: day(26))
        XCTAssertNoThrow(try markIvanova(TestSchool.todaysMath))
        assertRefusedAsExempt(try markIvanova(TestSchool.yesterdaysMath))
        XCTAssertEqual(try school.service.exemptions(teacher, pupil: TestSchool.ivanova).map(\.days.last), [day(26)])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'exemption' AND field = 'days'
              AND old_value = '2026-11-20..2026-11-30' AND new_value = '2026-11-20..2026-11-26'
            """), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'exemption'"), 4)
    }

    func testEndingBeforeTheFirstDayCancelsIt() throws {
        let id = try exempt(from: 27, to: 30, subjects: nil)
        try school.service.endExemption(teacher, id, lastDay: day(26))
        XCTAssertEqual(try school.service.exemptions(teacher, pupil: TestSchool.ivanova), [])
        XCTAssertNoThrow(try markIvanova(TestSchool.todaysMath))
    }

    func testTheDeputyMayRecordOneAndAnotherClassesTeacherMayNot() throws {
        XCTAssertNoThrow(try exempt(from: 27, to: 27, subjects: nil, by: try school.signIn("deputy")))
        XCTAssertThrowsError(try exempt(from: 28, to: 28, subjects: nil, by: try school.signIn("other"))) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
    }

    func testAnExemptionNeedsItsGroundsAndDaysInOrder() throws {
        XCTAssertThrowsError(try school.service.addExemption(teacher, ExemptionDraft(
            pupil: TestSchool.ivanova, days: DateSpan(day(27), day(27)), subjects: nil, reason: "  "
        )))
        XCTAssertThrowsError(try exempt(from: 28, to: 27, subjects: nil))
        XCTAssertThrowsError(try exempt(from: 27, to: 28, subjects: []))
        XCTAssertEqual(try school.count("SELECT count(*) FROM exemption"), 0)
    }
}
