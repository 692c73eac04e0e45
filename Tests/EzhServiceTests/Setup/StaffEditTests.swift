import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// The administrator's form for a member of staff: one row of a staff import naming the login.
final class StaffEditTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testTheAdministratorEditsAMemberOfStaffFieldByFieldAndTheRolesStay() throws {
        let admin = try school.signIn("admin")
        var details = try school.service.staffDetails(admin, login: "other")
        let name = details.name
        details.position = "учитель информатики"
        details.phone = "+7 900 444-55-66"
        details.subjects = ["Информатика"]
        XCTAssertTrue(try school.service.editStaffMember(admin, login: "other", details))

        let saved = try school.service.staffDetails(admin, login: "other")
        XCTAssertEqual(saved, StaffDetails(name: name, position: "учитель информатики", phone: "+7 900 444-55-66", subjects: ["Информатика"]))
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'staff' AND entity_key = 'staff=2'
              AND field IN ('position', 'phone', 'subjects')
            """), 3)
        XCTAssertEqual(try school.count("SELECT count(*) FROM account_role WHERE account_id = 2 AND role = 'teacher'"), 1)
        XCTAssertFalse(try school.service.editStaffMember(admin, login: "other", saved), "saving again changes nothing")

        // The form shows every field: an emptied phone and subject list clear them.
        details.phone = ""
        details.subjects = []
        XCTAssertTrue(try school.service.editStaffMember(admin, login: "other", details))
        let cleared = try school.service.staffDetails(admin, login: "other")
        XCTAssertEqual([cleared.phone, cleared.subjects.joined()], ["", ""])
    }

    func testOnlyTheAdministratorEditsStaff() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try school.service.staffDetails(teacher, login: "other"))
        let deputy = try school.signIn("deputy")
        let details = StaffDetails(name: PersonName(last: "Другой", first: "Учитель"), position: "", phone: "", subjects: [])
        XCTAssertThrowsError(try school.service.editStaffMember(deputy, login: "other", details))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'staff'"), 0)
    }
}
