import EzhCore
import EzhService
import GRDB
import XCTest

/// The class teacher's overview of filling: 5А's subjects × the days of the week of 23–27
/// November, each lesson with what its teacher has entered.
final class ClassWeekOverviewTests: XCTestCase {
    private var school: TestSchool!
    private let week = SchoolWeek.containing(TestSchool.lessonDay)
    private let thursday = LocalDate(year: 2026, month: 11, day: 26)

    override func setUpWithError() throws {
        // Friday 11:00: today's mathematics (10:30) has begun, Russian (11:35) has not.
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 11, 0))
        let teacher = try school.signIn("teacher")
        try school.service.confirmAttendance(teacher, lesson: TestSchool.todaysMath)
        try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 12", replacing: "")
        // Thursday's lesson: a topic, a mark, and homework written on Friday morning, after
        // rule 2's window (an hour after the pupils' last lesson on Thursday) had closed.
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE lesson SET topic = 'Дроби', homework = '№ 10' WHERE id = 2;
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (10, 2, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (10, 1, '4', '2026-11-26T07:00:00.000Z', 1);
                INSERT INTO change_history (entity, entity_key, field, old_value, new_value, account_id, changed_at, terminal)
                    VALUES ('lesson', 'lesson=2', 'homework', '', '№ 10', 1, '2026-11-27T05:00:00.000Z', 'pts/7');
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    func testEachSubjectShowsItsLessonsDayByDayWithWhatWasEntered() throws {
        let overview = try school.service.classWeekOverview(try school.signIn("teacher"), classID: ClassID(1), week: week)
        XCTAssertEqual(overview.className.description, "5А")
        XCTAssertEqual(overview.days.map(\.iso), ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"])
        XCTAssertEqual(overview.rows.map(\.title), ["Математика", "Русский язык"])
        XCTAssertEqual(overview.rows.map(\.teacherName), ["Петрова О.И.", "Сидоров П.А."])

        let math = overview.rows[0]
        XCTAssertEqual(math.days[thursday], [LessonFill(
            lessonID: TestSchool.yesterdaysMath, lessonNumber: 2, isAhead: false, hasTopic: true, attendanceTaken: false, marks: 1,
            homework: .late, isOverdue: true
        )])
        XCTAssertEqual(math.days[TestSchool.lessonDay], [LessonFill(
            lessonID: TestSchool.todaysMath, lessonNumber: 3, isAhead: false, hasTopic: false, attendanceTaken: true, marks: 0,
            homework: .onTime, isOverdue: false
        )], "the topic is due by 21:00 today: not late yet")
        XCTAssertNil(math.days[LocalDate(year: 2026, month: 11, day: 23)], "no mathematics on Monday")
        XCTAssertEqual(overview.rows[1].days[TestSchool.lessonDay]?.map(\.isAhead), [true], "Russian has not begun")
        XCTAssertEqual(overview.rows[1].days[TestSchool.lessonDay]?.first?.isOverdue, false, "nothing is expected of it yet")
    }

    func testTheFirstWritingOfTheHomeworkDecidesWhetherItCameInTime() throws {
        try school.service.setHomework(try school.signIn("teacher"), lesson: TestSchool.todaysMath, homework: "№ 13", replacing: "№ 12")
        let overview = try school.service.classWeekOverview(try school.signIn("teacher"), classID: ClassID(1), week: week)
        XCTAssertEqual(overview.rows[0].days[TestSchool.lessonDay]?.first?.homework, .onTime, "the first writing decides")
    }

    func testAMissingTopicIsOverdueFrom21OnTheLessonsDay() throws {
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(TestSchool.lessonDay, 20, 59))
        XCTAssertEqual(try school.service.classWeekOverview(teacher, classID: ClassID(1), week: week)
            .rows[0].days[TestSchool.lessonDay]?.first?.isOverdue, false)
        school.clock.set(TestSchool.at(TestSchool.lessonDay, 21, 0))
        XCTAssertEqual(try school.service.classWeekOverview(teacher, classID: ClassID(1), week: week)
            .rows[0].days[TestSchool.lessonDay]?.first?.isOverdue, true)
    }

    func testOnlyTheClassTeacherAndTheAdministrationSeeIt() throws {
        XCTAssertThrowsError(try school.service.classWeekOverview(try school.signIn("other"), classID: ClassID(1), week: week))
        XCTAssertThrowsError(try school.service.classWeekOverview(try school.signIn("parent"), classID: ClassID(1), week: week))
        XCTAssertEqual(try school.service.classWeekOverview(try school.signIn("deputy"), classID: ClassID(1), week: week).rows.count, 2)
    }
}
