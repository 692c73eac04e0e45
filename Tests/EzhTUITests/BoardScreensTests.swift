import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// Announcements (the deputy's editor, and the home screens of those they are for) and the class
/// teacher's events of the month.
final class BoardScreensTests: XCTestCase {
    func testTheDeputyPostsAnAnnouncementToAnAudience() {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.control("x"))
        XCTAssertTrue(t.screen.line(0).contains("Объявления"), t.text)
        XCTAssertTrue(t.text.contains("Объявлений нет. Написать новое — F2."), t.text)
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("Новое объявление"), t.text)
        XCTAssertTrue(t.text.contains("04.12.2026"), "shown a week by default: " + t.text)
        t.type("Родительское собрание")
        t.press(.tab)
        t.type("В пятницу в 18:00, актовый зал")
        t.press(.tab)
        t.type("родители")
        t.press(.tab)
        t.type("5")
        t.press(.tab)
        t.type("9Я")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Классы: «9Я» — нет такого класса в этом году")
        t.erase(2)
        t.type("5а")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["announcement «Родительское собрание» to [\"parent\"] grades [5] classes [\(Fixture.math.classID)] until 04.12.2026"])
        XCTAssertEqual(t.status, "Объявление опубликовано: Родительское собрание")
        XCTAssertTrue(t.screen.line(2).contains("Родительское собрание") && t.screen.line(2).contains("до 04.12")
                      && t.screen.line(2).contains("родитель · параллели 5 · 5А"), t.screen.line(2))
    }

    func testAnnouncementsShowOnTheHomeScreensOfTheirAudienceOnly() {
        let t = TestApp()
        let day = FakeJournal.today
        t.journal.board.announcements = [
            Announcement(id: 1, title: "Педсовет", body: "в 15:00", audience: AnnouncementAudience(roles: [.teacher]),
                         author: PersonName(last: "Завучева", first: "Ольга"), postedOn: day, lastDay: day),
            Announcement(id: 2, title: "Собрание", body: "", audience: AnnouncementAudience(roles: [.parent]),
                         author: PersonName(last: "Завучева", first: "Ольга"), postedOn: day, lastDay: day.adding(days: 3)),
            Announcement(id: 3, title: "Прошедшее", body: "", audience: AnnouncementAudience(),
                         author: PersonName(last: "Завучева", first: "Ольга"), postedOn: day.adding(days: -9), lastDay: day.adding(days: -1)),
        ]
        t.signIn()
        XCTAssertEqual(t.screen.line(3).trimmingCharacters(in: .whitespaces), "Объявления")
        XCTAssertEqual(t.screen.line(4).trimmingCharacters(in: .whitespaces), "Педсовет: в 15:00")
        XCTAssertFalse(t.text.contains("Собрание"), "the parents' announcement is not the teacher's")
        XCTAssertFalse(t.text.contains("Прошедшее"), "an ended announcement is not shown")

        let parent = TestApp()
        parent.journal.board.announcements = t.journal.board.announcements
        parent.signIn(as: "parent")
        parent.press(.enter)
        for _ in 0..<3 { parent.press(.tab) }
        XCTAssertTrue(parent.screen.line(1).contains("[Объявления]"), parent.screen.line(1))
        XCTAssertTrue(parent.text.contains("Собрание"), parent.text)
        XCTAssertFalse(parent.text.contains("Педсовет"), parent.text)
    }

    func testTheClassTeacherAddsAnEventAndTheHomeScreenShowsIt() {
        let t = TestApp()
        t.signIn()
        t.press(.control("v"))
        XCTAssertTrue(t.screen.line(0).contains("Мероприятия 5А · ноябрь 2026"), t.screen.line(0))
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("27.11.2026"), "today's date to start from: " + t.text)
        t.press(.tab)
        t.type("25:00")
        t.press(.tab)
        t.type("Родительское собрание")
        t.press(.tab)
        t.type("каб. 21")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["event 27.11.2026 «25:00» «Родительское собрание» «каб. 21»"],
                       "the fake takes any time; the service checks it (BoardTests)")
        XCTAssertTrue(t.screen.line(2).contains("27.11  25:00  Родительское собрание  каб. 21"), t.screen.line(2))
        t.press(.right)
        XCTAssertTrue(t.screen.line(0).contains("декабрь 2026"), t.screen.line(0))
        XCTAssertTrue(t.text.contains("В этом месяце мероприятий нет"), t.text)
        t.press(.escape)
        XCTAssertTrue(t.text.contains("Мероприятия класса в этом месяце"), t.text)
        XCTAssertTrue(t.text.contains("5А  27.11  25:00  Родительское собрание  каб. 21"), t.text)
    }
}
