import EzhCore
import EzhService
import XCTest

final class GridTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testPupilsAreNumberedInAlphabeticalOrderWithYoAsYe() throws {
        let grid = try school.service.marksGrid(try school.signIn("teacher"), page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(grid.pupils.map(\.name.last), ["Алексеев", "Ёлкин", "Иванова", "Яковлева"])
        XCTAssertEqual(grid.pupils.map(\.number), [1, 2, 3, 4])
    }

    func testColumnsAreThePeriodsLessonsByDate() throws {
        let grid = try school.service.marksGrid(try school.signIn("teacher"), page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertEqual(grid.columns.map(\.date.iso), ["2026-11-26", "2026-11-27"], "the October lesson belongs to quarter 1")
        XCTAssertTrue(grid.columns.allSatisfy(\.isEditable))
    }

    func testWeightedAndPlainAveragesDiffer() throws {
        let teacher = try school.signIn("teacher")
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        _ = try school.service.setMark(teacher, page: TestSchool.mathPage, column: grid.columns[0], pupil: TestSchool.ivanova, value: .grade(5),
                                       replacing: nil)
        try school.store.pool.write { db in
            try db.execute(sql: "INSERT INTO assignment (lesson_id, work_type_id, position) VALUES (1, 2, 1)")
        }
        let withTest = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        _ = try school.service.setMark(teacher, page: TestSchool.mathPage, column: withTest.columns[1], pupil: TestSchool.ivanova, value: .grade(2),
                                       replacing: nil)
        let averages = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
            .averages(for: TestSchool.ivanova)
        XCTAssertEqual(averages.plain ?? 0, 3.5, accuracy: 0.001)
        XCTAssertEqual(averages.weighted ?? 0, 3.0, accuracy: 0.001, "(5·1 + 2·2) / 3")
    }

    func testHomeListsTodaysLessonsAndOpenablePages() throws {
        let home = try school.service.home(try school.signIn("teacher"))
        XCTAssertEqual(home.today, TestSchool.lessonDay)
        XCTAssertEqual(home.todaysLessons.map(\.page.title), ["5А · Математика"])
        XCTAssertEqual(home.pages.map(\.title), ["5А · Математика", "5А · Русский язык"])
        XCTAssertEqual(home.editablePages, [TestSchool.mathPage])
    }

    func testATeacherCannotOpenAnotherClassesPage() throws {
        XCTAssertThrowsError(try school.service.marksGrid(
            try school.signIn("teacher"), page: TestSchool.firstGradeMathPage, period: TestSchool.quarter2
        )) { XCTAssertEqual($0 as? JournalError, .accessDenied(.verbatim("1А · Математика"))) }
    }

    func testTheAdministrationReadsEveryPageButEditsNone() throws {
        let grid = try school.service.marksGrid(try school.signIn("admin"), page: TestSchool.mathPage, period: TestSchool.quarter2)
        XCTAssertFalse(grid.columns.contains(where: \.isEditable))
    }
}
