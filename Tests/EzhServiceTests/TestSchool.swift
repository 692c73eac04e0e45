import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB

/// A small school built for service tests: 5А (grade 5) with three pupils and one who left,
/// 1А (grade 1), two teachers, a Monday-to-Friday week in November 2026, Europe/Moscow.
struct TestSchool {
    let store: JournalStore
    let clock: ManualClock
    let service: JournalService
    let directory: URL

    static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    /// Friday 27 November 2026, lesson 3 (10:30-11:15) is 5А Математика by `teacher`.
    static let lessonDay = LocalDate(year: 2026, month: 11, day: 27)

    // Row ids fixed by the fixture.
    static let mathPage = JournalPage(
        classID: ClassID(1), className: ClassName(grade: 5, letter: "А"), subjectID: SubjectID(1), subjectName: "Математика"
    )
    static let russianPage = JournalPage(
        classID: ClassID(1), className: ClassName(grade: 5, letter: "А"), subjectID: SubjectID(2), subjectName: "Русский язык"
    )
    static let firstGradeMathPage = JournalPage(
        classID: ClassID(2), className: ClassName(grade: 1, letter: "А"), subjectID: SubjectID(1), subjectName: "Математика"
    )
    static let todaysMath = LessonID(1)
    static let yesterdaysMath = LessonID(2)
    static let todaysRussian = LessonID(3)
    static let firstGradeLesson = LessonID(4)
    static let quarter2 = PeriodID(2)
    static let ivanova = PupilID(1)   // Иванова Анна
    static let alexeev = PupilID(2)   // Алексеев Борис
    static let yakovleva = PupilID(3) // Яковлева Вера
    static let departed = PupilID(4)  // Ёлкин Глеб: left 5А on 2026-11-20
    static let firstGrader = PupilID(5)

    static func at(_ day: LocalDate, _ hour: Int, _ minute: Int) -> Date {
        zone.instant(day, TimeOfDay(hour: hour, minute: minute))
    }

    init(now: Date = TestSchool.at(TestSchool.lessonDay, 12, 0), isDemo: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try JournalStore(path: directory.appendingPathComponent("journal.sqlite").path)
        try store.pool.write { db in try TestSchool.fill(db, isDemo: isDemo) }
        clock = ManualClock(now)
        service = try JournalService(
            store: store, clock: isDemo ? clock : SystemClock(), terminal: TerminalInfo(tty: "pts/7")
        )
    }

    func signIn(_ login: String) throws -> Session {
        try service.signIn(login: login, password: "secret-\(login)")
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    func count(_ sql: String) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    /// Argon2id takes ~70 ms a hash: hash each fixture password once per test process.
    private static let passwordHashes: [String: String] = Dictionary(
        uniqueKeysWithValues: ["teacher", "other", "admin", "deputy", "parent", "pupil", "director"].map { ($0, PasswordHasher.hash("secret-\($0)")) }
    )

    private static func fill(_ db: Database, isDemo: Bool) throws {
        try db.execute(sql: """
            INSERT INTO school VALUES (1, 'Тестовая школа', 'Europe/Moscow', 5, \(isDemo ? 1 : 0), '2026-08-01T00:00:00.000Z');
            INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-08-31');
            INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on) VALUES
                (1, 1, 'quarter', 1, '2026-09-01', '2026-10-24'),
                (2, 1, 'quarter', 2, '2026-11-05', '2026-12-28');
            INSERT INTO day_off (year_id, starts_on, ends_on, name) VALUES (1, '2026-10-25', '2026-11-04', 'Осенние каникулы');
            INSERT INTO subject VALUES (1, 'Математика', 'Мат'), (2, 'Русский язык', 'Рус'), (3, 'Английский язык', 'Англ');
            INSERT INTO work_type VALUES (1, 'Работа на уроке', 'Раб', 1, 1), (2, 'Контрольная работа', 'К/р', 2, 0);
            INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES (1, 'Петрова', 'Ольга', 'Ивановна', 'учитель'),
                                     (2, 'Сидоров', 'Павел', 'Андреевич', 'учитель'),
                                     (3, 'Кузнецова', 'Елена', 'Викторовна', 'администратор'),
                                     (4, 'Морозова', 'Ирина', 'Львовна', 'заместитель директора по УВР'),
                                     (5, 'Черных', 'Людмила', 'Петровна', 'директор');
            INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES (1, 1, 5, 'А', 'quarter', 1, 1), (2, 1, 1, 'А', 'quarter', 2, 1);
            INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES (1, 'Иванова', 'Анна', 'Сергеевна', 'f', '2015-03-01'),
                                     (2, 'Алексеев', 'Борис', 'Петрович', 'm', '2015-05-02'),
                                     (3, 'Яковлева', 'Вера', 'Ильинична', 'f', '2015-07-03'),
                                     (4, 'Ёлкин', 'Глеб', 'Олегович', 'm', '2015-01-04'),
                                     (5, 'Орлов', 'Денис', 'Романович', 'm', '2019-02-05');
            INSERT INTO parent (id, last_name, first_name, patronymic, phone) VALUES (1, 'Иванов', 'Сергей', 'Петрович', NULL), (2, 'Алексеева', 'Ольга', 'Ивановна', NULL);
            INSERT INTO parent_pupil VALUES (1, 1, 'отец'), (2, 2, 'мать');
            INSERT INTO class_membership (pupil_id, class_id, from_date, to_date) VALUES
                (1, 1, '2026-09-01', NULL), (2, 1, '2026-09-01', NULL), (3, 1, '2026-09-01', NULL),
                (4, 1, '2026-09-01', '2026-11-20'), (5, 2, '2026-09-01', NULL);
            INSERT INTO curriculum (class_id, subject_id, hours_per_year) VALUES (1, 1, 170), (1, 2, 204);
            INSERT INTO subgroup VALUES (1, 1, 3, '1 группа'), (2, 1, 3, '2 группа');
            INSERT INTO subgroup_membership VALUES (1, 1, 1), (1, 1, 2), (1, 2, 1), (1, 2, 2), (2, 3, 1), (2, 3, 2);
            INSERT INTO teaching VALUES (1, 1, 1, NULL, 1), (2, 1, 2, NULL, 2), (3, 2, 1, NULL, 2);
            INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at,
                                room, scheduled_teacher_id) VALUES
                (1, 1, 1, 1, '2026-11-27', 3, '10:30', '11:15', '21', 1),
                (2, 1, 1, 1, '2026-11-26', 2, '09:25', '10:10', '21', 1),
                (3, 2, 1, 2, '2026-11-27', 4, '11:35', '12:20', '14', 2),
                (4, 3, 2, 1, '2026-11-27', 1, '08:30', '09:15', '3', 2),
                (5, 1, 1, 1, '2026-10-20', 2, '09:25', '10:10', '21', 1);
            """)
        for (id, login, staff, roles) in [
            (1, "teacher", 1, ["teacher", "class_teacher"]), (2, "other", 2, ["teacher"]), (3, "admin", 3, ["administrator"]),
            (4, "deputy", 4, ["deputy"]), (5, "parent", 1, ["parent"]), (6, "pupil", 1, ["pupil"]),
            (7, "director", 5, ["director"]),
        ] {
            let holder = ["parent": "parent_id", "pupil": "pupil_id"][login] ?? "staff_id"
            try db.execute(
                sql: "INSERT INTO account (id, login, password_hash, \(holder)) VALUES (?, ?, ?, ?)",
                arguments: [id, login, passwordHashes[login]!, staff]
            )
            for role in roles {
                try db.execute(sql: "INSERT INTO account_role VALUES (?, ?)", arguments: [id, role])
            }
        }
    }
}
