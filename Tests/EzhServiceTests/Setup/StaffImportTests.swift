import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

final class StaffImportTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private func staffLines() -> [StaffLine] {
        var file = PeopleFile("staff.csv")
        return [
            StaffLine(place: file.next(), name: PersonName(last: "Смирнова", first: "Татьяна", patronymic: "Олеговна"),
                      position: "учитель математики", login: "smirnova.to", roles: [.teacher], subjects: ["Математика", "Геометрия"],
                      phone: "+7 900 000-00-01"),
            StaffLine(place: file.next(), name: PersonName(last: "Волков", first: "Андрей", patronymic: "Ильич"),
                      position: "заместитель директора по УВР", roles: [.teacher, .deputy]),
            // The fixture's teacher, by login: only the phone is new.
            StaffLine(place: file.next(), name: PersonName(last: "Петрова", first: "Ольга", patronymic: "Ивановна"),
                      position: "учитель", login: "teacher", roles: [.teacher], phone: "+7 900 000-00-03"),
        ]
    }

    func testNewStaffGetAccountsWithOneTimePasswordsThatMustBeChanged() throws {
        let admin = try school.signIn("admin")
        let report = try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: false, session: admin)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual([report.added, report.changed, report.unchanged], [2, 1, 0])
        XCTAssertEqual(report.credentials.map(\.login), ["smirnova.to", "volkov.ai"])
        XCTAssertTrue(report.noticeLines.contains { $0.hasPrefix("staff.csv:3: Логин: логин «volkov.ai» создан по имени") }, "\(report.noticeLines)")
        XCTAssertTrue(report.noticeLines.contains("staff.csv:2: Предметы: предмет «Геометрия» добавлен в школу"), "\(report.noticeLines)")

        // The one-time password signs in and must be changed at once.
        let credentials = try XCTUnwrap(report.credentials.first)
        let session = try school.service.signIn(login: credentials.login, password: credentials.oneTimePassword)
        XCTAssertTrue(session.mustChangePassword)
        XCTAssertEqual(session.roles, [.teacher])
        XCTAssertEqual(session.displayName.contains("Смирнова"), true)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM staff_subject JOIN staff ON staff.id = staff_id WHERE last_name = 'Смирнова'
            """), 2)

        // The class teacher keeps the role the classes file gave, and the phone change is in the history.
        let teacher = try school.signIn("teacher")
        XCTAssertEqual(teacher.roles, [.teacher, .classTeacher])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'staff' AND entity_key = 'staff=1' AND field = 'phone'
              AND old_value IS NULL AND new_value = '+7 900 000-00-03'
            """), 1)

        // No password, one-time or hashed, is in the history or the access log.
        for credentials in report.credentials {
            XCTAssertEqual(try school.count("""
                SELECT (SELECT count(*) FROM change_history WHERE ifnull(old_value, '') || ifnull(new_value, '') LIKE '%\(credentials.oneTimePassword)%')
                     + (SELECT count(*) FROM access_log WHERE object || detail LIKE '%\(credentials.oneTimePassword)%')
                """), 0)
        }
        // Every history row has its access-log entry.
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history h WHERE NOT EXISTS (SELECT 1 FROM access_log a WHERE a.history_id = h.id)"), 0)
    }

    func testReimportingTheSameFileChangesNothingAndKeepsPasswords() throws {
        let admin = try school.signIn("admin")
        let first = try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: false, session: admin)
        let counts = try school.peopleCounts()
        let hashes = try school.count("SELECT count(DISTINCT password_hash) FROM account")
        let again = try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: false, session: admin)
        XCTAssertEqual(again.problemLines, [])
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 3])
        XCTAssertTrue(again.credentials.isEmpty)
        XCTAssertEqual(try school.count(
            "SELECT count(*) FROM access_log WHERE action = 'change' AND object = 'import staff staff.csv: added 0, changed 0, unchanged 3'"
        ), 1, "the import itself is logged, with its counts")
        XCTAssertEqual(try school.peopleCounts(), counts)
        XCTAssertEqual(try school.count("SELECT count(DISTINCT password_hash) FROM account"), hashes)
        XCTAssertNoThrow(try school.service.signIn(login: first.credentials[0].login, password: first.credentials[0].oneTimePassword))
    }

    func testAChangedRowUpdatesByLoginWithHistory() throws {
        let admin = try school.signIn("admin")
        _ = try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: false, session: admin)
        var lines = staffLines()
        lines[0].position = "учитель математики и геометрии"
        lines[0].roles = [.teacher, .deputy]
        let report = try school.service.importStaff(lines, file: "staff.csv", dryRun: false, session: admin)
        XCTAssertEqual([report.added, report.changed, report.unchanged], [0, 1, 2])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'staff' AND field = 'position' AND new_value = 'учитель математики и геометрии'
            """), 1)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'account' AND field = 'roles' AND old_value = 'teacher' AND new_value = 'deputy,teacher'
            """), 1)
    }

    func testADryRunWritesNothingButCountsTheSame() throws {
        let admin = try school.signIn("admin")
        let before = try school.peopleCounts()
        let report = try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: true, session: admin)
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual([report.added, report.changed, report.unchanged], [2, 1, 0])
        XCTAssertTrue(report.credentials.isEmpty, "a dry run hands out no passwords")
        XCTAssertEqual(try school.peopleCounts(), before)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE 'import staff%'"), 0, "a dry run is not logged as an import")
    }

    func testEveryProblemOfTheFileIsListedAndNothingIsWritten() throws {
        let admin = try school.signIn("admin")
        var file = PeopleFile("staff.csv")
        let lines = [
            StaffLine(place: file.next(), name: PersonName(last: "Смирнова", first: "Татьяна"), login: "smirnova", roles: [.teacher]),
            StaffLine(place: file.next(), name: PersonName(last: "Смирнов", first: "Пётр"), login: "Smirnova", roles: [.teacher]),
            StaffLine(place: file.next(), name: PersonName(last: "", first: "Нина"), login: "nina", roles: []),
            StaffLine(place: file.next(), name: PersonName(last: "Иванов", first: "Сергей"), login: "parent", roles: [.teacher]),
            StaffLine(place: file.next(), name: PersonName(last: "Кузнецова", first: "Елена"), login: "admin", roles: [.teacher]),
            StaffLine(place: file.next(), name: PersonName(last: "Орлов", first: "Ян"), login: "орлов", roles: [.teacher]),
        ]
        let before = try school.peopleCounts()
        let report = try school.service.importStaff(lines, file: "staff.csv", dryRun: false, session: admin)
        XCTAssertEqual(report.problemLines, [
            "staff.csv:3: Логин: «smirnova» уже есть в строке 2; у каждого сотрудника свой логин",
            "staff.csv:4: Фамилия: не заполнена; впишите фамилию",
            "staff.csv:4: Роли: не указаны; впишите роли, например «учитель» или «завуч»",
            "staff.csv:5: Логин: «parent» — логин ученика или родителя; выберите другой",
            "staff.csv:6: Роли: нельзя снять роль администратора с себя; оставьте «администратор»",
            "staff.csv:7: Логин: «орлов»: логин — латинские буквы, цифры, точка, дефис или подчёркивание, до 64 знаков",
        ])
        XCTAssertEqual(try school.peopleCounts(), before)
    }

    func testOnlyTheAdministratorImportsStaff() throws {
        let deputy = try school.signIn("deputy")
        XCTAssertThrowsError(try school.service.importStaff(staffLines(), file: "staff.csv", dryRun: false, session: deputy)) {
            guard case .accessDenied = $0 as? JournalError else { return XCTFail("\($0)") }
        }
    }
}

final class StaffFormTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testTheAdministratorAddsOneMemberOfStaffAndGetsTheSlip() throws {
        let admin = try school.signIn("admin")
        let credentials = try school.service.addStaffMember(
            admin, name: PersonName(last: "Зайцева", first: "Нина", patronymic: "Львовна"), position: "учитель музыки",
            login: nil, roles: [.teacher]
        )
        XCTAssertEqual(credentials.login, "zaitseva.nl")
        XCTAssertTrue(try school.service.signIn(login: credentials.login, password: credentials.oneTimePassword).mustChangePassword)
        XCTAssertThrowsError(try school.service.addStaffMember(
            admin, name: PersonName(last: "Зайцева", first: "Нина", patronymic: "Львовна"), position: "", login: nil, roles: [.teacher]
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("такой сотрудник уже есть") == true, "\($0)") }
        XCTAssertEqual(try school.count("SELECT count(*) FROM staff WHERE last_name = 'Зайцева' AND position = 'учитель музыки'"), 1)
    }

    func testADisabledAccountCannotSignInAndKeepsItsHistory() throws {
        let admin = try school.signIn("admin")
        try school.service.setAccountDisabled(admin, login: "other", disabled: true)
        XCTAssertThrowsError(try school.signIn("other"))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'account' AND field = 'disabled' AND new_value = '1'"), 1)
        XCTAssertThrowsError(try school.service.setAccountDisabled(admin, login: "admin", disabled: true))
        XCTAssertThrowsError(try school.service.setAccountDisabled(try school.signIn("deputy"), login: "teacher", disabled: true))
        try school.service.setAccountDisabled(admin, login: "other", disabled: false)
        XCTAssertNoThrow(try school.signIn("other"))
    }
}
