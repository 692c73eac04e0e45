import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

final class ClassImportTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    private func classLines() -> [ClassLine] {
        var file = PeopleFile("classes.csv")
        return [
            ClassLine(place: file.next(), name: ClassName(grade: 5, letter: "А"), classTeacher: "teacher", room: "21"),
            ClassLine(place: file.next(), name: ClassName(grade: 6, letter: "Б"), classTeacher: "Морозова И.Л.", room: "14", shift: 2),
            ClassLine(place: file.next(), name: ClassName(grade: 10, letter: "А"), room: "31"),
        ]
    }

    func testNewClassesAreAddedAndTheirTeachersBecomeClassTeachers() throws {
        let deputy = try school.signIn("deputy")
        let report = try school.service.importClasses(classLines(), file: "classes.csv", dryRun: false, session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual([report.added, report.changed, report.unchanged], [2, 1, 0])
        XCTAssertEqual(try school.service.classID(named: "6Б").map { _ in true }, true)
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE grade = 6 AND letter = 'Б' AND shift = 2 AND class_teacher_id = 4 AND room = '14'"), 1)
        // Grades 10-11 count half-years unless the calendar says otherwise.
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE grade = 10 AND period_scheme = 'half'"), 1)
        XCTAssertEqual(try school.signIn("deputy").roles, [.deputy, .classTeacher])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'class' AND field = 'room' AND new_value = '21' AND old_value IS NULL"), 1)

        let again = try school.service.importClasses(classLines(), file: "classes.csv", dryRun: false, session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 3])
    }

    func testAClassTeacherMovedToAnotherClassLosesNothingButTheOldClass() throws {
        let deputy = try school.signIn("deputy")
        var file = PeopleFile("classes.csv")
        let lines = [
            ClassLine(place: file.next(), name: ClassName(grade: 5, letter: "А"), classTeacher: "other"),
            ClassLine(place: file.next(), name: ClassName(grade: 1, letter: "А"), classTeacher: "Петрова Ольга Ивановна"),
        ]
        let report = try school.service.importClasses(lines, file: "classes.csv", dryRun: false, session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(try school.count("SELECT class_teacher_id FROM class WHERE id = 1"), 2)
        XCTAssertEqual(try school.count("SELECT class_teacher_id FROM class WHERE id = 2"), 1)
        XCTAssertEqual(try school.signIn("other").roles, [.teacher, .classTeacher])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'class' AND entity_key = 'class=1' AND field = 'class_teacher'
              AND old_value = 'Петрова О.И.' AND new_value = 'Сидоров П.А.'
            """), 1)
    }

    func testProblemsNameTheRowTheColumnAndWhatToDo() throws {
        let deputy = try school.signIn("deputy")
        var file = PeopleFile("classes.csv")
        let lines = [
            ClassLine(place: file.next(), name: ClassName(grade: 7, letter: "В"), classTeacher: "Никитина Н.Н."),
            ClassLine(place: file.next(), name: ClassName(grade: 8, letter: "А"), classTeacher: "deputy"),
            ClassLine(place: file.next(), name: ClassName(grade: 8, letter: "Б"), classTeacher: "Морозова Ирина Львовна"),
            ClassLine(place: file.next(), name: ClassName(grade: 8, letter: "А"), shift: 4),
            ClassLine(place: file.next(), name: ClassName(grade: 9, letter: "А"), classTeacher: "teacher"),
        ]
        let before = try school.peopleCounts()
        let report = try school.service.importClasses(lines, file: "classes.csv", dryRun: false, session: deputy)
        XCTAssertEqual(report.problemLines, [
            "classes.csv:2: Классный руководитель: сотрудник «Никитина Н.Н.» не найден; импортируйте сотрудников (ezh import staff) или укажите логин",
            "classes.csv:4: Классный руководитель: «Морозова Ирина Львовна» уже классный руководитель 8А (строка 3); у класса свой руководитель",
            "classes.csv:5: Класс: класс 8А уже есть в строке 3; оставьте одну строку",
            "classes.csv:5: Смена: 4: смена — 1, 2 или 3",
            "classes.csv:6: Классный руководитель: «teacher» — классный руководитель 5А; сначала назначьте 5А другого руководителя",
        ])
        XCTAssertEqual(try school.peopleCounts(), before)
    }

    func testASchoolWithoutAYearIsToldToImportTheCalendarFirst() throws {
        let empty = try EmptySchool()
        defer { empty.remove() }
        let admin = try empty.service.signIn(login: "admin", password: EmptySchool.password)
        let report = try empty.service.importClasses(classLines(), file: "classes.csv", dryRun: false, session: admin)
        XCTAssertEqual(report.problemLines, [
            "classes.csv: в школе нет открытого учебного года; сначала импортируйте календарь (ezh import calendar)",
        ])
    }

    func testATeacherDoesNotImportClasses() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try school.service.importClasses(classLines(), file: "classes.csv", dryRun: false, session: teacher))
    }
}

/// A school just made by `ezh init`: its administrator and nothing else.
struct EmptySchool {
    static let password = "Первый-пароль-2026"
    let directory: URL
    let service: JournalService

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try JournalStore(path: directory.appendingPathComponent("journal.sqlite").path)
        try JournalService.createSchool(
            in: store, name: "Новая школа", timeZone: "Europe/Moscow", administrator: "admin", password: Self.password, clock: SystemClock()
        )
        service = try JournalService(store: store, clock: SystemClock(), terminal: TerminalInfo(tty: "pts/1"))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
