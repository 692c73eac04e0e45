import EzhCore
import EzhService
import EzhSheets
import EzhStore
import Foundation
import GRDB
import XCTest

/// The sample school's year files (docs/samples/school), which docs/school-setup.md walks
/// through, read as sheets and imported: they must go in without a problem and make lessons.
/// Staff and classes come from files this suite does not import: they are written directly.
final class SampleSchoolYearTests: XCTestCase {
    private var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/samples/school")
    }

    private func table(_ name: String) throws -> SheetTable {
        try SheetReader.read(path: samples.appendingPathComponent(name).path)
    }

    /// The sample's staff (each with an account of their login) and classes, in the open year.
    private func addStaffAndClasses(_ school: YearSetupSchool) throws {
        let staff = try table("staff.csv")
        let classes = try table("classes.csv")
        try school.store.pool.write { db in
            for row in staff.rows {
                try db.execute(sql: "INSERT INTO staff (last_name, first_name, patronymic) VALUES (?, ?, ?)", arguments: [row[0], row[1], row[2]])
                try db.execute(sql: "INSERT INTO account (login, password_hash, staff_id) VALUES (?, 'unused', ?)",
                               arguments: [row[4], db.lastInsertedRowID])
            }
            for row in classes.rows {
                let name = row[0]
                try db.execute(sql: """
                    INSERT INTO class (year_id, grade, letter, period_scheme, class_teacher_id, shift)
                    SELECT (SELECT max(id) FROM academic_year), ?, ?, g.scheme, (SELECT staff_id FROM account WHERE login = ?), ?
                    FROM grade_scheme g WHERE g.grade = ?
                    """, arguments: [Int(name.dropLast())!, String(name.last!), row[1], Int(row[3])!, Int(name.dropLast())!])
            }
        }
    }

    func testTheSampleSchoolsYearImportsAndMakesItsLessons() throws {
        let school = try YearSetupSchool(withTeachers: false)
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        func check(_ report: ImportReport, _ file: String) {
            XCTAssertEqual(report.problemLines, [], file)
            XCTAssertGreaterThan(report.added, 0, file)
        }
        let bells = BellsSheet.lines(try table("bells.csv"))
        XCTAssertEqual(bells.problems, [])
        check(try school.service.importBells(bells.lines, file: "bells.csv", session: deputy), "bells.csv")
        let calendar = CalendarSheet.lines(try table("calendar.csv"))
        XCTAssertEqual(calendar.problems, [])
        check(try school.service.importCalendar(calendar.lines, file: "calendar.csv", session: deputy), "calendar.csv")
        try addStaffAndClasses(school)
        let curriculum = CurriculumSheet.lines(try table("curriculum.csv"))
        XCTAssertEqual(curriculum.problems, [])
        check(try school.service.importCurriculum(curriculum.lines, file: "curriculum.csv", session: deputy), "curriculum.csv")
        let timetable = TimetableSheet.lines(try table("timetable.csv"))
        XCTAssertEqual(timetable.problems, [])
        let report = try school.service.importTimetable(timetable.lines, file: "timetable.csv", session: deputy)
        check(report, "timetable.csv")
        XCTAssertEqual(report.added, 98)
        let plans = PlanSheet.lines(try table("ktp.csv"))
        XCTAssertEqual(plans.problems, [])
        check(try school.service.importPlans(plans.lines, file: "ktp.csv", session: deputy), "ktp.csv")

        XCTAssertEqual(try school.lessons("2А", on: "2026-12-29").first, "1 Русский язык 08:30-09:00 11",
                       "the last day of the quarter rings the shortened bells")
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-02"), [], "autumn holidays")
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE date > '2027-05-26'"), 0, "the year ends on 26 May")
    }
}
