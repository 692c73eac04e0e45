import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Threads between the class teacher and a family: unread counts, read receipts, replies,
/// corrections as versions, history and the access log.
final class MessageThreadTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        try MessageFamilies.add(to: school)
    }

    override func tearDown() {
        school.remove()
    }

    func testAParentReadsTheClassTeachersMessageAndTheTeacherSeesWhenAndReplyComesBackUnread() throws {
        let teacher = try school.signIn("teacher")
        let parent = try school.signIn("parent")
        let sent = try school.service.startMessageThread(
            teacher, to: .parent(ParentID(1), pupil: TestSchool.ivanova), subject: "Контрольная", body: "Анна не сдала контрольную.\nПодойдите, пожалуйста."
        )
        let thread = try XCTUnwrap(sent.threads.first)
        XCTAssertEqual(try school.service.unreadMessageCount(parent), 1)
        XCTAssertEqual(try school.service.unreadMessageCount(teacher), 0, "one's own message is not unread")
        XCTAssertEqual(try school.service.unreadMessageCount(try school.signIn("mother")), 0, "written to the father only")
        let listed = try XCTUnwrap(try school.service.messageThreads(parent).first)
        XCTAssertEqual(listed.unreadCount, 1)
        XCTAssertEqual(listed.others.map(\.name.last), ["Петрова"])
        XCTAssertEqual(listed.pupilName?.first, "Анна")

        school.clock.advance(by: 600)
        let opened = try school.service.openMessageThread(parent, thread)
        XCTAssertEqual(opened.messages.map(\.body), ["Анна не сдала контрольную.\nПодойдите, пожалуйста."])
        XCTAssertEqual(try school.service.unreadMessageCount(parent), 0)

        let seen = try school.service.openMessageThread(teacher, thread)
        let receipt = try XCTUnwrap(seen.messages.first?.currentReceipts.first)
        XCTAssertEqual(receipt.reader.name.last, "Иванов")
        XCTAssertEqual(receipt.readAt, school.clock.now())

        school.clock.advance(by: 60)
        try school.service.replyToMessageThread(parent, thread, body: "Хорошо, зайду в четверг.")
        XCTAssertEqual(try school.service.unreadMessageCount(teacher), 1)
        XCTAssertEqual(try school.service.messageThreads(teacher).first?.unreadCount, 1)
        let reread = try school.service.openMessageThread(teacher, thread)
        XCTAssertEqual(reread.messages.map(\.author.role), [.staff, .parent])
        XCTAssertEqual(try school.service.unreadMessageCount(teacher), 0)
    }

    func testACorrectionIsANewVersionTheOldStaysAndReadersSeeItUnreadAgain() throws {
        let teacher = try school.signIn("teacher")
        let parent = try school.signIn("parent")
        let thread = try XCTUnwrap(try school.service.startMessageThread(
            teacher, to: .family(TestSchool.ivanova), subject: "Собрание", body: "Собрание в среду."
        ).threads.first)
        _ = try school.service.openMessageThread(parent, thread)
        let message = try XCTUnwrap(try school.service.openMessageThread(teacher, thread).messages.first)
        XCTAssertThrowsError(try school.service.correctMessage(parent, message.id, body: "Собрание отменено.")) {
            guard case .accessDenied = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        school.clock.advance(by: 60)
        try school.service.correctMessage(teacher, message.id, body: "Собрание в четверг.")
        XCTAssertEqual(try school.service.unreadMessageCount(parent), 1, "the corrected text is news")
        let corrected = try XCTUnwrap(try school.service.openMessageThread(parent, thread).messages.first)
        XCTAssertEqual(corrected.versions.map(\.body), ["Собрание в среду.", "Собрание в четверг."])
        XCTAssertEqual(corrected.receipts.map(\.version), [1, 2])
        XCTAssertEqual(try school.count("SELECT count(*) FROM message_version"), 2)
        XCTAssertThrowsError(try school.store.pool.write { try $0.execute(sql: "UPDATE message_version SET body = 'x'") })
        XCTAssertThrowsError(try school.store.pool.write { try $0.execute(sql: "DELETE FROM message") })
    }

    func testEveryMessageHasItsHistoryAndAccessLogEntriesWithoutItsText() throws {
        let teacher = try school.signIn("teacher")
        let thread = try XCTUnwrap(try school.service.startMessageThread(
            teacher, to: .family(TestSchool.ivanova), subject: "Тема", body: "Секретный текст письма"
        ).threads.first)
        try school.service.replyToMessageThread(try school.signIn("mother"), thread, body: "Ответ мамы")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'message_thread'"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'message'"), 2)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM access_log WHERE history_id IN (SELECT id FROM change_history WHERE entity LIKE 'message%')
            """), 3)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE new_value LIKE '%текст%' OR new_value LIKE '%Ответ%'"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE '%текст%' OR detail LIKE '%текст%'"), 0)
        _ = try school.service.openMessageThread(teacher, thread)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object = 'переписка № \(thread)' AND login = 'teacher'"), 1)
        guard case .intact = try school.service.verifyAccessLog() else { return XCTFail("the access log's chain is broken") }
    }

    func testAWholeClassGetsOneThreadPerFamilyAndFamiliesWithoutAccountsAreNamed() throws {
        let delivery = try school.service.startMessageThread(
            try school.signIn("teacher"), to: .classFamilies(ClassID(1)), subject: "Экскурсия", body: "В пятницу едем в музей."
        )
        XCTAssertEqual(delivery.threads.count, 2, "Иванова's parents and Алексеев's mother")
        XCTAssertEqual(delivery.unreachable.map(\.last), ["Яковлева"])
        let parent = try school.signIn("parent")
        let mine = try school.service.messageThreads(parent)
        XCTAssertEqual(mine.count, 1)
        XCTAssertEqual(Set(mine[0].others.map(\.name.first)), ["Ольга", "Марина"], "the teacher and the other parent of the same child")
        XCTAssertEqual(try school.service.messageThreads(try school.signIn("alekseeva")).first?.others.map(\.name.last), ["Петрова"])
    }

    func testEmptyAndEndlessMessagesAreRefusedAndLeaveNothing() throws {
        let teacher = try school.signIn("teacher")
        for (subject, body) in [("Тема", "  \n "), ("", "Текст"), ("Тема", String(repeating: "я", count: 4001))] {
            XCTAssertThrowsError(try school.service.startMessageThread(teacher, to: .family(TestSchool.ivanova), subject: subject, body: body))
        }
        XCTAssertThrowsError(try school.service.startMessageThread(
            teacher, to: .family(TestSchool.yakovleva), subject: "Тема", body: "Текст"
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("нет учётной записи") ?? false, "\($0)") }
        XCTAssertEqual(try school.count("SELECT count(*) FROM message_thread"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), 0)
    }

    func testNoticesJoinTheFamilysThreadAndAreCountedAsNotices() throws {
        let teacher = try school.signIn("teacher")
        let first = try school.service.writeToFamily(teacher, pupil: TestSchool.alexeev, subject: "Успеваемость", body: "Средний балл 2,4.", kind: .notice)
        let second = try school.service.writeToFamily(teacher, pupil: TestSchool.alexeev, subject: "Успеваемость", body: "Пропуски.", kind: .notice)
        XCTAssertEqual(first, second)
        XCTAssertEqual(try school.service.openMessageThread(try school.signIn("alekseeva"), first).messages.map(\.kind), [.notice, .notice])
        XCTAssertThrowsError(try school.service.writeToFamily(try school.signIn("other"), pupil: TestSchool.firstGrader, subject: "Т", body: "Т"),
                             "1А's parents have no account")
    }

    func testAStaffMemberWritesToTheDeputy() throws {
        let thread = try XCTUnwrap(try school.service.startMessageThread(
            try school.signIn("other"), to: .deputy, subject: "Замена", body: "Прошу замену на пятницу."
        ).threads.first)
        let deputy = try school.signIn("deputy")
        XCTAssertEqual(try school.service.unreadMessageCount(deputy), 1)
        try school.service.replyToMessageThread(deputy, thread, body: "Согласовано.")
        XCTAssertEqual(try school.service.unreadMessageCount(try school.signIn("other")), 1)
        XCTAssertThrowsError(try school.service.startMessageThread(deputy, to: .deputy, subject: "Т", body: "Т"))
        XCTAssertThrowsError(try school.service.openMessageThread(try school.signIn("teacher"), thread), "not a member")
    }
}
