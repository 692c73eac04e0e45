import EzhCore
@testable import EzhService
import EzhStore
import XCTest

final class SignInTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testTheRightPasswordSignsInWithRolesAndPreferences() throws {
        let session = try school.signIn("teacher")
        XCTAssertEqual(session.roles, [.teacher, .classTeacher])
        XCTAssertEqual(session.displayName, "Петрова О.И.")
        XCTAssertEqual(session.language, .ru)
        XCTAssertEqual(session.keymapName, "default")
    }

    func testAWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        XCTAssertThrowsError(try school.service.signIn(login: "teacher", password: "wrong")) {
            XCTAssertEqual($0 as? JournalError, .invalidCredentials)
        }
        XCTAssertThrowsError(try school.service.signIn(login: "nobody", password: "wrong")) {
            XCTAssertEqual($0 as? JournalError, .invalidCredentials)
        }
    }

    func testPasswordsAreStoredAsArgon2idOnly() throws {
        let hash = try school.store.pool.read { db in
            try AccountQueries.account(login: "teacher", db)?.passwordHash
        }
        XCTAssertTrue(hash?.hasPrefix("$argon2id$") ?? false)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: school.store.path))
        XCTAssertNil(bytes.range(of: Data("secret-teacher".utf8)), "no password in clear in the database file")
    }

    func testPreferencesBelongToTheAccountAndAreRecorded() throws {
        let session = try school.signIn("teacher")
        let changed = try school.service.setPreferences(session, language: .en, keymapName: "vim")
        XCTAssertEqual(changed.language, .en)
        let again = try school.signIn("teacher")
        XCTAssertEqual(again.keymapName, "vim")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'account'"), 2)
    }

    func testAMovedClockIsRefusedOnARealSchoolsDatabase() throws {
        let real = try TestSchool(isDemo: false)
        defer { real.remove() }
        XCTAssertThrowsError(try JournalService(
            store: real.store, clock: ManualClock(Date()), terminal: TerminalInfo(tty: "pts/1")
        )) { XCTAssertEqual($0 as? JournalError, .fakeClockOnRealSchool) }
        XCTAssertNoThrow(try JournalService(store: real.store, clock: SystemClock(), terminal: TerminalInfo(tty: "pts/1")))
    }
}

final class PasswordHashParameterTests: XCTestCase {
    func testHashesUseOWASPsArgon2idMinimumAndOlderOnesAreRedoneAtSignIn() throws {
        XCTAssertTrue(PasswordHasher.hash("пароль-учителя").contains("$m=19456,t=2,p=1$"))
        let school = try TestSchool()
        defer { school.remove() }
        let old = PasswordHasher.hash("secret-teacher", opsLimit: 2, memLimit: 64 * 1024 * 1024)
        XCTAssertTrue(PasswordHasher.needsRehash(old))
        try school.store.pool.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE login = 'teacher'", arguments: [old])
        }
        _ = try school.signIn("teacher")
        let stored = try school.store.pool.read { try AccountQueries.account(login: "teacher", $0)?.passwordHash }
        XCTAssertTrue(stored?.contains("$m=19456,t=2,p=1$") ?? false, stored ?? "")
        XCTAssertNoThrow(try school.signIn("teacher"), "the redone hash still takes the same password")
    }
}
