import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// A lesson's assignments: the type chosen before the first mark, a second column, a changed
/// type with history, the weights in averages, topics (rule 9), removing an empty column.
final class AssignmentTests: XCTestCase {
    private var school: TestSchool!
    private var teacher: Session!
    private let classwork = WorkTypeID(1)
    private let test = WorkTypeID(2)

    override func setUpWithError() throws {
        school = try TestSchool()
        teacher = try school.signIn("teacher")
    }

    override func tearDown() {
        school.remove()
    }

    private func grid() throws -> MarksGrid {
        try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
    }

    private func todaysColumns() throws -> [GridColumn] {
        try grid().columns.filter { $0.lessonID == TestSchool.todaysMath }
    }

    private func mark(_ column: GridColumn, _ pupil: PupilID, _ value: Int, type: WorkTypeID? = nil) throws -> GridColumn {
        try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: pupil, value: .grade(value),
                                   replacing: nil, newColumnType: type)
    }

    func testTheTypeChosenBeforeTheFirstMarkIsTheColumnsType() throws {
        let column = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 5, type: test)
        XCTAssertEqual(column.workType?.name, "Контрольная работа")
        XCTAssertEqual(try todaysColumns().map(\.workType?.abbreviation), ["К/р"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'assignment' AND new_value = '2'"), 1,
                       "the new column's type is in the history")
    }

    func testASecondAssignmentIsItsOwnColumnAfterTheFirst() throws {
        let first = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 5)
        let second = try school.service.addAssignment(teacher, page: TestSchool.mathPage, column: first, workType: test)
        XCTAssertNotEqual(second.assignmentID, first.assignmentID)
        _ = try mark(second, TestSchool.ivanova, 3)
        let columns = try todaysColumns()
        XCTAssertEqual(columns.map(\.assignmentID), [first.assignmentID, second.assignmentID])
        XCTAssertEqual(columns.map(\.workType?.abbreviation), ["Раб", "К/р"])
        let grid = try grid()
        let secondIndex = try XCTUnwrap(grid.columns.firstIndex { $0.assignmentID == second.assignmentID })
        XCTAssertEqual(grid.value(pupil: TestSchool.ivanova, column: secondIndex), .grade(3))
    }

    func testWeightsMakeTheWeightedAverage() throws {
        let first = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 5)
        let second = try school.service.addAssignment(teacher, page: TestSchool.mathPage, column: first, workType: test)
        _ = try mark(second, TestSchool.ivanova, 2)
        let averages = try grid().averages(for: TestSchool.ivanova)
        XCTAssertEqual(averages.plain, 3.5)
        XCTAssertEqual(try XCTUnwrap(averages.weighted), 3.0, accuracy: 0.001, "(5·1 + 2·2) / 3")
    }

    func testChangingTheTypeOfAColumnWithMarksKeepsTheOldTypeInTheHistoryAndChangesTheWeight() throws {
        let column = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 4)
        let other = try school.service.addAssignment(teacher, page: TestSchool.mathPage, column: column, workType: classwork)
        _ = try mark(other, TestSchool.ivanova, 2)
        XCTAssertEqual(try grid().averages(for: TestSchool.ivanova).weighted, 3.0)

        school.clock.advance(by: 60)
        let changed = try school.service.changeWorkType(teacher, page: TestSchool.mathPage, column: column, to: test)
        XCTAssertEqual(changed.workType?.id, test)
        XCTAssertEqual(try XCTUnwrap(grid().averages(for: TestSchool.ivanova).weighted), 10.0 / 3, accuracy: 0.001)
        let key = "assignment=\(try XCTUnwrap(column.assignmentID))"
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'assignment' AND entity_key = '\(key)' AND field = 'work_type'
              AND old_value = '1' AND new_value = '2'
            """), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE 'assignment \(key) %'"), 2,
                       "its creation and its change each have an access-log entry")
    }

    func testAStaleTypeChangeIsRefusedNamingTheTypeNow() throws {
        let column = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 4)
        _ = try school.service.changeWorkType(teacher, page: TestSchool.mathPage, column: column, to: test)
        XCTAssertThrowsError(try school.service.changeWorkType(teacher, page: TestSchool.mathPage, column: column, to: classwork)) { error in
            guard case JournalError.cellChanged(let change) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(change.current, "Контрольная работа")
        }
    }

    func testAnotherTeacherCannotChangeTheType() throws {
        let column = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 4)
        let other = try school.signIn("other")
        XCTAssertThrowsError(try school.service.changeWorkType(other, page: TestSchool.mathPage, column: column, to: test)) { error in
            guard case JournalError.notYourLesson = error else { return XCTFail("\(error)") }
        }
    }

    func testTypeChangeAfterRuleThreesWeekIsRefused() throws {
        let column = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 4)
        school.clock.set(TestSchool.at(TestSchool.lessonDay.adding(days: 7), 21, 1))
        XCTAssertThrowsError(try school.service.changeWorkType(teacher, page: TestSchool.mathPage, column: column, to: test)) { error in
            XCTAssertTrue(error is RuleRefusal, "\(error)")
        }
    }

    func testTheAssignmentTopicIsKeptInRussian() throws {
        let column = try school.service.addAssignment(teacher, page: TestSchool.mathPage, column: try XCTUnwrap(todaysColumns().first),
                                                      workType: test)
        let result = try school.service.setAssignmentTopic(teacher, page: TestSchool.mathPage, column: column, topic: "Сложение дробей")
        XCTAssertEqual(try todaysColumns().first?.assignmentTopic, "Сложение дробей")
        XCTAssertNil(result.warning)
        XCTAssertThrowsError(try school.service.setAssignmentTopic(teacher, page: TestSchool.mathPage, column: result.column,
                                                                   topic: "Fractions")) { error in
            guard case JournalError.invalidInput = error else { return XCTFail("\(error)") }
        }
    }

    func testOnlyAnEmptyAssignmentCanBeRemoved() throws {
        let first = try mark(try XCTUnwrap(todaysColumns().first), TestSchool.ivanova, 5)
        XCTAssertThrowsError(try school.service.removeAssignment(teacher, page: TestSchool.mathPage, column: first))
        let extra = try school.service.addAssignment(teacher, page: TestSchool.mathPage, column: first, workType: test)
        try school.service.removeAssignment(teacher, page: TestSchool.mathPage, column: extra)
        XCTAssertEqual(try todaysColumns().map(\.assignmentID), [first.assignmentID])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity_key = 'assignment=\(try XCTUnwrap(extra.assignmentID))'
              AND old_value = '2' AND new_value IS NULL
            """), 1)
    }

    func testTheWorkTypeListPreselectsTheSchoolsDefault() throws {
        let list = try school.service.workTypes(teacher)
        XCTAssertEqual(list.types.map(\.abbreviation), ["Раб", "К/р"])
        XCTAssertEqual(list.defaultID, classwork)
    }
}
