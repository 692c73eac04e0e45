import Foundation
import XCTest

/// The year's files through the real binary: the sample school from an empty `ezh init` to its
/// lessons, a timetable that takes a teacher and a room twice refused whole, `ezh lessons generate`.
final class YearImportCommandTests: JournalFolderCase {
    private static let password = "Пароль-администратора\n"
    private static let samples = TmuxSession.packageRoot.appendingPathComponent("docs/samples/school")

    private func sql(_ db: String, _ statement: String) throws -> String {
        let run = try CommandRun.run([try CommandRun.tool("sqlite3"), "-cmd", ".timeout 10000", db, statement])
        XCTAssertEqual(run.status, 0, run.errors)
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func ezh(_ arguments: [String], _ db: String) throws -> CommandRun {
        try folder.ezh(arguments + ["--db", db, "--login", "admin", "--password-stdin"], input: Self.password)
    }

    func testTheSampleSchoolsYearFromAnEmptyJournalToItsLessons() throws {
        let db = try folder.makeJournal()
        _ = try sql(db, "UPDATE account SET must_change_password = 0")
        for kind in ["bells", "calendar", "staff", "classes", "pupils", "parents", "curriculum", "timetable", "ktp"] {
            let run = try ezh(["import", kind, Self.samples.appendingPathComponent("\(kind).csv").path, "--slips", folder.path("\(kind)-slips.txt")], db)
            XCTAssertEqual(run.status, 0, "\(kind): \(run.errors)")
            XCTAssertTrue(run.output.hasPrefix("\(kind).csv: добавлено "), "\(kind): \(run.output)")
        }
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM timetable_slot"), "98")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM lesson_plan_item"), "32")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM lesson WHERE date BETWEEN '2026-12-30' AND '2027-01-11'"), "0", "winter holidays")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM lesson WHERE date > '2027-05-26'"), "0", "the year ends on 26 May")

        // Made again from the year's first day: September's lessons too, nothing else changes.
        let generated = try ezh(["lessons", "generate", "--from", "2026-09-01"], db)
        XCTAssertEqual(generated.status, 0, generated.errors)
        XCTAssertTrue(generated.output.hasPrefix("Уроки с 01.09.2026: добавлено "), generated.output)
        XCTAssertTrue(generated.output.hasSuffix(", изменено 0, удалено 0.\n"), generated.output)
        XCTAssertEqual(try sql(db, """
            SELECT lesson_number || ' ' || starts_at || ' ' || l.room FROM lesson l JOIN class c ON c.id = l.class_id
            WHERE c.grade = 5 AND c.letter = 'Б' AND date = '2026-09-07' ORDER BY lesson_number LIMIT 1
            """), "1 08:30 22", "Monday 7 September: 5Б's mathematics first, in room 22")
        let again = try ezh(["lessons", "generate", "--from", "2026-09-01", "--dry-run"], db)
        XCTAssertEqual(again.output, "Уроки с 01.09.2026: добавлено 0, изменено 0, удалено 0. (пробная проверка: ничего не записано)\n")

        let lessons = try sql(db, "SELECT count(*) FROM lesson")
        let timetable = try String(contentsOf: Self.samples.appendingPathComponent("timetable.csv"), encoding: .utf8)
            .replacingOccurrences(of: "5А;понедельник;2;Математика;;smirnov;22;", with: "5А;понедельник;1;Математика;;smirnov;22;")
            .replacingOccurrences(of: "5Б;понедельник;1;Математика;;smirnov;22;", with: "5Б;понедельник;1;Математика;;smirnov;21;")
        try timetable.write(toFile: folder.path("timetable.csv"), atomically: true, encoding: .utf8)
        let refused = try ezh(["import", "timetable", folder.path("timetable.csv")], db)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.errors, """
            timetable.csv:24: Класс: пн, 1 урок: 5А Математика (Смирнов А.В., каб. 22) совпадает с 5А Литература (Петрова Е.С., каб. 21): у 5А в это время уже урок; одновременно могут идти только уроки разных подгрупп; перенесите один из уроков.
            timetable.csv:48: Кабинет: пн, 1 урок: 5Б Математика (Смирнов А.В., каб. 21) совпадает с 5А Литература (Петрова Е.С., каб. 21): кабинет 21 занят; перенесите один из уроков.
            timetable.csv:48: Учитель: пн, 1 урок: 5Б Математика (Смирнов А.В., каб. 21) совпадает с 5А Математика (Смирнов А.В., каб. 22): учитель Смирнов А.В. не может вести два урока сразу; перенесите один из уроков.
            ezh: timetable.csv не импортирован: ошибок 3; ничего не записано. Исправьте файл и повторите.

            """)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM lesson"), lessons)
    }
}
