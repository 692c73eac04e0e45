import EzhCore
import EzhService
import XCTest

final class AttendanceEntryTests: XCTestCase {
    private var school: TestSchool!
    private var teacher: Session!

    override func setUpWithError() throws {
        school = try TestSchool()
        teacher = try school.signIn("teacher")
    }

    override func tearDown() {
        school.remove()
    }

    func testAnAbsenceIsStoredWithHistory() throws {
        try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .absent, replacing: nil
        )
        let grid = try school.service.attendanceGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let index = try XCTUnwrap(grid.columns.firstIndex { $0.lessonID == TestSchool.todaysMath })
        XCTAssertEqual(grid.value(pupil: TestSchool.alexeev, column: index), .absent)
        let history = try school.service.attendanceHistory(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev
        )
        XCTAssertEqual(history.map(\.newValue), ["Н"])
    }

    func testCodesOfTheClassTeachersCorrectionAreRefusedInTheSubjectGrid() throws {
        XCTAssertThrowsError(try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: nil
        )) { XCTAssertEqual($0 as? JournalError, .codeNotForSubjectTeacher(.ill)) }
        XCTAssertEqual(try school.count("SELECT count(*) FROM attendance"), 0)
    }

    func testTypedKeysMeanTheSameCodeInEitherKeyboardLayout() {
        for key: Character in ["н", "Н", "y", "Y"] {
            XCTAssertEqual(AttendanceCode.fromTypedKey(key), .absent)
        }
        XCTAssertEqual(AttendanceCode.fromTypedKey("о"), .late)
        XCTAssertNil(AttendanceCode.fromTypedKey("x"))
    }
}
