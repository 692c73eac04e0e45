import EzhCore
import EzhDemo
import EzhService
import EzhStore
import GRDB
import HTTPTypes
import Hummingbird
import XCTest
@testable import EzhWeb

/// Signing in on the web: the journal's accounts and policy, a server-side session behind a
/// cookie the page's scripts cannot read, the first-login password change, the access log.
final class WebSignInTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    func testAParentSignsInAndLandsOnTheirChildsMarks() async throws {
        let fixture = fixture!
        let child = try XCTUnwrap(fixture.service.diaryPupils(fixture.signIn("parent")).first)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            let answer = try await visitor.signIn("parent")
            XCTAssertEqual(answer.status, .seeOther)
            XCTAssertEqual(answer.location, "/")
            let cookie = try XCTUnwrap(answer.headers[values: .setCookie].first { $0.hasPrefix("ezh_session=") })
            for attribute in ["HttpOnly", "Secure", "SameSite=Lax", "Max-Age=43200", "Path=/"] {
                XCTAssertTrue(cookie.contains(attribute), "\(attribute) in \(cookie)")
            }
            let home = try await visitor.get("/")
            XCTAssertEqual(home.location, "/pupil/\(child.id.rawValue)", "one child: straight to the diary")
            let marks = try await visitor.get("/pupil/\(child.id.rawValue)")
            XCTAssertEqual(marks.status, .ok)
            XCTAssertTrue(marks.body.contains(child.name.lastAndFirst))
            XCTAssertTrue(marks.body.contains("Отметки"))
            XCTAssertTrue(marks.body.contains("Взвешенный"))
        }
    }

    func testOnlyTheTokensHashIsStoredAndTheReadIsLoggedAsWeb() async throws {
        let fixture = fixture!
        let child = try XCTUnwrap(fixture.service.diaryPupils(fixture.signIn("parent")).first)
        let token = try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            try await visitor.get("/pupil/\(child.id.rawValue)")
            return try XCTUnwrap(visitor.cookies["ezh_session"])
        }
        let stored = try await fixture.store.pool.read { try String.fetchAll($0, sql: "SELECT token_hash FROM web_session") }
        XCTAssertEqual(stored.count, 1)
        XCTAssertNotEqual(stored.first, token)
        XCTAssertFalse(stored.first!.contains(token))
        let entries = try await fixture.store.pool.read {
            try Row.fetchAll($0, sql: "SELECT action, terminal, object FROM access_log WHERE login = 'parent' ORDER BY seq DESC LIMIT 2")
        }
        XCTAssertEqual(entries.map { $0["action"] as String }, ["read", "sign_in"])
        XCTAssertEqual(entries.map { $0["terminal"] as String }, ["web (local)", "web (local)"])
        XCTAssertEqual(entries.first?["object"] as String?, "дневник ученика \(child.id.rawValue)")
    }

    func testAWrongPasswordIsRefusedWithTheJournalsMessage() async throws {
        try await fixture.serving { client in
            let visitor = Visitor(client)
            let answer = try await visitor.signIn("parent", password: "wrong")
            XCTAssertEqual(answer.status, .unauthorized)
            XCTAssertTrue(answer.body.contains("Неверный логин или пароль"))
            XCTAssertNil(visitor.cookies["ezh_session"])
            do { let page = try await visitor.get("/"); XCTAssertEqual(page.location, "/login") }
        }
    }

    func testStaffAreSentToTheTerminal() async throws {
        try await fixture.serving { client in
            let visitor = Visitor(client)
            let answer = try await visitor.signIn("teacher")
            XCTAssertEqual(answer.status, .forbidden)
            XCTAssertTrue(answer.body.contains("открыт родителям и ученикам"))
            XCTAssertNil(visitor.cookies["ezh_session"])
        }
    }

    func testAOneTimePasswordMustBeChangedBeforeTheDiaryOpens() async throws {
        let fixture = fixture!
        let issued = try XCTUnwrap(fixture.issueFamilyAccounts().first { $0.holder != .pupil(fixture.demoPupil) })
        let credentials = issued.credentials
        let own = try fixture.pupils(of: issued)
        XCTAssertFalse(own.isEmpty)
        try await fixture.serving { client in
            let visitor = Visitor(client)
            let answer = try await visitor.signIn(credentials.login, password: credentials.oneTimePassword)
            XCTAssertEqual(answer.location, "/password")
            do { let page = try await visitor.get("/"); XCTAssertEqual(page.location, "/password", "nothing else opens first") }
            let page = try await visitor.get("/password")
            XCTAssertTrue(page.body.contains("временным паролем"))
            let differ = try await visitor.post("/password", ["old": credentials.oneTimePassword, "new": "Новый-пароль-7", "repeat": "Другой-пароль-7"])
            XCTAssertTrue(differ.body.contains("не совпадают"))
            let weak = try await visitor.post("/password", ["old": credentials.oneTimePassword, "new": "123", "repeat": "123"])
            XCTAssertEqual(weak.status, .badRequest)
            let changed = try await visitor.post("/password", ["old": credentials.oneTimePassword, "new": "Новый-пароль-7", "repeat": "Новый-пароль-7"])
            XCTAssertEqual(changed.location, "/")
            let home = try await visitor.get("/")
            if own.count == 1 {
                XCTAssertEqual(home.location, "/pupil/\(own[0].rawValue)")
            } else {
                for pupil in own { XCTAssertTrue(home.body.contains("href=\"/pupil/\(pupil.rawValue)\"")) }
            }
        }
        XCTAssertNoThrow(try fixture.service.signIn(login: credentials.login, password: "Новый-пароль-7"))
    }

    func testSigningOutEndsTheSessionOnTheServer() async throws {
        let fixture = fixture!
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            let token = try XCTUnwrap(visitor.cookies["ezh_session"])
            let home = try await visitor.get("/")
            let page = try await visitor.get(try XCTUnwrap(home.location))
            XCTAssertEqual(page.status, .ok)
            let out = try await visitor.post("/logout", [:])
            XCTAssertEqual(out.location, "/login")
            XCTAssertNil(visitor.cookies["ezh_session"])
            visitor.setCookie("ezh_session", token)
            do { let page = try await visitor.get("/"); XCTAssertEqual(page.location, "/login", "the old cookie opens nothing") }
        }
        let left = try await fixture.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM web_session") }
        XCTAssertEqual(left, 0)
    }

    func testEveryAnswerCarriesTheSecurityHeaders() async throws {
        try await fixture.serving { client in
            let visitor = Visitor(client)
            for path in ["/login", "/", "/no/such/page", "/style.css"] {
                let page = try await visitor.get(path)
                XCTAssertEqual(page.headers[HTTPField.Name("X-Frame-Options")!], "DENY", path)
                XCTAssertEqual(page.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff", path)
                XCTAssertTrue(page.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true, path)
                XCTAssertTrue(page.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true, path)
                XCTAssertEqual(page.headers[HTTPField.Name("Referrer-Policy")!], "no-referrer", path)
            }
            do { let page = try await visitor.get("/login"); XCTAssertEqual(page.headers[.cacheControl], "no-store") }
            do { let page = try await visitor.get("/no/such/page"); XCTAssertEqual(page.status, .notFound) }
        }
    }
}
