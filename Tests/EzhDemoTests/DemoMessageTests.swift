import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// The demo parent finds a message from the class teacher waiting, unread, written as a teacher
/// writes one (signed in at a terminal, through the service, with its history and access-log
/// entry) at the demo clock's start; nobody else is in the thread.
final class DemoMessageTests: XCTestCase {
    private func service() throws -> JournalService {
        try JournalService(store: DemoFixture.imported.store, clock: ManualClock(DemoFixture.now), terminal: TerminalInfo(tty: "test"))
    }

    private func signIn(_ login: String, _ service: JournalService) throws -> Session {
        try service.signIn(login: login, password: DemoSchoolGenerator.demoPassword)
    }

    func testTheClassTeachersMessageWaitsUnreadForTheDemoParent() throws {
        let service = try service()
        let parent = try signIn("parent", service)
        let threads = try service.messageThreads(parent)
        XCTAssertEqual(threads.map(\.subject), ["Родительское собрание"])
        let thread = try XCTUnwrap(threads.first)
        XCTAssertEqual(thread.unreadCount, 1)
        XCTAssertEqual(thread.lastMessageAt, DemoFixture.now, "written at the demo clock's start, after the year's history")
        XCTAssertEqual(thread.className?.description, "5А")
        let child = try XCTUnwrap(service.diaryPupils(parent).first)
        XCTAssertEqual(thread.pupilName, child.name)
        XCTAssertEqual(thread.others.map(\.role), [.staff])
        XCTAssertEqual(try service.unreadMessageCount(parent), 1)

        let teacher = try signIn("teacher", service)
        XCTAssertEqual(thread.others.map(\.account), [teacher.accountID], "from 5А's class teacher")
        XCTAssertEqual(try service.unreadMessageCount(teacher), 0, "the teacher's own message")
        XCTAssertTrue(try service.messageThreads(signIn("pupil", service)).isEmpty, "written to the parent only")
    }

    func testTheMessageHasItsHistoryAndAccessLogEntryFromTheDemoTerminal() {
        let entries = DemoFixture.rows("""
            SELECT a.login, a.terminal, h.entity FROM access_log a JOIN change_history h ON h.id = a.history_id
             WHERE h.entity IN ('message_thread', 'message')
             ORDER BY a.seq
            """)
        XCTAssertEqual(entries.map { $0["entity"] as String }, ["message_thread", "message"])
        XCTAssertTrue(entries.allSatisfy { $0["login"] == "teacher" && $0["terminal"] == "demo" })
    }
}
