import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// The school's own settings: name and week, with history; the rules through the same screen.
final class SchoolSettingsTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private func value(_ key: String, _ session: Session) throws -> String? {
        try school.service.schoolSettings(session).first { $0.key == key }?.value
    }

    func testTheAdministratorRenamesTheSchoolAndChangesTheWeekWithHistory() throws {
        let admin = try school.signIn("admin")
        try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.name, value: " МБОУ «Лицей № 2» ")
        try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.weekDays, value: "6")
        try school.service.changeSchoolSetting(admin, key: "rules.mark_window_days", value: "7")
        XCTAssertEqual(try value(JournalService.SchoolSettingKey.name, admin), "МБОУ «Лицей № 2»")
        XCTAssertEqual(try value(JournalService.SchoolSettingKey.weekDays, admin), "6")
        XCTAssertEqual(try value("rules.mark_window_days", admin), "7")
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'school' AND entity_key = 'school=1'
              AND ((field = 'name' AND new_value = 'МБОУ «Лицей № 2»') OR (field = 'week_days' AND old_value = '5' AND new_value = '6'))
            """), 2)
        try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.weekDays, value: "6")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'school'"), 2, "no change, no history")
    }

    func testWrongValuesAndOtherRolesAreRefused() throws {
        let admin = try school.signIn("admin")
        XCTAssertThrowsError(try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.weekDays, value: "7"))
        XCTAssertThrowsError(try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.name, value: "  "))
        let deputy = try school.signIn("deputy")
        XCTAssertThrowsError(try school.service.schoolSettings(deputy))
        XCTAssertThrowsError(try school.service.changeSchoolSetting(deputy, key: JournalService.SchoolSettingKey.weekDays, value: "6"))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'school'"), 0)
    }

    func testASixDayWeekStaysWhileTheTimetableHasSaturdayLessons() throws {
        let admin = try school.signIn("admin")
        try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.weekDays, value: "6")
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number)
                SELECT c.year_id, t.id, 6, 1 FROM teaching t JOIN class c ON c.id = t.class_id LIMIT 1
                """)
        }
        XCTAssertThrowsError(try school.service.changeSchoolSetting(admin, key: JournalService.SchoolSettingKey.weekDays, value: "5")) { error in
            XCTAssertEqual((error as? JournalError)?.message(in: .ru),
                           "Дней в неделе: в расписании есть уроки в субботу; сначала уберите их из расписания")
        }
        XCTAssertEqual(try value(JournalService.SchoolSettingKey.weekDays, admin), "6")
    }
}
