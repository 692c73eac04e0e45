import Foundation
import XCTest

/// The teacher's reports with the real `ezh` on the demo school (built by `ezh init` and its
/// imports): the КТП and the subject results as A4 PDFs whose text holds the headers, names and
/// totals; the average dynamics with its chart (legend in the PDF's text, points as CSV rows);
/// another subject's teacher refused with one `ezh:` line.
final class TeacherReportCommandTests: JournalFolderCase {
    private var db = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        db = folder.path("demo.sqlite")
        let made = try folder.ezh(["init", "--demo", "--db", db, "--now", "2026-11-30 16:00"])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    private func report(_ arguments: [String], login: String = "teacher") throws -> CommandRun {
        try folder.ezh(["report"] + arguments + ["--db", db, "--login", login, "--password-stdin"], input: "demo\n")
    }

    private func pdfText(_ path: String) throws -> (info: String, text: String) {
        (try CommandRun.run([try CommandRun.tool("pdfinfo"), path]).output,
         try CommandRun.run([try CommandRun.tool("pdftotext"), "-layout", path, "-"]).output)
    }

    private func sql(_ query: String) throws -> String {
        try CommandRun.run([try CommandRun.tool("sqlite3"), db, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testTheTeachersReportsOnTheDemoSchool() throws {
        let list = try folder.ezh(["report", "list"]).output
        for id in ["ktp", "subject-results", "teacher-period", "average-dynamics"] {
            XCTAssertTrue(list.contains(id + "\t"), list)
        }
        // The demo's `teacher` teaches 5А Математика; the first quarter is closed with finals.
        let pupil = try sql("""
            SELECT p.last_name || ' ' || p.first_name FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            JOIN class c ON c.id = m.class_id WHERE c.grade = 5 AND c.letter = 'А' AND m.to_date IS NULL
            ORDER BY p.last_name, p.first_name LIMIT 1
            """)

        let results = folder.path("итоги.pdf")
        let made = try report(["subject-results", "--class", "5А", "--subject", "Математика", "--period", "1", "-o", results])
        XCTAssertEqual(made.status, 0, made.errors)
        let (resultsInfo, resultsText) = try pdfText(results)
        XCTAssertTrue(resultsInfo.contains("595.276 x 841.89 pts (A4)"), resultsInfo)
        for expected in ["Итоги успеваемости по предмету: Математика", "Класс: 5А", "Период: 1 четверть", "Средне-", pupil,
                         "Аттестовано (N)", "Успеваемость, %", "Качество, %", "СОУ, %", "Учитель", "стр. 1 из 1"] {
            XCTAssertTrue(resultsText.contains(expected), "\(expected) missing:\n\(resultsText)")
        }

        let ktp = folder.path("ктп.pdf")
        XCTAssertEqual(try report(["ktp", "--class", "5А", "--subject", "Математика", "--period", "2", "-o", ktp]).status, 0)
        let (ktpInfo, ktpText) = try pdfText(ktp)
        XCTAssertTrue(ktpInfo.contains("841.89 x 595.276 pts (A4)"), ktpInfo)
        for expected in ["КТП: план и факт — Математика", "Тема по плану", "Тема проведённого урока", "За период по плану, ч.", "С начала года на \(moscowDate(daysFromToday: -1))"] {
            XCTAssertTrue(ktpText.contains(expected), "\(expected) missing:\n\(ktpText)")
        }

        let dynamics = folder.path("динамика.pdf")
        let dynamicsRun = try report(["average-dynamics", "--class", "5А", "--subject", "Математика", "--period", "2", "--pupil", pupil, "-o", dynamics])
        XCTAssertEqual(dynamicsRun.status, 0, dynamicsRun.errors)
        let (_, dynamicsText) = try pdfText(dynamics)
        for expected in ["Динамика среднего балла: \(pupil), Математика", "Средневзвешенный балл с начала периода", "Класс 5А", "Итого"] {
            XCTAssertTrue(dynamicsText.contains(expected), "\(expected) missing:\n\(dynamicsText)")
        }
        let csv = try report(["average-dynamics", "--class", "5А", "--subject", "Математика", "--period", "2", "--pupil", pupil,
                              "--format", "csv", "-o", "-"])
        XCTAssertTrue(csv.output.contains("График: Средневзвешенный балл с начала периода"), csv.output)
        XCTAssertTrue(csv.output.contains("Дата;\(pupil);Класс 5А"), csv.output)

        let own = try report(["teacher-period", "--teacher", "teacher", "--period", "1", "--format", "text", "-o", "-"])
        XCTAssertEqual(own.status, 0, own.errors)
        XCTAssertTrue(own.output.contains("5А    Математика"), own.output)
    }

    func testAnotherSubjectsTeacherIsRefused() throws {
        let login = try sql("""
            SELECT a.login FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'teacher'
            WHERE a.staff_id NOT IN (SELECT t.teacher_id FROM teaching t JOIN class c ON c.id = t.class_id WHERE c.grade = 5 AND c.letter = 'А')
              AND a.staff_id NOT IN (SELECT class_teacher_id FROM class WHERE class_teacher_id IS NOT NULL AND grade = 5 AND letter = 'А')
              AND NOT EXISTS (SELECT 1 FROM account_role x WHERE x.account_id = a.id AND x.role IN ('deputy', 'director'))
            ORDER BY a.login LIMIT 1
            """)
        let run = try report(["subject-results", "--class", "5А", "--subject", "Математика", "--period", "1", "-o", folder.path("x.pdf")], login: login)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errorLines, ["ezh: Нет доступа: итоги по предмету чужого класса."])
        XCTAssertNil(folder.bytes(folder.path("x.pdf")))
        let other = try report(["teacher-period", "--teacher", "teacher", "--period", "1", "-o", folder.path("y.pdf")], login: login)
        XCTAssertEqual(other.errorLines, ["ezh: Нет доступа: отчёт другого учителя."])
    }
}
