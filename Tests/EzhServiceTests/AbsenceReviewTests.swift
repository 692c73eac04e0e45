import EzhCore
import EzhService
import XCTest

final class AbsenceReviewTests: XCTestCase {
    private var school: TestSchool!
    private let friday = TestSchool.lessonDay

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 12, 0))
        let teacher = try school.signIn("teacher")
        for pupil in [TestSchool.alexeev, TestSchool.ivanova] {
            try school.service.setAttendance(
                teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: pupil, code: .absent, replacing: nil
            )
        }
    }

    override func tearDown() {
        school.remove()
    }

    func testTheClassTeacherTurnsEachНIntoAReasonDaysLater() throws {
        let classTeacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(friday.adding(days: 3), 22, 30))
        let week = SchoolWeek.containing(friday)
        var review = try school.service.absenceReview(classTeacher, classID: ClassID(1), week: week)
        XCTAssertEqual(review.uncorrectedCount, 2)
        XCTAssertEqual(review.entries.map(\.pupil.name.last), ["Алексеев", "Иванова"])

        try school.service.correctAbsence(
            classTeacher, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: .absent,
            note: "справка № 17"
        )
        review = try school.service.absenceReview(classTeacher, classID: ClassID(1), week: week)
        XCTAssertEqual(review.uncorrectedCount, 1)
        XCTAssertEqual(review.entries.first?.code, .ill)
        XCTAssertEqual(review.entries.first?.note, "справка № 17")
    }

    func testRemovingAnAbsenceEnteredInErrorNeedsAReason() throws {
        let classTeacher = try school.signIn("teacher")
        XCTAssertThrowsError(try school.service.correctAbsence(
            classTeacher, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: nil, replacing: .absent
        ))
        try school.service.correctAbsence(
            classTeacher, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: nil, replacing: .absent,
            reason: "была на уроке"
        )
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'code (была на уроке)'"), 1)
    }

    func testALatenessStaysОПAndTheRefusalSaysWhy() throws {
        let teacher = try school.signIn("teacher")
        try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.yakovleva, code: .late, replacing: nil
        )
        school.clock.set(TestSchool.at(friday.adding(days: 3), 10, 0))
        for code in [AttendanceCode.unexcused, .ill, .excused, .exempt, .absent] {
            XCTAssertThrowsError(try school.service.correctAbsence(
                teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.yakovleva, code: code, replacing: .late
            )) { error in
                XCTAssertEqual((error as? JournalError)?.message(in: .ru),
                               "Опоздание (ОП): ученик был на уроке, ОП остаётся ОП; в Б, УП, НП или ОСВ переводится только Н",
                               "refusing \(code.rawValue)")
            }
        }
        let review = try school.service.absenceReview(teacher, classID: ClassID(1), week: SchoolWeek.containing(friday))
        XCTAssertEqual(review.entries.first { $0.pupil.id == TestSchool.yakovleva }?.code, .late)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE new_value = 'НП'"), 0)

        // Its note can still be written, and an ОП entered in error removed with a reason.
        try school.service.correctAbsence(
            teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.yakovleva, code: .late, replacing: .late, note: "автобус"
        )
        try school.service.correctAbsence(
            teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.yakovleva, code: nil, replacing: .late, reason: "пришла вовремя"
        )
        // An Н next to it still turns into НП.
        try school.service.correctAbsence(
            teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .unexcused, replacing: .absent
        )
    }

    func testOnlyTheClassTeacherOfThatClassCorrects() throws {
        XCTAssertThrowsError(try school.service.correctAbsence(
            try school.signIn("other"), lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: .absent
        ))
        XCTAssertThrowsError(try school.service.absenceReview(
            try school.signIn("other"), classID: ClassID(1), week: SchoolWeek.containing(friday)
        ))
    }

    func testTheReviewOpensOnTheCurrentWeekFromFriday() {
        XCTAssertEqual(SchoolWeek.defaultReview(today: friday).first, LocalDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(
            SchoolWeek.defaultReview(today: LocalDate(year: 2026, month: 11, day: 24)).first,
            LocalDate(year: 2026, month: 11, day: 16)
        )
    }
}

final class DueOverviewTests: XCTestCase {
    func testThePanelListsTodaysMissingEntriesAndWhatIsOverdue() throws {
        let school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 12, 0))
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Деление дробей", replacing: "")
        let due = try school.service.dueOverview(teacher)
        XCTAssertEqual(Set(due.today.map(\.kind)), [.attendance, .homework])
        XCTAssertEqual(due.today.first { $0.kind == .attendance }?.deadline, TestSchool.at(TestSchool.lessonDay, 21, 0))
        XCTAssertEqual(Set(due.overdue.filter { $0.lesson.lessonID == TestSchool.yesterdaysMath }.map(\.kind)),
                       [.attendance, .topic, .homework])
        XCTAssertEqual(TimeLeft.text(from: school.clock.now(), to: TestSchool.at(TestSchool.lessonDay, 21, 0), language: .ru),
                       "осталось 9 ч 0 мин")

        try school.service.confirmAttendance(teacher, lesson: TestSchool.todaysMath)
        XCTAssertEqual(Set(try school.service.dueOverview(teacher).today.map(\.kind)), [.homework])

        let deputyView = try school.service.dueOverviewOfAllTeachers(try school.signIn("deputy"))
        XCTAssertEqual(deputyView.first?.teacherName, "Петрова О.И.")
    }
}
