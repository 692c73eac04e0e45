import EzhCore
@testable import EzhService
import EzhStore
import XCTest

/// Locks by account and by terminal, and answers that give nothing away: an unknown login, a
/// wrong password, a locked account and a locked terminal get the same error after the same work.
final class SignInLockTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private func service(on terminal: TerminalInfo) throws -> JournalService {
        try JournalService(store: school.store, clock: school.clock, terminal: terminal)
    }

    private func assertRefused(
        _ service: JournalService, _ login: String, _ password: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try service.signIn(login: login, password: password), file: file, line: line) {
            XCTAssertEqual($0 as? JournalError, .invalidCredentials, file: file, line: line)
        }
    }

    private func details(_ action: String) throws -> [String] {
        try school.store.pool.read { try String.fetchAll($0, sql: "SELECT detail FROM access_log WHERE action = ? ORDER BY seq", arguments: [action]) }
    }

    func testTenFailuresFromOneTerminalAcrossLoginsLockThatTerminalOnly() throws {
        let here = school.service, elsewhere = try service(on: TerminalInfo(tty: "pts/8"))
        // Never more than four on one account, so no account locks: only the terminal does.
        for login in ["nobody", "teacher", "other", "deputy", "admin", "x", "teacher", "other", "deputy"] {
            assertRefused(here, login, "guess")
        }
        XCTAssertNoThrow(try here.signIn(login: "director", password: "secret-director"), "nine failures: still open")
        assertRefused(here, "admin", "guess")
        XCTAssertEqual(try details("lockout"), ["attempt 2; terminal locked for 5 min"])

        assertRefused(here, "teacher", "secret-teacher")
        XCTAssertNoThrow(try elsewhere.signIn(login: "teacher", password: "secret-teacher"), "another terminal is not locked")
        XCTAssertEqual(try details("sign_in_failed").last, "terminal locked")

        school.clock.advance(by: 5 * 60 + 1)
        XCTAssertNoThrow(try here.signIn(login: "teacher", password: "secret-teacher"), "the failures aged out")
    }

    func testOverSSHTheTerminalIsTheClientsAddressWhateverTheTty() throws {
        let first = try service(on: TerminalInfo(tty: "pts/3", remoteAddress: "10.0.0.7"))
        let second = try service(on: TerminalInfo(tty: "pts/4", remoteAddress: "10.0.0.7"))
        let otherClient = try service(on: TerminalInfo(tty: "pts/5", remoteAddress: "10.0.0.70"))
        for index in 0..<10 { assertRefused(index.isMultiple(of: 2) ? first : second, "nobody\(index)", "guess") }
        assertRefused(second, "teacher", "secret-teacher")
        XCTAssertNoThrow(try otherClient.signIn(login: "teacher", password: "secret-teacher"))
    }

    func testAPasswordTriedDuringALockIsNotJudgedAndEveryTryIsLogged() throws {
        for _ in 1...5 { assertRefused(school.service, "other", "wrong") }
        assertRefused(school.service, "other", "secret-other")
        assertRefused(school.service, "other", "wrong")
        XCTAssertEqual(try details("sign_in_failed"), ["attempt 1", "attempt 2", "attempt 3", "attempt 4", "locked", "locked"])
        XCTAssertEqual(try details("lockout"), ["attempt 5; account locked for 5 min"])
        XCTAssertEqual(try school.count("SELECT failed_attempts FROM account WHERE login = 'other'"), 0)
        school.clock.advance(by: 5 * 60)
        XCTAssertNoThrow(try school.signIn("other"))
    }

    /// Argon2id takes tens of milliseconds; a path that skipped it would answer in about one.
    /// The fastest of three tries is compared, as load on the machine only ever adds time (nine
    /// failures in all: the terminal stays open).
    func testUnknownLoginsAndLockedAccountsTakeAsLongAsAWrongPassword() throws {
        for _ in 1...5 { assertRefused(school.service, "other", "wrong") }
        let quiet = try service(on: TerminalInfo(tty: "pts/9"))
        func fastest(_ attempt: () -> Void) -> Double {
            (0..<3).map { _ in
                let start = ContinuousClock.now
                attempt()
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }.min()!
        }
        let wrong = fastest { assertRefused(quiet, "teacher", "wrong") }
        let unknown = fastest { assertRefused(quiet, "nobody", "wrong") }
        let locked = fastest { assertRefused(quiet, "other", "secret-other") }
        XCTAssertGreaterThan(unknown, wrong / 3, "unknown \(unknown) s, wrong \(wrong) s")
        XCTAssertGreaterThan(locked, wrong / 3, "locked \(locked) s, wrong \(wrong) s")
    }
}

/// Free text the service keeps has a length limit: a longer text is refused naming the field
/// and the limit, and nothing is written.
final class TextLimitTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private func assertTooLong(_ limit: TextLimit, _ length: Int, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) {
            XCTAssertEqual($0 as? JournalError, .textTooLong(limit, length: length), file: file, line: line)
        }
    }

    func testATopicOfAHundredThousandCharactersIsRefusedAndOneAtTheLimitIsKept() throws {
        let teacher = try school.signIn("teacher")
        let huge = String(repeating: "Дроби ", count: 16_673) // 100,038 characters
        assertTooLong(.topic, 100_037) { try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: huge, replacing: "") }
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'topic'"), 0)
        let message = JournalError.textTooLong(.topic, length: 100_037).message(in: .ru)
        XCTAssertEqual(message, "Тема урока: не длиннее 500 символов, а введено 100037. Сократите текст.")

        let atTheLimit = String(repeating: "Дроби", count: 100)
        try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: atTheLimit, replacing: "")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE field = 'topic'"), 1)
    }

    func testEveryStoredFreeTextHasItsLimit() throws {
        let teacher = try school.signIn("teacher")
        let long = { (count: Int) in String(repeating: "ж", count: count) }
        assertTooLong(.homework, 2001) { try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: long(2001), replacing: "") }
        assertTooLong(.absenceNote, 201) {
            try school.service.correctAbsence(teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: .ill, replacing: nil, note: long(201))
        }
        assertTooLong(.reason, 501) {
            try school.service.correctAbsence(teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.alexeev, code: nil, replacing: nil, reason: long(501))
        }
        assertTooLong(TextLimit.lessonPlanTopic.row(2), 501) {
            try school.service.setLessonPlan(teacher, page: TestSchool.mathPage, items: [("Дроби", 2), (long(501), 2)], replacing: [])
        }
        assertTooLong(.login, 65) { _ = try school.service.createFamilyAccount(teacher, holder: .pupil(TestSchool.alexeev), login: long(65)) }
        assertTooLong(.password, 129) { _ = try school.service.changePassword(teacher, old: "secret-teacher", new: long(129)) }
        assertTooLong(.keymapName, 65) { _ = try school.service.setPreferences(teacher, language: nil, keymapName: long(65)) }
        let deputy = try school.signIn("deputy")
        assertTooLong(.reason, 501) {
            try school.service.grantPermission(
                deputy, teacher: StaffID(1), classID: ClassID(1), subjectID: SubjectID(1),
                dates: DateSpan(TestSchool.lessonDay, TestSchool.lessonDay), kinds: [.attendance], reason: long(501),
                expiresAt: TestSchool.at(TestSchool.lessonDay.adding(days: 1), 21, 0)
            )
        }
        assertTooLong(.orderNumber, 51) {
            try school.service.correctClosedFinal(
                deputy, pupil: TestSchool.ivanova, subject: SubjectID(1), period: PeriodID(1), newValue: "4", replacing: "3", kind: .retake,
                orderNumber: long(51), orderDate: LocalDate(year: 2026, month: 11, day: 20), reason: "Пересдача"
            )
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), 0, "nothing of it was written")
    }

    func testLimitsCountCharactersNotGraphemes() {
        let combining = "а" + String(repeating: "\u{301}", count: 600) // one visible letter, 601 scalars
        XCTAssertFalse(TextLimit.topic.allows(combining))
    }
}
