import EzhCore
import EzhDemo
import EzhService
import GRDB
import XCTest
@testable import EzhWeb

/// Nobody sees a child who is not theirs: every family account of a class, signed in on the
/// web, asks for every pupil's every page by typing the address. Only their own open; the rest
/// get the same "not found" as a pupil who does not exist, and leave nothing in the access log.
final class WebAccessTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    private static let pages = [
        "", "/week", "/absences", "/letter", "/events", "/week?start=2026-09-07", "/absences?period=1", "/letter?period=1",
        "/events?month=2026-12",
    ]

    func testEveryFamilyAccountOpensOnlyItsOwnChildrensPages() async throws {
        let fixture = fixture!
        let issued = try fixture.issueFamilyAccounts()
        XCTAssertGreaterThanOrEqual(issued.count, 8, "the class's pupils and parents")
        var accounts: [(login: String, password: String, own: Set<PupilID>)] = [
            ("parent", DemoSchoolGenerator.demoPassword, Set(try fixture.service.diaryPupils(fixture.signIn("parent")).map(\.id))),
            ("pupil", DemoSchoolGenerator.demoPassword, Set(try fixture.service.diaryPupils(fixture.signIn("pupil")).map(\.id))),
        ]
        for account in issued {
            accounts.append((account.credentials.login, account.credentials.oneTimePassword, Set(try fixture.pupils(of: account))))
        }
        let everyone = (1...Int64(fixture.pupilCount + 3)).map(PupilID.init)
        let names = try await fixture.store.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, last_name || ' ' || first_name AS name FROM pupil").map {
                (PupilID($0["id"] as Int64), $0["name"] as String)
            })
        }
        let accountsToCheck = accounts
        let (opened, refused) = try await fixture.serving { client -> (Int, Int) in
            var opened = 0, refused = 0
            for account in accountsToCheck {
                let visitor = Visitor(client)
                let answer = try await visitor.signIn(account.login, password: account.password)
                XCTAssertEqual(answer.status, .seeOther, account.login)
                if answer.location == "/password" {
                    try await visitor.get("/password")
                    let new = "Свой-пароль-\(account.login)-1"
                    let changed = try await visitor.post("/password", ["old": account.password, "new": new, "repeat": new])
                    XCTAssertEqual(changed.location, "/", account.login)
                }
                for pupil in everyone {
                    for page in Self.pages {
                        let answer = try await visitor.get("/pupil/\(pupil.rawValue)\(page)")
                        if account.own.contains(pupil) {
                            XCTAssertEqual(answer.status, .ok, "\(account.login) opens own \(pupil) \(page)")
                            opened += 1
                        } else {
                            XCTAssertEqual(answer.status, .notFound, "\(account.login) is refused \(pupil) \(page)")
                            if let name = names[pupil] {
                                XCTAssertFalse(answer.body.contains(name), "\(account.login) sees no name of \(pupil)")
                            }
                            refused += 1
                        }
                    }
                }
                // Links: whatever the pages offer leads only to their own.
                let home = try await visitor.get("/")
                let first = try await visitor.get(home.location ?? "/")
                for link in Self.links(in: first.body + home.body) where link.hasPrefix("/pupil/") {
                    let number = Int64(link.dropFirst("/pupil/".count).prefix { $0.isNumber }) ?? 0
                    XCTAssertTrue(account.own.contains(PupilID(number)), "\(account.login) is offered \(link)")
                }
            }
            return (opened, refused)
        }
        XCTAssertGreaterThan(opened, 0)
        XCTAssertGreaterThan(refused, opened)
        // Only the pupils' own diaries were read: the log names no other pupil for these accounts.
        let logins = accounts.map(\.login)
        let entries = try await fixture.store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT login, object FROM access_log WHERE action IN ('read', 'report') AND terminal LIKE 'web%'
                """)
        }
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            let login: String = entry["login"], object: String = entry["object"]
            guard let account = accounts.first(where: { $0.login == login }) else { continue }
            XCTAssertTrue(logins.contains(login))
            let number = Int64(object.split(separator: " ").last ?? "") ?? -1
            XCTAssertTrue(account.own.contains(PupilID(number)), "\(login): \(object)")
        }
    }

    private static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
