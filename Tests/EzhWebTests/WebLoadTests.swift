import EzhCore
import EzhDemo
import EzhService
import GRDB
import XCTest
@testable import EzhWeb

/// Many family members open their diaries at the same moment, on a real journal file: every page
/// shown has its access-log entry, marked as web, on an intact chain, and the pages refused at the
/// same time leave none (their entries are committed in groups: `AccessLogGroupWriter`).
final class WebLoadTests: XCTestCase {
    private var fixture: WebFixture!

    override func setUpWithError() throws { fixture = try WebFixture() }
    override func tearDown() { fixture.remove() }

    func testPagesOpenedAtOnceAreEachInTheLogOnAnIntactChain() async throws {
        let fixture = fixture!
        let own = try fixture.service.diaryPupils(fixture.signIn("parent")).map(\.id)
        let stranger = try XCTUnwrap((1...Int64(fixture.pupilCount)).map(PupilID.init).first { !own.contains($0) })
        let lastBefore = try await lastSeq()

        let statuses = try await fixture.serving { client -> [Int: Int] in
            let parent = Visitor(client)
            try await parent.signIn("parent")
            let session = try XCTUnwrap(parent.cookies["ezh_session"])
            return try await withThrowingTaskGroup(of: (Int, Int).self) { group in
                for view in 0..<120 {
                    // Every fourth asks for another family's child, by typing the address.
                    let pupil = view % 4 == 3 ? stranger : own[view % own.count]
                    group.addTask {
                        let visitor = Visitor(client)
                        visitor.setCookie("ezh_session", session)
                        let page = try await visitor.get("/pupil/\(pupil.rawValue)")
                        return (view, Int(page.status.code))
                    }
                }
                var statuses: [Int: Int] = [:]
                for try await (view, status) in group { statuses[view] = status }
                return statuses
            }
        }
        XCTAssertEqual(statuses.count, 120)
        XCTAssertEqual(statuses.filter { $0.key % 4 != 3 }.values.filter { $0 == 200 }.count, 90, "every own page opened")
        XCTAssertEqual(statuses.filter { $0.key % 4 == 3 }.values.filter { $0 == 404 }.count, 30, "every other child refused")

        let reads = try await fixture.store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT login, terminal, object FROM access_log WHERE seq > ? AND action = 'read' ORDER BY seq
                """, arguments: [lastBefore])
        }
        XCTAssertEqual(reads.count, 90, "one entry for each page shown, none for a refused one")
        for read in reads {
            XCTAssertEqual(read["login"] as String, "parent")
            XCTAssertEqual(read["terminal"] as String, "web (local)")
            let object: String = read["object"]
            XCTAssertTrue(own.contains { object == "дневник ученика \($0)" }, object)
        }
        XCTAssertFalse(reads.contains { ($0["object"] as String).hasSuffix(" \(stranger)") })
        guard case .intact = try fixture.service.verifyAccessLog() else {
            return XCTFail("the chain is broken: \(try fixture.service.verifyAccessLog())")
        }
    }

    private func lastSeq() async throws -> Int64 {
        try await fixture.store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM access_log") ?? 0 }
    }
}
