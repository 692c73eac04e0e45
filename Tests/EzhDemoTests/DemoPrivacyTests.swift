import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Children's data in the demo school: a parent and a pupil reach their own child's (their own)
/// data and nobody else's, in any read path; no password is stored in clear.
final class DemoPrivacyTests: XCTestCase {
    private func service() throws -> JournalService {
        try JournalService(
            store: DemoFixture.imported.store, clock: ManualClock(DemoFixture.now), terminal: TerminalInfo(tty: "test")
        )
    }

    func testParentsAndPupilsReadOnlyTheirOwnDiaryAmongEveryPupilOfTheSchool() throws {
        let service = try service()
        let pupils = try DemoFixture.imported.store.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM pupil ORDER BY id").map(PupilID.init)
        }
        XCTAssertGreaterThan(pupils.count, 500)
        for login in ["parent", "pupil"] {
            let session = try service.signIn(login: login, password: DemoSchoolGenerator.demoPassword)
            let own = Set(try service.diaryPupils(session).map(\.id))
            XCTAssertEqual(own.count, 1, login)
            for pupil in pupils {
                do {
                    _ = try service.diary(session, pupil: pupil)
                    XCTAssertTrue(own.contains(pupil), "\(login) read pupil \(pupil)'s diary")
                } catch let error as JournalError {
                    XCTAssertFalse(own.contains(pupil), "\(login) could not read their own diary: \(error)")
                    guard case .accessDenied = error else { return XCTFail("\(error)") }
                }
            }
            let home = try service.home(session)
            XCTAssertTrue(home.pages.isEmpty, "\(login) opens no journal page")
            let anyPage = try XCTUnwrap(try service.home(try service.signIn(login: "director", password: "demo")).pages.first)
            let period = try XCTUnwrap(try service.periods(for: anyPage).first)
            XCTAssertThrowsError(try service.marksGrid(session, page: anyPage, period: period.id))
            XCTAssertThrowsError(try service.attendanceGrid(session, page: anyPage, period: period.id))
            XCTAssertThrowsError(try service.accessLog(session, filter: AccessLogFilter(limit: 1)))
            XCTAssertThrowsError(try service.accessReport(session, filter: AccessLogFilter(limit: 1)))
            XCTAssertThrowsError(try service.families(session, classID: anyPage.classID))
            XCTAssertThrowsError(try service.averagesByClassAndSubject(session, span: period.span))
        }
    }

    func testNoPasswordIsStoredInClear() throws {
        let service = try service()
        let store = DemoFixture.imported.store
        let hashes = try store.pool.read { try String.fetchAll($0, sql: "SELECT password_hash FROM account") }
        XCTAssertFalse(hashes.isEmpty)
        XCTAssertTrue(hashes.allSatisfy { $0.hasPrefix("$argon2id$") })

        let distinctive = "Секретный-Пароль-\(UUID().uuidString.prefix(6))"
        let admin = try service.signIn(login: "admin", password: DemoSchoolGenerator.demoPassword)
        let staff = try XCTUnwrap(try service.staff(admin).first)
        let issued = try service.createStaffAccount(admin, staff: staff.id, login: "privacy.check", roles: [.teacher])
        let newcomer = try service.signIn(login: issued.login, password: issued.oneTimePassword)
        _ = try service.changePassword(newcomer, old: issued.oneTimePassword, new: distinctive)
        XCTAssertNoThrow(try service.signIn(login: issued.login, password: distinctive))
        for secret in [distinctive, issued.oneTimePassword] {
            for suffix in ["", "-wal"] {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: store.path + suffix))) ?? Data()
                XCTAssertNil(bytes.range(of: Data(secret.utf8)), "a password is in \(store.path + suffix)")
            }
        }
    }
}
