import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB

/// An empty school as `ezh init` leaves it, plus its staff with accounts: the deputy sets up the
/// year 2026/2027 through the imports. Classes come from another file (not under test here), so
/// `addClasses` writes 5А, 5Б and 10А once the calendar has made the year.
struct YearSetupSchool {
    let store: JournalStore
    let clock: ManualClock
    let service: JournalService
    let directory: URL

    static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!

    static func at(_ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0) -> Date {
        zone.instant(day, TimeOfDay(hour: hour, minute: minute))
    }

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// `withTeachers: false`: only the deputy and the administrator, for a school whose staff come from a file.
    init(now: Date = YearSetupSchool.at(LocalDate(year: 2026, month: 8, day: 25)), withTeachers: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try JournalStore(path: directory.appendingPathComponent("journal.sqlite").path)
        try store.pool.write { db in try YearSetupSchool.fill(db, withTeachers: withTeachers) }
        clock = ManualClock(now)
        service = try JournalService(store: store, clock: clock, terminal: TerminalInfo(tty: "pts/4"))
    }

    func signIn(_ login: String) throws -> Session {
        try service.signIn(login: login, password: "secret-\(login)")
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    func count(_ sql: String) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    func strings(_ sql: String) throws -> [String] {
        try store.pool.read { try String.fetchAll($0, sql: sql) }
    }

    func execute(_ sql: String) throws {
        try store.pool.write { try $0.execute(sql: sql) }
    }

    /// 5А and 5Б (quarters, first shift) and 10А (half-years) of the open year.
    func addClasses() throws {
        try execute("""
            INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES
                (1, (SELECT max(id) FROM academic_year), 5, 'А', 'quarter', 2, 1),
                (2, (SELECT max(id) FROM academic_year), 5, 'Б', 'quarter', 3, 1),
                (3, (SELECT max(id) FROM academic_year), 10, 'А', 'half', NULL, 1);
            """)
    }

    /// Bells, calendar, classes, curriculum and timetable imported as a new school would.
    func setUpYear(_ deputy: Session) throws {
        for report in [
            try service.importBells(Self.bells(), file: "bells.csv", session: deputy),
            try service.importCalendar(Self.calendar(), file: "calendar.csv", session: deputy),
        ] { precondition(report.problems.isEmpty, "\(report.problems.map { $0.text(in: .en) })") }
        try addClasses()
        for report in [
            try service.importCurriculum(Self.curriculum(), file: "curriculum.csv", session: deputy),
            try service.importTimetable(Self.timetable(), file: "timetable.csv", session: deputy),
        ] { precondition(report.problems.isEmpty, "\(report.problems.map { $0.text(in: .en) })") }
    }

    /// Lessons of a class on a day: "1 Математика 08:30-09:15 21".
    func lessons(_ className: String, on day: String) throws -> [String] {
        try strings("""
            SELECT l.lesson_number || ' ' || s.name || ifnull(' ' || g.name, '') || ' ' || l.starts_at || '-' || l.ends_at || ' ' || l.room
            FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject s ON s.id = l.subject_id LEFT JOIN subgroup g ON g.id = l.subgroup_id
            WHERE c.grade || c.letter = '\(className)' AND l.date = '\(day)' ORDER BY l.lesson_number, g.name
            """)
    }

    // MARK: - Files

    static func bells(file: String = "bells.csv") -> [BellLine] {
        let normal = [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15"), ("11:35", "12:20"), ("12:30", "13:15"), ("13:25", "14:10")]
        let short = [("08:30", "09:00"), ("09:10", "09:40"), ("09:50", "10:20"), ("10:30", "11:00"), ("11:10", "11:40"), ("11:50", "12:20")]
        var lines: [BellLine] = []
        for (schedule, times) in [("Основное", normal), ("Сокращённое", short)] {
            for (index, time) in times.enumerated() {
                lines.append(BellLine(
                    place: SheetPlace(file: file, row: lines.count + 2), schedule: schedule, number: index + 1,
                    startsAt: TimeOfDay(text: time.0)!, endsAt: TimeOfDay(text: time.1)!))
            }
        }
        return lines
    }

    static func calendar(file: String = "calendar.csv") -> [CalendarLine] {
        let rows: [(CalendarLine.Kind, String, String?, Int?, String, Set<Int>?)] = [
            (.schoolYear, "2026-09-01", "2027-08-31", nil, "2026/2027", nil),
            (.period(.quarters), "2026-09-01", "2026-10-24", 1, "", Set(1...9)),
            (.period(.quarters), "2026-11-05", "2026-12-28", 2, "", nil),
            (.period(.quarters), "2027-01-12", "2027-03-22", 3, "", nil),
            (.period(.quarters), "2027-04-01", "2027-05-31", 4, "", nil),
            (.period(.halfYears), "2026-09-01", "2026-12-28", 1, "", Set(10...11)),
            (.period(.halfYears), "2027-01-12", "2027-05-31", 2, "", nil),
            (.holiday, "2026-10-25", "2026-11-04", nil, "Осенние каникулы", nil),
            (.holiday, "2026-12-29", "2027-01-11", nil, "Зимние каникулы", nil),
            (.holiday, "2027-02-23", nil, nil, "День защитника Отечества", nil),
            (.holiday, "2027-03-08", nil, nil, "Международный женский день", nil),
            (.holiday, "2027-03-23", "2027-03-31", nil, "Весенние каникулы", nil),
            (.holiday, "2027-06-01", "2027-08-31", nil, "Летние каникулы", nil),
            (.shortenedDay(schedule: "Сокращённое"), "2026-12-28", nil, nil, "Перед каникулами", nil),
        ]
        return rows.enumerated().map { index, row in
            CalendarLine(
                place: SheetPlace(file: file, row: index + 2), kind: row.0, start: day(row.1), end: row.2.map(day), number: row.3,
                name: row.4, grades: row.5)
        }
    }

    static func curriculum(file: String = "curriculum.csv") -> [CurriculumHoursLine] {
        [("5А", "Математика", 5.0, false), ("5А", "Русский язык", 2, false), ("5А", "Английский язык", 2, true),
         ("5Б", "Математика", 5, false), ("10А", "Русский язык", 1, false)].enumerated().map { index, row in
            CurriculumHoursLine(place: SheetPlace(file: file, row: index + 2), className: row.0, subject: row.1, hoursPerWeek: row.2, split: row.3)
        }
    }

    /// 5А: Математика every day first (Петрова, 21), Русский язык Mon and Wed second (Сидоров, 14),
    /// Английский язык Tue and Thu third in two groups; 5Б: Математика every day second
    /// (Петрова, 21); 10А: Русский язык Monday first (Сидоров, 14).
    static func timetable(file: String = "timetable.csv", validFrom: LocalDate? = nil) -> [TimetableLine] {
        var rows: [(String, Int, Int, String, String?, String, String)] = []
        for weekday in 1...5 { rows.append(("5А", weekday, 1, "Математика", nil, "petrova", "21")) }
        for weekday in [1, 3] { rows.append(("5А", weekday, 2, "Русский язык", nil, "sidorov", "14")) }
        for weekday in [2, 4] {
            rows.append(("5А", weekday, 3, "Английский язык", "1 группа", "ivanova.a", "31"))
            rows.append(("5А", weekday, 3, "Английский язык", "2 группа", "Иванова Алла Павловна", "32"))
        }
        for weekday in 1...5 { rows.append(("5Б", weekday, 2, "Математика", nil, "Петрова О.И.", "21")) }
        rows.append(("10А", 1, 1, "Русский язык", nil, "sidorov", "14"))
        return rows.enumerated().map { index, row in
            TimetableLine(
                place: SheetPlace(file: file, row: index + 2), className: row.0, weekday: row.1, number: row.2, subject: row.3,
                subgroup: row.4, teacher: row.5, room: row.6, validFrom: validFrom)
        }
    }

    // MARK: - Fixture

    private static let passwordHashes: [String: String] = Dictionary(
        uniqueKeysWithValues: ["deputy", "petrova", "sidorov", "ivanova.a", "ivanova.al", "admin"].map { ($0, PasswordHasher.hash("secret-\($0)")) }
    )

    private static func fill(_ db: Database, withTeachers: Bool) throws {
        try db.execute(sql: """
            INSERT INTO school VALUES (1, 'Школа № 7', 'Europe/Moscow', 5, 1, '2026-08-01T00:00:00.000Z');
            INSERT INTO work_type VALUES (1, 'Работа на уроке', 'Раб', 1, 1);
            INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES
                (1, 'Морозова', 'Ирина', 'Львовна', 'заместитель директора по УВР'),
                (2, 'Петрова', 'Ольга', 'Ивановна', 'учитель математики'),
                (3, 'Сидоров', 'Павел', 'Андреевич', 'учитель русского языка'),
                (4, 'Иванова', 'Анна', 'Петровна', 'учитель английского языка'),
                (5, 'Иванова', 'Алла', 'Павловна', 'учитель английского языка'),
                (6, 'Кузнецова', 'Елена', 'Викторовна', 'администратор');
            """)
        for (id, login, staff, roles) in [
            (1, "deputy", 1, ["deputy"]), (2, "petrova", 2, ["teacher", "class_teacher"]), (3, "sidorov", 3, ["teacher"]),
            (4, "ivanova.a", 4, ["teacher"]), (5, "ivanova.al", 5, ["teacher"]), (6, "admin", 6, ["administrator"]),
        ] where withTeachers || [1, 6].contains(id) {
            try db.execute(sql: "INSERT INTO account (id, login, password_hash, staff_id) VALUES (?, ?, ?, ?)",
                           arguments: [id, login, passwordHashes[login]!, staff])
            for role in roles { try db.execute(sql: "INSERT INTO account_role VALUES (?, ?)", arguments: [id, role]) }
        }
    }
}
