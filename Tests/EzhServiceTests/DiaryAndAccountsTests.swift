import EzhCore
import EzhService
import EzhStore
import XCTest

final class DiaryTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        let teacher = try school.signIn("teacher")
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        var column = try XCTUnwrap(grid.columns.last)
        column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova, value: .grade(5), replacing: nil)
        _ = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.alexeev, value: .grade(2), replacing: nil)
        try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 214", replacing: "")
        try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .late, replacing: nil
        )
    }

    override func tearDown() {
        school.remove()
    }

    func testAParentReadsTheirChildsMarksHomeworkAndAttendance() throws {
        let parent = try school.signIn("parent")
        XCTAssertEqual(try school.service.diaryPupils(parent).map(\.name.first), ["Анна"])
        let diary = try school.service.diary(parent, pupil: TestSchool.ivanova)
        XCTAssertEqual(diary.subjects.map(\.subject), ["Математика"])
        XCTAssertEqual(diary.subjects.first?.marks.map(\.value), [.grade(5)])
        XCTAssertEqual(diary.weekLessons.first { $0.subject == "Математика" && $0.date == TestSchool.lessonDay }?.homework, "№ 214")
        XCTAssertTrue(diary.absences.isEmpty)
    }

    func testNoParentOrPupilReadsAnotherPupilsDiary() throws {
        for login in ["parent", "pupil"] {
            let session = try school.signIn(login)
            XCTAssertThrowsError(try school.service.diary(session, pupil: TestSchool.alexeev), login) {
                guard case .accessDenied = $0 as? JournalError else { return XCTFail("\($0)") }
            }
            XCTAssertThrowsError(try school.service.marksGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2))
            XCTAssertThrowsError(try school.service.attendanceGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2))
            XCTAssertThrowsError(try school.service.absenceReview(session, classID: ClassID(1), week: SchoolWeek.containing(TestSchool.lessonDay)))
            XCTAssertTrue(try school.service.home(session).pages.isEmpty, "\(login) opens no journal page")
        }
        XCTAssertEqual(try school.service.diaryPupils(try school.signIn("pupil")).map(\.id), [TestSchool.ivanova])
        XCTAssertTrue(try school.service.diaryPupils(try school.signIn("teacher")).isEmpty)
    }
}

final class AccountManagementTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testTheAdministratorCreatesAStaffAccountWithAOneTimePassword() throws {
        let credentials = try school.service.createStaffAccount(
            try school.signIn("admin"), staff: StaffID(2), roles: [.teacher]
        )
        XCTAssertEqual(credentials.login, "sidorov.pa")
        let session = try school.service.signIn(login: credentials.login, password: credentials.oneTimePassword)
        XCTAssertTrue(session.mustChangePassword)
        let changed = try school.service.changePassword(session, old: credentials.oneTimePassword, new: "Свой-пароль-1")
        XCTAssertFalse(changed.mustChangePassword)
        XCTAssertThrowsError(try school.service.signIn(login: credentials.login, password: credentials.oneTimePassword))
    }

    func testAClassTeacherIssuesCredentialsToTheirClassOnly() throws {
        let classTeacher = try school.signIn("teacher")
        let credentials = try school.service.createFamilyAccount(classTeacher, holder: .parent(ParentID(2)))
        XCTAssertEqual(credentials.login, "alekseeva.oi")
        let slip = credentials.slip(school: school.service.schoolName)
        XCTAssertTrue(slip.contains("Логин:  alekseeva.oi"))
        XCTAssertTrue(slip.contains(credentials.oneTimePassword))
        XCTAssertThrowsError(try school.service.createFamilyAccount(try school.signIn("other"), holder: .pupil(TestSchool.yakovleva)))
        XCTAssertThrowsError(try school.service.createFamilyAccount(classTeacher, holder: .pupil(TestSchool.firstGrader)),
                             "1А is not this teacher's class")
        XCTAssertThrowsError(try school.service.resetPassword(classTeacher, login: "other"), "staff passwords are the administrator's")
        let reset = try school.service.resetPassword(classTeacher, login: "parent")
        XCTAssertTrue(try school.service.signIn(login: "parent", password: reset.oneTimePassword).mustChangePassword)
    }

    func testPasswordPolicy() {
        XCTAssertThrowsError(try PasswordPolicy.check("short", login: "teacher"))
        XCTAssertThrowsError(try PasswordPolicy.check("Teacher", login: "teacher"))
        XCTAssertThrowsError(try PasswordPolicy.check("teacher1", login: "teacher1"))
        XCTAssertNoThrow(try PasswordPolicy.check("длинный пароль", login: "teacher"))
    }
}
