import EzhCore
import EzhDemo
import EzhService
import EzhStore
import GRDB
import XCTest
@testable import EzhWeb

/// The school's board on the web: a parent sees the announcements addressed to them while they
/// last (on «Новости» and atop the first page), and their child's class events month by month;
/// nothing addressed to another class, grade or role, nothing expired, no other class's events.
/// The tab bar counts unread messages.
final class WebBoardTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    private func classID(_ name: String) throws -> ClassID {
        let classes = try fixture.service.announcementClasses(fixture.signIn("deputy"))
        return try XCTUnwrap(classes.first { $0.name.description == name }?.id, name)
    }

    private func post(_ title: String, _ audience: AnnouncementAudience, days: Int, body: String = "") throws {
        try fixture.service.postAnnouncement(fixture.signIn("deputy"), AnnouncementDraft(
            title: title, body: body, audience: audience, lastDay: WebFixture.today.adding(days: days)))
    }

    func testAParentSeesOnlyTheAnnouncementsAddressedToThemWhileTheyLast() async throws {
        let fixture = fixture!
        try post("Родительское собрание 5-х классов", AnnouncementAudience(roles: [.parent], grades: [5]), days: 7,
                 body: "В четверг в 18:00, актовый зал.\nПриходите <обязательно>.")
        try post("Субботник", AnnouncementAudience(), days: 0)
        try post("Экскурсия 5Б", AnnouncementAudience(classes: [try classID("5Б")]), days: 7)
        try post("Олимпиада 7-х классов", AnnouncementAudience(grades: [7]), days: 7)
        try post("Педсовет", AnnouncementAudience(roles: [.teacher, .deputy, .director]), days: 7)
        try post("Для учеников 5А", AnnouncementAudience(roles: [.pupil], classes: [try classID("5А")]), days: 7)
        let child = try XCTUnwrap(fixture.service.diaryPupils(fixture.signIn("parent")).first)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let news = try await visitor.get("/news")
            XCTAssertEqual(news.status, .ok)
            XCTAssertTrue(news.body.contains("Родительское собрание 5-х классов"))
            XCTAssertTrue(news.body.contains("Приходите &lt;обязательно&gt;."), "the text, escaped")
            XCTAssertTrue(news.body.contains("до 04.12.2026"), "until its last day")
            XCTAssertTrue(news.body.contains("Субботник"), "to the whole school")
            for other in ["Экскурсия 5Б", "Олимпиада 7-х классов", "Педсовет", "Для учеников 5А"] {
                XCTAssertFalse(news.body.contains(other), "«\(other)» is not for 5А's parent")
            }
            // The first page after sign-in (the only child's marks) lists them at the top.
            let marks = try await visitor.get("/pupil/\(child.id.rawValue)")
            XCTAssertTrue(marks.body.contains("<a href=\"/news#a"), "the announcements' titles link to their text")
            XCTAssertTrue(marks.body.contains("Субботник"))
            XCTAssertFalse(marks.body.contains("Педсовет"))
            // The pupil of 5А sees the pupils' one, not the parents'.
            let pupil = Visitor(client)
            try await pupil.signIn("pupil")
            let pupilsNews = try await pupil.get("/news")
            XCTAssertTrue(pupilsNews.body.contains("Для учеников 5А"))
            XCTAssertFalse(pupilsNews.body.contains("Родительское собрание 5-х классов"))

            // A day on, the session has ended too: sign in again.
            fixture.clock.advance(by: 86400)
            try await visitor.signIn("parent")
            let tomorrow = try await visitor.get("/news")
            XCTAssertFalse(tomorrow.body.contains("Субботник"), "its last day was yesterday")
            XCTAssertTrue(tomorrow.body.contains("Родительское собрание 5-х классов"))
            fixture.clock.advance(by: 7 * 86400)
            try await visitor.signIn("parent")
            let later = try await visitor.get("/news")
            XCTAssertFalse(later.body.contains("Родительское собрание"))
            XCTAssertTrue(later.body.contains("Объявлений сейчас нет."))
            let quiet = try await visitor.get("/pupil/\(child.id.rawValue)")
            XCTAssertFalse(quiet.body.contains("class=\"card board\""), "no announcements, no block")
        }
    }

    func testAParentSeesTheChildsClassEventsMonthByMonthAndNoOtherClasss() async throws {
        let fixture = fixture!
        let teacher = try fixture.signIn("teacher")
        let fifthA = try classID("5А"), fifthB = try classID("5Б")
        try fixture.service.addClassEvent(teacher, classID: fifthA, ClassEventDraft(
            date: LocalDate(year: 2026, month: 11, day: 30), time: "18:00", title: "Родительское собрание", place: "каб. 21"))
        try fixture.service.addClassEvent(teacher, classID: fifthA, ClassEventDraft(
            date: LocalDate(year: 2026, month: 11, day: 10), time: "", title: "Классный час <о дружбе>", place: ""))
        try fixture.service.addClassEvent(teacher, classID: fifthA, ClassEventDraft(
            date: LocalDate(year: 2026, month: 12, day: 5), time: "", title: "Поход в театр", place: "ТЮЗ"))
        let author = teacher.accountID
        try await fixture.store.pool.write { db in
            _ = try BoardQueries.insertEvent(classID: fifthB, date: LocalDate(year: 2026, month: 11, day: 30), time: "",
                                             title: "Экскурсия 5Б", place: "", author: author, db)
        }
        let child = try XCTUnwrap(fixture.service.diaryPupils(fixture.signIn("parent")).first)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let events = try await visitor.get("/pupil/\(child.id.rawValue)/events")
            XCTAssertEqual(events.status, .ok)
            XCTAssertTrue(events.body.contains("События 5А · ноябрь 2026"))
            XCTAssertTrue(events.body.contains("Родительское собрание"))
            XCTAssertTrue(events.body.contains("Понедельник, 30.11.2026 · 18:00"))
            XCTAssertTrue(events.body.contains("каб. 21"))
            XCTAssertTrue(events.body.contains("Классный час &lt;о дружбе&gt;"), "escaped")
            XCTAssertTrue(events.body.contains("class=\"event past\""), "the 10th is over")
            XCTAssertFalse(events.body.contains("Поход в театр"), "December's")
            XCTAssertFalse(events.body.contains("Экскурсия 5Б"), "another class's")
            XCTAssertTrue(events.body.contains("?month=2026-12"), "a link to the next month")
            let december = try await visitor.get("/pupil/\(child.id.rawValue)/events?month=2026-12")
            XCTAssertTrue(december.body.contains("Поход в театр"))
            XCTAssertTrue(december.body.contains("ТЮЗ"))
            XCTAssertFalse(december.body.contains("Родительское собрание"))
            let nonsense = try await visitor.get("/pupil/\(child.id.rawValue)/events?month=soon")
            XCTAssertEqual(nonsense.status, .ok, "an address typed wrong shows this month")
            XCTAssertTrue(nonsense.body.contains("Родительское собрание"))
            let news = try await visitor.get("/news")
            XCTAssertTrue(news.body.contains("События 5А · ноябрь 2026"))
            XCTAssertTrue(news.body.contains("Родительское собрание"))
            XCTAssertFalse(news.body.contains("Экскурсия 5Б"))
            XCTAssertTrue(news.body.contains("href=\"/pupil/\(child.id.rawValue)/events\""))
        }
        // Each events page is a read of the child's diary in the access log, made on the web.
        let logged = try await fixture.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT object FROM access_log WHERE login = 'parent' AND terminal LIKE 'web%' AND action = 'read'")
        }
        XCTAssertEqual(logged.filter { $0 == "мероприятия класса ученика \(child.id)" }.count, 4)
    }

    func testTheTabBarCountsUnreadMessages() async throws {
        let fixture = fixture!
        let teacher = try fixture.signIn("teacher")
        let parent = try fixture.signIn("parent")
        let child = try XCTUnwrap(fixture.service.diaryPupils(parent).first)
        // The demo's own message from the class teacher is read first: the count starts at none.
        for thread in try fixture.service.messageThreads(parent) { _ = try fixture.service.openMessageThread(parent, thread.id) }
        let first = try XCTUnwrap(fixture.service.startMessageThread(teacher, to: .family(child.id), subject: "Экскурсия", body: "Согласие?").threads.first)
        _ = try fixture.service.startMessageThread(teacher, to: .family(child.id), subject: "Форма", body: "Нужна спортивная форма.")
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let marks = try await visitor.get("/pupil/\(child.id.rawValue)")
            XCTAssertTrue(marks.body.contains(">Сообщения (2)</a>"), "two unread")
            let thread = try await visitor.get("/messages/\(first.rawValue)")
            XCTAssertTrue(thread.body.contains(">Сообщения (1)</a>"), "the one just opened is read")
            let news = try await visitor.get("/news")
            XCTAssertTrue(news.body.contains(">Сообщения (1)</a>"))
        }
        for thread in try fixture.service.messageThreads(parent) { _ = try fixture.service.openMessageThread(parent, thread.id) }
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let marks = try await visitor.get("/pupil/\(child.id.rawValue)")
            XCTAssertTrue(marks.body.contains(">Сообщения</a>"), "none unread: no count")
        }
    }

    func testTheBoardInEnglish() async throws {
        let fixture = fixture!
        try post("Субботник", AnnouncementAudience(), days: 3)
        let parent = try fixture.signIn("parent")
        _ = try fixture.service.setPreferences(parent, language: .en, keymapName: nil)
        let child = try XCTUnwrap(fixture.service.diaryPupils(parent).first)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let news = try await visitor.get("/news")
            XCTAssertTrue(news.body.contains("<h1>News</h1>"))
            XCTAssertTrue(news.body.contains("until 30.11.2026"))
            XCTAssertTrue(news.body.contains("5А events · November 2026"))
            let events = try await visitor.get("/pupil/\(child.id.rawValue)/events")
            XCTAssertTrue(events.body.contains("No events this month."))
            XCTAssertTrue(events.body.contains(">Events</a>"))
        }
    }
}
