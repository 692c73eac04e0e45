import EzhCore
import EzhService
import XCTest

/// Announcements reach exactly their audience while they last; a class's events reach its
/// families and teachers and are kept by its class teacher only.
final class BoardTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
    }

    override func tearDown() {
        school.remove()
    }

    /// Who of the fixture's accounts sees each announcement today.
    private func audience() throws -> [String: [String]] {
        var seen: [String: [String]] = [:]
        for login in ["teacher", "other", "admin", "deputy", "parent", "pupil", "director"] {
            for announcement in try school.service.currentAnnouncements(try school.signIn(login)) {
                seen[announcement.title, default: []].append(login)
            }
        }
        return seen
    }

    func testAnnouncementsReachExactlyTheirAudienceAndExpire() throws {
        let deputy = try school.signIn("deputy")
        let friday = TestSchool.lessonDay
        try school.service.postAnnouncement(deputy, AnnouncementDraft(
            title: "Собрание родителей пятых классов", body: "В пятницу в 18:00", audience: AnnouncementAudience(roles: [.parent], grades: [5]),
            lastDay: friday.adding(days: 2)))
        try school.service.postAnnouncement(deputy, AnnouncementDraft(
            title: "Экскурсия 1А", body: "", audience: AnnouncementAudience(classes: [ClassID(2)]), lastDay: friday.adding(days: 10)))
        try school.service.postAnnouncement(try school.signIn("admin"), AnnouncementDraft(
            title: "Педсовет", body: "", audience: AnnouncementAudience(roles: [.teacher, .deputy, .director]), lastDay: friday))
        try school.service.postAnnouncement(deputy, AnnouncementDraft(
            title: "Всем", body: "", audience: AnnouncementAudience(), lastDay: friday))
        XCTAssertEqual(try audience(), [
            // The parent's child is in 5А; the pupil, though in 5А, is not a parent.
            "Собрание родителей пятых классов": ["parent"],
            // 1А's teacher, and the administration; not 5А's class teacher nor 5А's family.
            "Экскурсия 1А": ["other", "admin", "deputy", "director"],
            "Педсовет": ["teacher", "other", "deputy", "director"],
            "Всем": ["teacher", "other", "admin", "deputy", "parent", "pupil", "director"],
        ])
        school.clock.advance(by: 86400)
        XCTAssertEqual(try audience().keys.sorted(), ["Собрание родителей пятых классов", "Экскурсия 1А"], "the last day was Friday")
        school.clock.advance(by: 2 * 86400)
        XCTAssertEqual(try audience().keys.sorted(), ["Экскурсия 1А"])
    }

    func testOnlyTheAdministrationPostsAndAnAnnouncementIsChecked() throws {
        let draft = AnnouncementDraft(title: "Каникулы", body: "", audience: AnnouncementAudience(), lastDay: TestSchool.lessonDay)
        XCTAssertThrowsError(try school.service.postAnnouncement(try school.signIn("teacher"), draft))
        XCTAssertThrowsError(try school.service.postAnnouncement(try school.signIn("parent"), draft))
        let deputy = try school.signIn("deputy")
        XCTAssertThrowsError(try school.service.postAnnouncement(deputy, AnnouncementDraft(
            title: "Каникулы", body: "", audience: AnnouncementAudience(), lastDay: TestSchool.lessonDay.adding(days: -1)))) { error in
            XCTAssertEqual((error as? JournalError)?.message(in: .ru), "Показывать до: дата от сегодняшней (27.11.2026) до года вперёд")
        }
        XCTAssertThrowsError(try school.service.postAnnouncement(deputy, AnnouncementDraft(
            title: "Каникулы", body: "", audience: AnnouncementAudience(classes: [ClassID(99)]), lastDay: TestSchool.lessonDay)))
        let id = try school.service.postAnnouncement(deputy, draft)
        try school.service.editAnnouncement(deputy, id: id, AnnouncementDraft(
            title: "Зимние каникулы", body: "с 29.12", audience: AnnouncementAudience(), lastDay: TestSchool.lessonDay.adding(days: 3)))
        XCTAssertEqual(try school.service.currentAnnouncements(try school.signIn("pupil")).map(\.title), ["Зимние каникулы"])
        try school.service.removeAnnouncement(deputy, id: id)
        XCTAssertEqual(try school.service.currentAnnouncements(try school.signIn("pupil")), [])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'announcement'"), 5,
                       "posted, title, body, last day, removed")
    }

    func testTheClassTeacherKeepsTheClassEventsAndItsFamiliesSeeThem() throws {
        let teacher = try school.signIn("teacher")
        let meeting = try school.service.addClassEvent(teacher, classID: ClassID(1), ClassEventDraft(
            date: LocalDate(year: 2026, month: 11, day: 30), time: "18:00", title: "Родительское собрание", place: "каб. 21"))
        try school.service.addClassEvent(teacher, classID: ClassID(1), ClassEventDraft(
            date: LocalDate(year: 2026, month: 12, day: 5), time: "", title: "Поход в театр", place: ""))
        XCTAssertThrowsError(try school.service.addClassEvent(teacher, classID: ClassID(1), ClassEventDraft(
            date: TestSchool.lessonDay, time: "25:00", title: "Классный час", place: ""))) { error in
            XCTAssertEqual((error as? JournalError)?.message(in: .ru), "Время: «25:00» не время; ЧЧ:ММ, например 15:00, или пусто")
        }
        // 1А's class teacher keeps 1А's events only.
        XCTAssertThrowsError(try school.service.addClassEvent(try school.signIn("other"), classID: ClassID(1), ClassEventDraft(
            date: TestSchool.lessonDay, time: "", title: "Чужое", place: "")))
        XCTAssertThrowsError(try school.service.removeClassEvent(try school.signIn("other"), id: meeting))

        let parent = try school.signIn("parent")
        XCTAssertEqual(try school.service.upcomingClassEvents(parent).map(\.title), ["Родительское собрание"], "this month's from today")
        XCTAssertEqual(try school.service.familyClassEvents(parent, pupil: TestSchool.ivanova, monthOf: LocalDate(year: 2026, month: 12, day: 1))
            .map(\.title), ["Поход в театр"])
        XCTAssertThrowsError(try school.service.familyClassEvents(parent, pupil: TestSchool.alexeev, monthOf: TestSchool.lessonDay),
                             "another family's child")
        XCTAssertEqual(try school.service.upcomingClassEvents(try school.signIn("other")).map(\.title), ["Родительское собрание"],
                       "5А's Russian teacher")
        XCTAssertEqual(try school.service.upcomingClassEvents(try school.signIn("admin")), [], "no class of their own")
        XCTAssertThrowsError(try school.service.classEvents(parent, classID: ClassID(1), monthOf: TestSchool.lessonDay),
                             "a family reads its own child's class's events only through the diary")

        try school.service.editClassEvent(teacher, id: meeting, ClassEventDraft(
            date: LocalDate(year: 2026, month: 11, day: 30), time: "18:30", title: "Родительское собрание", place: "актовый зал"))
        XCTAssertEqual(try school.service.classEvents(try school.signIn("deputy"), classID: ClassID(1), monthOf: TestSchool.lessonDay)
            .map { "\($0.date.dayMonth) \($0.time) \($0.place)" }, ["30.11 18:30 актовый зал"])
        try school.service.removeClassEvent(teacher, id: meeting)
        XCTAssertEqual(try school.service.upcomingClassEvents(parent), [])
    }
}
