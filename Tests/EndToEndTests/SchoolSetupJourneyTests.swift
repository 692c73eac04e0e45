import Foundation
import XCTest

/// docs/school-setup.md on the real binary, without the demo: `ezh init`, the administrator's
/// first sign-in, every sample file imported in the documented order, then a teacher signs in with
/// the one-time password from the slips file, chooses a password, puts a 5 and an Н in today's
/// lesson, quits, starts ezh again and finds both. Every process runs under `faketime` on Tuesday
/// 1 December 2026, 10:30 in Moscow, a school day of the sample year, so the test passes on any date.
final class SchoolSetupJourneyTests: EndToEndCase {
    private static let samples = TmuxSession.packageRoot.appendingPathComponent("docs/samples/school")
    /// 10:30 in Moscow: 5Б's mathematics (lesson 3) has just begun.
    private static let schoolTime = "2026-12-01 07:30:00"
    private static let kinds = ["bells", "calendar", "staff", "classes", "pupils", "parents", "curriculum", "timetable", "ktp"]
    private static let adminPassword = "Пароль-администратора"
    private static let teacherPassword = "Смирнов-пароль-2026"

    override class var needsSQLite3: Bool { true }

    private var faketime: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        faketime = try CommandRun.tool("faketime")
    }

    /// The command under the school day's clock, in UTC (faketime reads the time in the zone).
    private func atSchoolTime(_ command: [String]) -> [String] {
        ["/usr/bin/env", "TZ=UTC", faketime, Self.schoolTime] + command
    }

    @discardableResult
    private func ezhOnSchoolDay(_ arguments: [String], input: String? = nil) throws -> CommandRun {
        try CommandRun.run(atSchoolTime([ezhBinary] + arguments), input: input, environment: ["HOME": folder.path])
    }

    private func startJournal() throws -> TmuxSession {
        try TmuxSession(command: atSchoolTime([ezhBinary, "--db", database]), home: folder.path)
    }

    private func signIn(_ tmux: TmuxSession, _ login: String, _ password: String) throws {
        try tmux.wait(forText: "Пароль:", timeout: 30)
        try tmux.type(login)
        try tmux.press("Enter")
        try tmux.type(password)
        try tmux.press("Enter")
    }

    /// The first sign-in with a one-time password: the password screen, then the start screen.
    private func chooseOwnPassword(_ tmux: TmuxSession, oneTime: String, new: String) throws {
        try tmux.wait(forText: "Одноразовый пароль:")
        try tmux.type(oneTime)
        try tmux.press("Tab")
        try tmux.type(new)
        try tmux.press("Tab")
        try tmux.type(new)
        try tmux.press("Enter")
        try tmux.wait(forText: "Пароль изменён")
    }

    /// From the start screen, down the list until the status line names `journal`, then opens it.
    private func open(_ journal: String, _ tmux: TmuxSession) throws {
        try tmux.wait(forText: "Уроки сегодня")
        for _ in 0..<20 {
            let screen = try tmux.capture()
            if screen[TmuxSession.rows - 2].contains(journal) { break }
            try tmux.press("Down")
            try tmux.wait(for: "the selection to move") { $0[TmuxSession.rows - 2] != screen[TmuxSession.rows - 2] }
        }
        try tmux.press("Enter")
        try tmux.wait(forText: "[Оценки]")
    }

    private func waitForFirstCell(_ tmux: TmuxSession, _ value: String) throws {
        try tmux.waitForFirstCell(value, day: "01.12")
    }

    /// The one-time password on `holder`'s slip in the slips file.
    private func oneTimePassword(of holder: String, in slips: String) -> String? {
        let lines = slips.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: holder) else { return nil }
        return lines[start...].first { $0.hasPrefix("Пароль: ") }.map { String($0.dropFirst("Пароль: ".count)) }
    }

    func testANewSchoolFromTheSampleFilesKeepsATeachersMarkAndAbsence() throws {
        let made = try ezhOnSchoolDay(["init", "--db", database, "--school", "МБОУ СОШ № 1", "--timezone", "Europe/Moscow",
                                       "--admin", "admin", "--password-stdin"], input: "Первый-пароль-1\n")
        XCTAssertEqual(made.status, 0, made.errors)

        // The administrator signs in once and chooses a password, as the page says, before importing.
        var admin: TmuxSession? = try startJournal()
        try signIn(admin!, "admin", "Первый-пароль-1")
        try chooseOwnPassword(admin!, oneTime: "Первый-пароль-1", new: Self.adminPassword)
        try admin!.press("F10")
        try admin!.waitForExit()
        admin = nil

        for kind in Self.kinds {
            let file = Self.samples.appendingPathComponent("\(kind).csv").path
            let run = try ezhOnSchoolDay(["import", kind, file, "--db", database, "--login", "admin", "--password-stdin"],
                                         input: Self.adminPassword + "\n")
            XCTAssertEqual(run.status, 0, "\(kind): \(run.errors)")
            XCTAssertTrue(run.output.hasPrefix("\(kind).csv: добавлено "), "\(kind): \(run.output)")
        }
        let slipsPath = folder.appendingPathComponent("ezh-exports/staff-slips-2026-12-01.txt").path
        let slips = try String(contentsOfFile: slipsPath, encoding: .utf8)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: slipsPath)[.posixPermissions] as? Int, 0o600)
        let oneTime = try XCTUnwrap(oneTimePassword(of: "Смирнов Алексей Владимирович", in: slips), slips)

        var teacher: TmuxSession? = try startJournal()
        try signIn(teacher!, "smirnov", oneTime)
        try chooseOwnPassword(teacher!, oneTime: oneTime, new: Self.teacherPassword)
        try open("5Б · Математика", teacher!)
        try teacher!.typeFirstMark("5")
        try waitForFirstCell(teacher!, "5")
        try teacher!.press("Up", "Tab")
        try teacher!.wait(forText: "[Посещаемость]")
        try teacher!.type("н")
        try waitForFirstCell(teacher!, "Н")
        try teacher!.press("F10")
        try teacher!.waitForExit()
        teacher = nil

        let again = try startJournal()
        try signIn(again, "smirnov", Self.teacherPassword)
        try open("5Б · Математика", again)
        try waitForFirstCell(again, "5")
        try again.press("Tab")
        try again.wait(forText: "[Посещаемость]")
        try waitForFirstCell(again, "Н")
        try again.press("F10")
        try again.waitForExit()
    }

    /// The options of `ezh import` met on the way: `--slips` naming an existing file stops only a
    /// staff import (before anything is written; `--force` replaces it), and `--valid-from` dates
    /// a timetable whose rows give no day, so its lessons begin on that day.
    func testSlipsRefuseAnExistingFileOnlyForStaffAndValidFromDatesTheTimetable() throws {
        let made = try ezhOnSchoolDay(["init", "--db", database, "--school", "Школа", "--timezone", "Europe/Moscow",
                                       "--admin", "admin", "--password-stdin"], input: Self.adminPassword + "\n")
        XCTAssertEqual(made.status, 0, made.errors)
        try sql("UPDATE account SET must_change_password = 0")
        let slips = folder.appendingPathComponent("slips.txt").path
        try "старые реквизиты".write(toFile: slips, atomically: true, encoding: .utf8)
        func importing(_ kind: String, _ options: [String] = []) throws -> CommandRun {
            try ezhOnSchoolDay(["import", kind, Self.samples.appendingPathComponent("\(kind).csv").path, "--db", database,
                                "--login", "admin", "--password-stdin"] + options, input: Self.adminPassword + "\n")
        }

        XCTAssertEqual(try importing("bells", ["--slips", slips]).status, 0, "bells make no accounts: the slips file does not matter")
        let dated = try importing("calendar", ["--valid-from", "07.12.2026"])
        XCTAssertEqual(dated.status, 1)
        XCTAssertEqual(dated.errors, "ezh: --valid-from: только для расписания (ezh import timetable)\n")
        XCTAssertEqual(try importing("calendar").status, 0)

        let refused = try importing("staff", ["--slips", slips])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("slips.txt» уже есть"), refused.errors)
        XCTAssertEqual(try sql("SELECT count(*) FROM staff"), "1", "refused before anything was written")
        let replaced = try importing("staff", ["--slips", slips, "--force"])
        XCTAssertEqual(replaced.status, 0, replaced.errors)
        XCTAssertTrue(try String(contentsOfFile: slips, encoding: .utf8).contains("Логин:  smirnov"))

        for kind in ["classes", "pupils", "curriculum"] { XCTAssertEqual(try importing(kind).status, 0, kind) }
        let timetable = try importing("timetable", ["--valid-from", "07.12.2026"])
        XCTAssertEqual(timetable.status, 0, timetable.errors)
        XCTAssertEqual(try sql("SELECT DISTINCT valid_from FROM timetable_slot"), "2026-12-07")
        XCTAssertEqual(try sql("SELECT min(date) FROM lesson"), "2026-12-07")
    }
}
