import EzhCore
import EzhDemo
import EzhService
import HTTPTypes
import Hummingbird
import XCTest
@testable import EzhWeb

/// CSRF tokens on every form, the session's idle and absolute expiry, and the sign-in lockout
/// shared with the school's terminals.
final class WebSessionTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    func testAFormWithoutThisSessionsTokenChangesNothing() async throws {
        try await fixture.serving { client in
            let mallory = Visitor(client)
            try await mallory.signIn("pupil")
            try await mallory.get("/password")
            let malloryToken = mallory.formToken
            XCTAssertEqual(malloryToken.count, 64)

            let parent = Visitor(client)
            try await parent.signIn("parent")
            try await parent.get("/password")
            XCTAssertNotEqual(parent.formToken, malloryToken, "each session has its own form token")
            for csrf in ["", malloryToken, String(repeating: "0", count: 64)] {
                let out = try await parent.post("/logout", ["csrf": csrf])
                XCTAssertEqual(out.status, .forbidden, "sign-out with token \(csrf.prefix(8))")
                let change = try await parent.post("/password", ["csrf": csrf, "old": "demo", "new": "Чужой-пароль-9", "repeat": "Чужой-пароль-9"])
                XCTAssertEqual(change.status, .forbidden)
            }
            do { let page = try await parent.get("/"); XCTAssertEqual(page.status, .seeOther) }
            do { let page = try await parent.get("/"); XCTAssertNotEqual(page.location, "/login", "still signed in: the forged sign-out did nothing") }
        }
        XCTAssertNoThrow(try fixture.signIn("parent"), "the forged password change did nothing")
    }

    func testTheSignInFormNeedsItsOwnCookie() async throws {
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.get("/login")
            let token = visitor.formToken
            visitor.forget("ezh_signin")
            let answer = try await visitor.post("/login", ["login": "parent", "password": "demo", "csrf": token])
            XCTAssertEqual(answer.status, .forbidden)
            XCTAssertNil(visitor.cookies["ezh_session"])
        }
    }

    func testASessionEndsAfterThirtyIdleMinutes() async throws {
        let fixture = fixture!
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            fixture.clock.advance(by: 29 * 60)
            do { let page = try await visitor.get("/"); XCTAssertNotEqual(page.location, "/login") }
            fixture.clock.advance(by: 29 * 60)
            do { let page = try await visitor.get("/"); XCTAssertNotEqual(page.location, "/login", "each request keeps it alive") }
            fixture.clock.advance(by: 31 * 60)
            do { let page = try await visitor.get("/"); XCTAssertEqual(page.location, "/login") }
            XCTAssertNil(visitor.cookies["ezh_session"], "the ended session's cookie is cleared")
        }
    }

    func testASessionEndsTwelveHoursAfterSignInHoweverBusy() async throws {
        let fixture = fixture!
        try await fixture.serving { client in
            let visitor = Visitor(client)
            try await visitor.signIn("parent")
            for _ in 0..<(12 * 3 - 1) {
                fixture.clock.advance(by: 20 * 60)
                do { let page = try await visitor.get("/"); XCTAssertNotEqual(page.location, "/login") }
            }
            fixture.clock.advance(by: 21 * 60)
            do { let page = try await visitor.get("/"); XCTAssertEqual(page.location, "/login") }
        }
    }

    func testWrongPasswordsOnTheWebLockTheAccountAtTheTerminalsToo() async throws {
        let fixture = fixture!
        try await fixture.serving { client in
            let visitor = Visitor(client)
            for _ in 0..<5 { try await visitor.signIn("parent", password: "guess") }
            let right = try await visitor.signIn("parent")
            XCTAssertEqual(right.status, .unauthorized, "locked on the web")
        }
        XCTAssertThrowsError(try fixture.signIn("parent"), "locked at the terminal") {
            XCTAssertEqual($0 as? JournalError, .invalidCredentials)
        }
        fixture.clock.advance(by: 5 * 60 + 1)
        XCTAssertNoThrow(try fixture.signIn("parent"), "the lock ends as at the terminals")
    }

    func testWrongPasswordsAtATerminalLockTheWebToo() async throws {
        let fixture = fixture!
        for _ in 0..<5 { XCTAssertThrowsError(try fixture.signIn("pupil", password: "guess")) }
        try await fixture.serving { client in
            let visitor = Visitor(client)
            do { let page = try await visitor.signIn("pupil"); XCTAssertEqual(page.status, .unauthorized) }
            XCTAssertNil(visitor.cookies["ezh_session"])
        }
    }

    func testBehindAProxyTheClientsAddressNamesTheTerminal() throws {
        let proxied = WebApp(journal: fixture.service, policy: WebFixture.policy, trustsProxy: true)
        let direct = WebApp(journal: fixture.service, policy: WebFixture.policy, trustsProxy: false)
        let request = Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/", headerFields: [HTTPField.Name("X-Real-IP")!: "203.0.113.9"]),
            body: .init(buffer: ByteBuffer())
        )
        XCTAssertEqual(proxied.clientAddress(request, peer: "127.0.0.1"), "203.0.113.9")
        XCTAssertEqual(proxied.clientAddress(request, peer: "198.51.100.4"), "198.51.100.4", "only a local proxy is believed")
        XCTAssertEqual(direct.clientAddress(request, peer: "127.0.0.1"), "127.0.0.1")
    }
}
