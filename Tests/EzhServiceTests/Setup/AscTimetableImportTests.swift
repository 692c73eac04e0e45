import EzhCore
import EzhService
import EzhSheets
import Foundation
import XCTest

/// aSc Timetables' export imported as the timetable: its teachers found by full name and by
/// initials, its groups as subgroups, a card of two classes as a lesson of each, and what cannot
/// be a weekly lesson refusing the file with the journal's own checks.
final class AscTimetableImportTests: XCTestCase {
    private let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EzhSheetsTests/Fixtures/asc-timetable.xml")

    /// The export's school: its four teachers, 5А and 5Б, their curriculum, and the boys' groups
    /// for technology (which the pupils file would make).
    private func schoolOfTheExport() throws -> (YearSetupSchool, Session) {
        let school = try YearSetupSchool(withTeachers: false)
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        _ = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        try school.addClasses()
        try school.execute("""
            INSERT INTO staff (id, last_name, first_name, patronymic) VALUES
                (11, 'Смирнова', 'Мария', 'Ивановна'), (12, 'Кузнецов', 'Олег', 'Петрович'),
                (13, 'Лебедева', 'Елена', 'Андреевна'), (14, 'Орлова', 'Ирина', 'Сергеевна');
            INSERT INTO account (login, password_hash, staff_id) VALUES ('smirnova', 'x', 11), ('kuznetsov', 'x', 12), ('lebedeva', 'x', 13), ('orlova', 'x', 14);
            """)
        let curriculum = [("5А", "Математика", 2.0, false), ("5Б", "Русский язык", 1, false), ("5А", "Английский язык", 1, true),
                          ("5А", "Технология", 2, true), ("5Б", "Технология", 2, true)]
        let report = try school.service.importCurriculum(curriculum.enumerated().map { index, line in
            CurriculumHoursLine(place: SheetPlace(file: "curriculum.csv", row: index + 2), className: line.0, subject: line.1,
                                hoursPerWeek: line.2, split: line.3)
        }, file: "curriculum.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        try school.execute("""
            INSERT INTO subgroup (class_id, subject_id, name) SELECT class_id, subject_id, 'Мальчики' FROM curriculum
            WHERE subject_id = (SELECT id FROM subject WHERE name = 'Технология');
            """)
        return (school, deputy)
    }

    func testAnExportWithAnAlternateWeekLessonIsRefusedAndWithoutItImported() throws {
        let (school, deputy) = try schoolOfTheExport()
        defer { school.remove() }
        let timetable = try AscTimetableReader.read(path: export.path)
        let (lines, problems) = AscTimetableLines.lines(timetable)
        let refused = try school.service.importTimetable(lines, file: timetable.fileName, readProblems: problems, session: deputy)
        XCTAssertEqual(refused.problems.count, 1)
        XCTAssertTrue(refused.problemLines[0].hasPrefix("asc-timetable.xml:"), refused.problemLines[0])
        XCTAssertTrue(refused.problemLines[0].contains("5Б Физическая культура: урок идёт не каждую неделю"), refused.problemLines[0])
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot"), 0)

        // The card left out of the export (as the message says): every other lesson goes in.
        let report = try school.service.importTimetable(lines, file: timetable.fileName, session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(report.added, 9)
        XCTAssertEqual(try school.strings("""
            SELECT s.last_name FROM teaching t JOIN staff s ON s.id = t.teacher_id JOIN subject j ON j.id = t.subject_id
            WHERE j.name = 'Английский язык' ORDER BY t.id
            """), ["Лебедева", "Орлова"], "«Лебедева Е.А.» by her initials")
        XCTAssertEqual(try school.lessons("5Б", on: "2026-11-05"), [
            "3 Технология Мальчики 10:30-11:15 Мастерская", "4 Технология Мальчики 11:35-12:20 Мастерская",
        ])
    }
}
