import EzhCore
import EzhService
import EzhStore
import Foundation
import XCTest

/// Two administrators at two terminals changing one account's roles: the roles chosen on a
/// stale form are refused with who, when and which terminal.
final class ConcurrentAccountTests: XCTestCase {
    func testRolesChosenOnAStaleFormAreRefusedAndTheRolesStay() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let other = try JournalService(store: try JournalStore(path: school.store.path), clock: school.clock,
                                       terminal: TerminalInfo(tty: "pts/2"))
        let there = try other.signIn(login: "admin", password: "secret-admin")
        let here = try school.signIn("admin")
        try other.setRoles(there, login: "other", roles: [.teacher, .classTeacher], replacing: [.teacher])

        // This administrator's form still shows «учитель» alone.
        XCTAssertThrowsError(try school.service.setRoles(here, login: "other", roles: [.teacher, .deputy], replacing: [.teacher])) {
            XCTAssertEqual(($0 as? JournalError)?.message(in: .ru),
                           "«Роли» изменили: Кузнецова Елена, 27.11.2026 12:00, терминал pts/2; "
                               + "теперь там «учитель, кл. руково…». Ничего не записано; повторите.")
        }
        let roles = { try school.service.accounts(here).first { $0.login == "other" }?.roles }
        XCTAssertEqual(try roles(), [.teacher, .classTeacher])

        try school.service.setRoles(here, login: "other", roles: [.teacher, .deputy], replacing: [.teacher, .classTeacher])
        XCTAssertEqual(try roles(), [.deputy, .teacher])
    }
}
