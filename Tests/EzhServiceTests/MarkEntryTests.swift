import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

final class MarkEntryTests: XCTestCase {
    private var school: TestSchool!
    private var teacher: Session!

    override func setUpWithError() throws {
        school = try TestSchool()
        teacher = try school.signIn("teacher")
    }

    override func tearDown() {
        school.remove()
    }

    private func todaysColumn(_ grid: MarksGrid) throws -> GridColumn {
        try XCTUnwrap(grid.columns.first { $0.lessonID == TestSchool.todaysMath })
    }

    private func mathGrid() throws -> MarksGrid {
        try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
    }

    func testTypingAMarkIntoALessonWithoutAssignmentCreatesOneOfTheDefaultType() throws {
        let column = try school.service.setMark(
            teacher, page: TestSchool.mathPage, column: try todaysColumn(mathGrid()), pupil: TestSchool.ivanova,
            value: .grade(5), replacing: nil
        )
        XCTAssertNotNil(column.assignmentID)
        XCTAssertEqual(column.workType?.name, "Работа на уроке")

        let grid = try mathGrid()
        let index = try XCTUnwrap(grid.columns.firstIndex { $0.assignmentID == column.assignmentID })
        XCTAssertEqual(grid.value(pupil: TestSchool.ivanova, column: index), .grade(5))
    }

    func testEveryChangeKeepsItsHistoryWithWhoWhenAndWhere() throws {
        var column = try todaysColumn(mathGrid())
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .grade(4),
                                            replacing: nil)
        school.clock.advance(by: 60)
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .grade(5),
                                            replacing: .grade(4))
        school.clock.advance(by: 60)
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: nil,
                                            replacing: .grade(5))

        let history = try school.service.markHistory(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova)
        XCTAssertEqual(history.map(\.oldValue), ["5", "4", nil])
        XCTAssertEqual(history.map(\.newValue), [nil, "5", "4"])
        XCTAssertEqual(history.first?.who, "Петрова Ольга")
        XCTAssertEqual(history.first?.terminal, "pts/7")
        XCTAssertEqual(history.last?.changedAt, "27.11.2026 12:00")
        XCTAssertEqual(history.first?.changedAt, "27.11.2026 12:02")
        XCTAssertEqual(try school.count("SELECT count(*) FROM mark"), 0, "removing a mark removes the cell, not its history")
    }

    func testSettingTheSameValueAgainWritesNoHistory() throws {
        var column = try todaysColumn(mathGrid())
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .grade(3),
                                            replacing: nil)
        _ = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .grade(3),
                                       replacing: .grade(3))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'mark'"), 1)
    }

    func testADotIsKeptAndDoesNotCountInAverages() throws {
        var column = try todaysColumn(mathGrid())
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .dot,
                                            replacing: nil)
        let grid = try mathGrid()
        let index = try XCTUnwrap(grid.columns.firstIndex { $0.assignmentID == column.assignmentID })
        XCTAssertEqual(grid.value(pupil: TestSchool.ivanova, column: index), .dot)
        XCTAssertNil(grid.averages(for: TestSchool.ivanova).plain)
    }

    func testAnotherTeachersLessonIsRefusedAndNothingIsWritten() throws {
        let russian = try school.service.marksGrid(teacher, page: TestSchool.russianPage, period: TestSchool.quarter2)
        let column = try XCTUnwrap(russian.columns.first)
        XCTAssertFalse(column.isEditable, "a class teacher reads other subjects of the class but does not write them")
        XCTAssertThrowsError(try school.service.setMark(
            teacher, page: TestSchool.russianPage, column: column, pupil: TestSchool.ivanova, value: .grade(5), replacing: nil
        )) { error in
            XCTAssertEqual(error as? JournalError, .notYourLesson(teacher: "Сидоров П.А."))
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM assignment"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), 0)
    }

    func testFirstGradeHasNoMarks() throws {
        let other = try school.signIn("other")
        let grid = try school.service.marksGrid(other, page: TestSchool.firstGradeMathPage, period: TestSchool.quarter2)
        XCTAssertThrowsError(try school.service.setMark(
            other, page: TestSchool.firstGradeMathPage, column: try XCTUnwrap(grid.columns.first),
            pupil: TestSchool.firstGrader, value: .grade(5), replacing: nil
        )) { XCTAssertEqual($0 as? JournalError, .noMarksInFirstGrade) }
    }

    func testAPupilWhoLeftBeforeTheLessonCannotGetAMarkForIt() throws {
        XCTAssertThrowsError(try school.service.setMark(
            teacher, page: TestSchool.mathPage, column: try todaysColumn(mathGrid()), pupil: TestSchool.departed,
            value: .grade(4), replacing: nil
        )) { XCTAssertEqual($0 as? JournalError, .pupilNotOnPage) }
    }

    func testAColumnFromAnotherPageIsRefused() throws {
        let other = try school.signIn("other")
        let russian = try school.service.marksGrid(other, page: TestSchool.russianPage, period: TestSchool.quarter2)
        XCTAssertThrowsError(try school.service.setMark(
            other, page: TestSchool.mathPage, column: try XCTUnwrap(russian.columns.first), pupil: TestSchool.ivanova,
            value: .grade(4), replacing: nil
        )) { XCTAssertEqual($0 as? JournalError, .lessonNotFound) }
    }
}
