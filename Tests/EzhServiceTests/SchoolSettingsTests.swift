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

    func testEveryRuleSettingIsListedWithItsDefaultAndAChangeIsAuditedWithWho() throws {
        let admin = try school.signIn("admin")
        let listed = try school.service.ruleSettings(admin)
        XCTAssertEqual(listed.map(\.info.key), RuleQueries.Key.all + NoticeSettings.Key.all)
        XCTAssertTrue(listed.allSatisfy(\.isDefault), "a new school has every default")
        XCTAssertEqual(try school.service.ruleSetting(admin, key: "rules.final_thresholds").value, "2.5,3.5,4.5")

        try school.service.changeRuleSetting(admin, key: "rules.final_thresholds", value: " 2.6, 3.6 ,4.6 ")
        try school.service.changeRuleSetting(admin, key: "rules.final_thresholds", value: "2.6,3.6,4.6")
        let changed = try school.service.ruleSetting(admin, key: "rules.final_thresholds")
        XCTAssertEqual(changed.value, "2.6,3.6,4.6")
        XCTAssertFalse(changed.isDefault)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history h JOIN access_log l ON l.history_id = h.id
            WHERE h.entity = 'setting' AND h.entity_key = 'rules.final_thresholds' AND h.old_value IS NULL
              AND h.new_value = '2.6,3.6,4.6' AND h.account_id = 3 AND l.login = 'admin'
            """), 1, "one history row with its access-log entry; the same value again writes nothing")
    }

    func testABadValueIsRefusedSayingWhatTheSettingTakesAndNothingIsWritten() throws {
        let admin = try school.signIn("admin")
        let cases: [(String, String, String)] = [
            ("rules.day_entry_deadline", "25:00", "«25:00» не подходит; нужно: время ЧЧ:ММ, например 21:00"),
            ("rules.homework_grace_minutes", "721", "«721» не подходит; нужно: число минут от 0 до 720"),
            ("rules.mark_window_days", "-1", "«-1» не подходит; нужно: число дней от 0 до 60"),
            ("rules.homework_by_end_of_school_day", "да", "«да» не подходит; нужно: 0 или 1"),
            ("rules.russian_text_check", "loose", "«loose» не подходит; нужно: strict, warn или off"),
            ("rules.final_thresholds", "3.5,2.5,4.5", "«3.5,2.5,4.5» не подходит; нужно: три возрастающих порога от 1 до 5 через запятую, например 2.5,3.5,4.5"),
            ("rules.final_thresholds", "2.5,3.5,4.5,", "«2.5,3.5,4.5,» не подходит; нужно: три возрастающих порога от 1 до 5 через запятую, например 2.5,3.5,4.5"),
        ]
        for (key, value, message) in cases {
            XCTAssertThrowsError(try school.service.changeRuleSetting(admin, key: key, value: value)) { error in
                XCTAssertEqual((error as? JournalError)?.message(in: .ru), "\(key): \(message)")
            }
        }
        // The edges are accepted.
        try school.service.changeRuleSetting(admin, key: "rules.homework_grace_minutes", value: "720")
        try school.service.changeRuleSetting(admin, key: "rules.mark_window_days", value: "0")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'setting'"), 2)
    }
}
