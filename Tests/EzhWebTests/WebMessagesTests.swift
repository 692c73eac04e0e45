import EzhCore
import EzhDemo
import EzhService
import GRDB
import XCTest
@testable import EzhWeb

/// Messages on the web: the parent reads the class teacher's message and replies, and the reply
/// is in the class teacher's thread; no family opens or answers a thread that is not theirs.
final class WebMessagesTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    func testAParentReadsTheClassTeachersMessageAndReplies() async throws {
        let fixture = fixture!
        let teacher = try fixture.signIn("teacher")
        let child = try XCTUnwrap(fixture.service.diaryPupils(fixture.signIn("parent")).first)
        let delivery = try fixture.service.startMessageThread(
            teacher, to: .family(child.id), subject: "Экскурсия в пятницу", body: "Просим подписать согласие <до четверга>.\n\nКлассный руководитель"
        )
        let thread = try XCTUnwrap(delivery.threads.first)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let list = try await visitor.get("/messages")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.body.contains("Экскурсия в пятницу"))
            XCTAssertTrue(list.body.contains("title=\"Новых сообщений: 1\">1<"), "one unread")
            let page = try await visitor.get("/messages/\(thread.rawValue)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("<div class=\"body\">Просим подписать согласие &lt;до четверга&gt;.\n\nКлассный руководитель</div>"),
                          "the text, escaped, its paragraphs kept (the style sheet keeps white space): \(page.body)")
            let empty = try await visitor.post("/messages/\(thread.rawValue)", ["text": "   "])
            XCTAssertEqual(empty.status, .badRequest)
            // A browser sends a textarea's line breaks as CR LF.
            let sent = try await visitor.post("/messages/\(thread.rawValue)", ["text": "Подпишем, спасибо!\r\nМама"])
            XCTAssertEqual(sent.location, "/messages/\(thread.rawValue)")
            let after = try await visitor.get("/messages/\(thread.rawValue)")
            XCTAssertTrue(after.body.contains("Подпишем, спасибо!"))
            let forged = try await visitor.post("/messages/\(thread.rawValue)", ["text": "чужая форма", "csrf": String(repeating: "a", count: 64)])
            XCTAssertEqual(forged.status, .forbidden)
        }
        let seen = try fixture.service.openMessageThread(teacher, thread)
        XCTAssertEqual(seen.messages.map(\.body), ["Просим подписать согласие <до четверга>.\n\nКлассный руководитель", "Подпишем, спасибо!\nМама"],
                       "line breaks survive both ways, one LF each")
        XCTAssertEqual(seen.messages.last?.author.role, .parent)
    }

    func testAParentWritesANewThreadToTheClassTeacher() async throws {
        let fixture = fixture!
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let form = try await visitor.get("/messages/new")
            XCTAssertTrue(form.body.contains("классный руководитель"))
            let option = try XCTUnwrap(form.body.components(separatedBy: "<option value=\"").dropFirst().first?.prefix { $0 != "\"" })
            let sent = try await visitor.post("/messages/new", ["to": String(option), "subject": "Справка", "text": "Сын болел три дня."])
            XCTAssertEqual(sent.status, .seeOther)
            let thread = try await visitor.get(try XCTUnwrap(sent.location))
            XCTAssertTrue(thread.body.contains("Сын болел три дня."))
        }
        let threads = try fixture.service.messageThreads(fixture.signIn("teacher"))
        XCTAssertTrue(threads.contains { $0.subject == "Справка" })
    }

    func testNoFamilyOpensOrAnswersAnotherFamilysThread() async throws {
        let fixture = fixture!
        let issued = try fixture.issueFamilyAccounts()
        let teacher = try fixture.signIn("teacher")
        var threadOf: [PupilID: MessageThreadID] = [:]
        for case .pupil(let pupil) in issued.map(\.holder) {
            // A family whose parents have no account cannot be written to; the service says so.
            guard let delivery = try? fixture.service.startMessageThread(
                teacher, to: .family(pupil), subject: "О \(pupil.rawValue)", body: "Текст \(pupil.rawValue)"
            ) else { continue }
            threadOf[pupil] = delivery.threads.first
        }
        XCTAssertGreaterThanOrEqual(threadOf.count, 2)
        // Who is in which thread, as the class teacher's screen shows it.
        var members: [MessageThreadID: Set<AccountID>] = [:]
        for thread in threadOf.values {
            members[thread] = Set(try fixture.service.openMessageThread(teacher, thread).members.map(\.account))
        }
        let accounts = try issued.map { issued in
            (issued.credentials, try fixture.service.signIn(login: issued.credentials.login, password: issued.credentials.oneTimePassword).accountID)
        }
        let threads = threadOf, memberships = members
        let allThreads = Array(threads.values) + [MessageThreadID(999)]
        try await fixture.serving { client in
            var opened = 0
            for (credentials, account) in accounts {
                let visitor = Visitor(client)
                try await visitor.signIn(credentials.login, password: credentials.oneTimePassword)
                try await visitor.get("/password")
                let new = "Свой-пароль-\(credentials.login)-2"
                try await visitor.post("/password", ["old": credentials.oneTimePassword, "new": new, "repeat": new])
                for thread in allThreads {
                    let isOwn = memberships[thread]?.contains(account) == true
                    let page = try await visitor.get("/messages/\(thread.rawValue)")
                    XCTAssertEqual(page.status, isOwn ? .ok : .notFound, "\(credentials.login) thread \(thread.rawValue)")
                    if isOwn { opened += 1 }
                    if !isOwn {
                        XCTAssertFalse(page.body.contains("Текст "), "\(credentials.login) reads nothing of \(thread.rawValue)")
                        try await visitor.get("/messages")
                        let reply = try await visitor.post("/messages/\(thread.rawValue)", ["text": "вторжение"])
                        XCTAssertEqual(reply.status, .notFound, "\(credentials.login) answers no other thread")
                    }
                }
            }
            XCTAssertGreaterThanOrEqual(opened, threads.count, "each family opens its own thread")
        }
        for thread in threadOf.values {
            let messages = try fixture.service.openMessageThread(teacher, thread).messages.map(\.body)
            XCTAssertFalse(messages.contains("вторжение"))
        }
    }
}
