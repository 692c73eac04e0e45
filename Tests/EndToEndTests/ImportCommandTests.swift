import Foundation
import XCTest

/// `ezh import` on the real binary: a new school's people from the sample files, a bad file
/// refused whole with every problem on stderr, templates, and the sign-in it needs.
final class ImportCommandTests: JournalFolderCase {
    private static let password = "Пароль-администратора\n"
    private static let samples = TmuxSession.packageRoot.appendingPathComponent("docs/samples/school")

    private func sample(_ name: String) -> String { Self.samples.appendingPathComponent(name).path }

    private func sql(_ db: String, _ statement: String) throws -> String {
        let run = try CommandRun.run([try CommandRun.tool("sqlite3"), "-cmd", ".timeout 10000", db, statement])
        XCTAssertEqual(run.status, 0, run.errors)
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func importing(_ kind: String, _ file: String, _ db: String, _ more: [String] = []) throws -> CommandRun {
        try folder.ezh(["import", kind, file, "--db", db, "--login", "admin", "--password-stdin"] + more, input: Self.password)
    }

    /// A school past its first sign-in, with the sample calendar's year and periods (what
    /// `ezh import calendar` makes).
    private func readySchool() throws -> String {
        let db = try folder.makeJournal()
        _ = try sql(db, """
            UPDATE account SET must_change_password = 0;
            INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-05-26');
            INSERT INTO period (year_id, scheme, number, starts_on, ends_on) VALUES
                (1, 'quarter', 1, '2026-09-01', '2026-10-23'), (1, 'quarter', 2, '2026-11-05', '2026-12-29'),
                (1, 'quarter', 3, '2027-01-12', '2027-03-19'), (1, 'quarter', 4, '2027-03-29', '2027-05-26'),
                (1, 'half', 1, '2026-09-01', '2026-12-29'), (1, 'half', 2, '2027-01-12', '2027-05-26');
            """)
        return db
    }

    func testAnAccountWithAOneTimePasswordIsSentToChangeItFirst() throws {
        let db = try folder.makeJournal()
        let run = try importing("staff", sample("staff.csv"), db)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "ezh: admin: пароль ещё одноразовый; войдите в ezh, задайте свой пароль и повторите команду\n")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM staff"), "1")
    }

    func testANewSchoolImportsItsPeopleFromTheSampleFiles() throws {
        let db = try readySchool()
        let dry = try importing("staff", sample("staff.csv"), db, ["--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.hasPrefix("staff.csv: добавлено 12, изменено 0, без изменений 0 (пробная проверка: ничего не записано)\n"), dry.output)
        XCTAssertTrue(dry.output.contains("замечание: staff.csv:8: Предметы: предмет «Английский язык» добавлен в школу"), dry.output)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM staff"), "1", "a dry run writes nothing")

        let slips = folder.path("slips.txt")
        let staff = try importing("staff", sample("staff.csv"), db, ["--slips", slips])
        XCTAssertEqual(staff.status, 0, staff.errors)
        XCTAssertTrue(staff.output.hasPrefix("staff.csv: добавлено 12, изменено 0, без изменений 0\n"), staff.output)
        XCTAssertTrue(staff.output.contains("Реквизиты новых учётных записей (12): \(slips)"), staff.output)
        XCTAssertFalse(staff.output.contains("Пароль"), "passwords go to the slips file only")
        let slipText = try String(contentsOfFile: slips, encoding: .utf8)
        XCTAssertEqual(slipText.components(separatedBy: "Логин:").count - 1, 12)
        XCTAssertTrue(slipText.contains("Логин:  petrova"), slipText)
        let mode = try FileManager.default.attributesOfItem(atPath: slips)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        for (kind, counts) in [("classes", "добавлено 4"), ("pupils", "добавлено 62"), ("parents", "добавлено 85")] {
            let run = try importing(kind, sample("\(kind).csv"), db)
            XCTAssertEqual(run.status, 0, "\(kind): \(run.errors)")
            XCTAssertTrue(run.output.hasPrefix("\(kind).csv: \(counts), изменено 0, без изменений 0"), "\(kind): \(run.output)")
        }
        XCTAssertEqual(try sql(db, """
            SELECT group_concat(role, ' ') FROM (SELECT role FROM account_role r JOIN account a ON a.id = r.account_id
                                                 WHERE login = 'petrova' ORDER BY role)
            """), "class_teacher teacher", "the classes file made petrova 5А's class teacher")
        // Every pupil is in their subgroup from the current period on, not in the one that is over.
        XCTAssertEqual(try sql(db, "SELECT count(DISTINCT pupil_id) FROM subgroup_membership"), "62")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM subgroup_membership m JOIN period p ON p.id = m.period_id WHERE p.ends_on < '2026-11-05'"), "0")

        // Importing again changes nothing: no new history.
        let history = try sql(db, "SELECT count(*) FROM change_history")
        let again = try importing("pupils", sample("pupils.csv"), db)
        XCTAssertTrue(again.output.hasPrefix("pupils.csv: добавлено 0, изменено 0, без изменений 62"), again.output)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM change_history"), history)

        let verify = try folder.ezh(["audit", "verify", "--db", db])
        XCTAssertEqual(verify.status, 0, verify.errors)
    }

    func testABadFileExits1ListingEveryProblemAndWritesNothing() throws {
        let db = try readySchool()
        XCTAssertEqual(try importing("staff", sample("staff.csv"), db, ["--slips", folder.path("slips.txt")]).status, 0)
        XCTAssertEqual(try importing("classes", sample("classes.csv"), db).status, 0)
        let file = folder.path("pupils.csv")
        try Data("""
            Фамилия;Имя;Отчество;Дата рождения;Пол;Номер личного дела;Класс
            Белов;Ян;;31.02.2015;м;501;5А
            Белова;Яна;;01.02.2015;x;502;5А
            Серов;Ян;;01.03.2015;м;503;5Д
            Серова;Яна;;01.03.2015;ж;503;5Б
            Титов;;;01.03.2015;м;504;5Б

            """.utf8).write(to: URL(fileURLWithPath: file))
        let history = try sql(db, "SELECT count(*) FROM change_history")
        let run = try importing("pupils", file, db)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "")
        XCTAssertEqual(run.errorLines, [
            "pupils.csv:2: Дата рождения: «31.02.2015»: ожидается дата вида 01.09.2015",
            "pupils.csv:3: Пол: «x»: ожидается «м» или «ж»",
            "pupils.csv:4: Класс: класса 5Д нет в 2026/2027 учебном году; сначала импортируйте классы (ezh import classes) или исправьте класс",
            "pupils.csv:5: Номер личного дела: № 503 уже в строке 4; у каждого ученика свой номер личного дела",
            "pupils.csv:6: Имя: не заполнено: имя",
            "ezh: pupils.csv не импортирован: ошибок 5; ничего не записано. Исправьте файл и повторите.",
        ])
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM pupil"), "0")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM change_history"), history)
    }

    func testAWindows1251FileWithCommasAsRussianExcelSavesItImports() throws {
        let db = try readySchool()
        let file = folder.path("сотрудники.csv")
        let text = "Фамилия,Имя,Отчество,Логин,Роли\r\nЁжикова,Алёна,Игоревна,ezhikova,\"учитель, завуч\"\r\n"
        try XCTUnwrap(text.data(using: .windowsCP1251)).write(to: URL(fileURLWithPath: file))
        let run = try importing("staff", file, db, ["--slips", folder.path("slips.txt")])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("сотрудники.csv: добавлено 1, изменено 0, без изменений 0"), run.output)
        XCTAssertEqual(try sql(db, "SELECT last_name || ' ' || first_name FROM staff WHERE id = 2"), "Ёжикова Алёна")
        XCTAssertEqual(try sql(db, "SELECT group_concat(role, ' ') FROM (SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE login = 'ezhikova' ORDER BY role)"),
                       "deputy teacher")
    }

    func testTemplatesHaveTheColumnsAndASampleRow() throws {
        let staff = try folder.ezh(["import", "template", "staff"])
        XCTAssertEqual(staff.status, 0, staff.errors)
        XCTAssertTrue(staff.output.hasPrefix("Фамилия;Имя;Отчество;Должность;Логин;Роли;Предметы;Телефон\r\n"), staff.output)
        let path = folder.path("pupils-template.csv")
        let written = try folder.ezh(["import", "template", "pupils", "--output", path])
        XCTAssertEqual(written.status, 0, written.errors)
        let bytes = try XCTUnwrap(folder.bytes(path))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with BOM, as Russian Excel wants it")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(";Номер личного дела;Класс;Подгруппы;"))
    }
}
