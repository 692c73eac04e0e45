import Foundation
import XCTest

/// Notices and announcements on the real binary, three processes on one demo journal: 5А's class
/// teacher reads a prepared notice and cancels (nothing is sent), sets it aside with a reason; the
/// deputy posts an announcement to the parents of 5А; the demo parent reads it in the diary, and
/// the class teacher's own start screen does not show it.
final class NoticesJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    func testNothingIsSentUnseenAndAnAnnouncementReachesItsAudienceOnly() throws {
        let teacher = try TmuxSession.demo(database: database, home: folder.path)
        try teacher.signInToDemo(as: "teacher", timeout: 120)
        try teacher.press("C-d")
        try teacher.wait(forText: "Уведомления родителям 5А")
        let list = try teacher.wait(forText: "Ждут проверки: 7")
        XCTAssertTrue(list.contains { $0.contains("Воробьёв Артём") && $0.contains("ждёт") && $0.contains("Музыка 2.00") },
                      list.joined(separator: "\n"))
        try teacher.press("F5")
        try teacher.wait(forText: "Отправить родителям: Воробьёв Артём?")
        try teacher.press("Escape")
        try teacher.wait(forText: "F5 Отправить")
        XCTAssertEqual(try sql("SELECT count(*) FROM notice WHERE state = 'draft'"), "7")
        XCTAssertEqual(try sql("SELECT count(*) FROM message WHERE kind = 'notice'"), "0", "cancelled: nothing sent")
        try teacher.press("DC")
        try teacher.wait(forText: "Почему не отправлять")
        try teacher.type("беседа с родителями 26.11")
        try teacher.press("Enter")
        try teacher.wait(forText: "Не отправляется: Воробьёв Артём")
        XCTAssertEqual(try sql("SELECT count(*) FROM notice WHERE state = 'dismissed'"), "1")

        let deputy = try TmuxSession.demo(database: database, home: folder.path)
        try deputy.signInToDemo(as: "deputy")
        try deputy.press("C-x")
        try deputy.wait(forText: "Объявлений нет")
        try deputy.press("F2")
        try deputy.wait(forText: "Новое объявление")
        try deputy.type("Собрание 5А")
        try deputy.press("Tab")
        try deputy.type("в пятницу в 18:00")
        try deputy.press("Tab")
        try deputy.type("родители")
        try deputy.press("Tab", "Tab")
        try deputy.type("5а")
        try deputy.press("Enter")
        try deputy.wait(forText: "Объявление опубликовано: Собрание 5А")

        let parent = try TmuxSession.demo(database: database, home: folder.path)
        try parent.wait(forText: "Пароль:", timeout: 60)
        try parent.type("parent")
        try parent.press("Enter")
        try parent.type("demo")
        try parent.press("Enter")
        try parent.wait(forText: "Дневник")
        try parent.press("BTab")
        try parent.wait(forText: "Собрание 5А: в пятницу в 18:00")

        try teacher.press("Escape")
        let home = try teacher.wait(forText: "Журналы")
        XCTAssertFalse(home.contains { $0.contains("Собрание 5А") }, "for parents only: " + home.joined(separator: "\n"))
        for session in [teacher, deputy, parent] {
            try session.press("F10")
            try session.waitForExit()
        }
    }
}
