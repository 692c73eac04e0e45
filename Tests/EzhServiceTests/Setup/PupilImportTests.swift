import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

final class PupilImportTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        try school.numberPupils()
    }

    override func tearDown() {
        school.remove()
    }

    private static let fifthA = ClassName(grade: 5, letter: "А")

    /// 5А as its class teacher's list has it: the three pupils of the fixture and a newcomer.
    private func fifthAList() -> [PupilLine] {
        var file = PeopleFile("pupils.csv")
        return [
            PupilLine(place: file.next(), name: PersonName(last: "Иванова", first: "Анна", patronymic: "Сергеевна"),
                      birthDate: LocalDate(year: 2015, month: 3, day: 1), sex: .female, personalFile: "101", className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Алексеев", first: "Борис", patronymic: "Петрович"),
                      birthDate: LocalDate(year: 2015, month: 5, day: 2), sex: .male, personalFile: "102", className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Яковлева", first: "Вера", patronymic: "Ильинична"),
                      birthDate: LocalDate(year: 2015, month: 7, day: 3), sex: .female, personalFile: "103", className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Новикова", first: "Дарья", patronymic: "Андреевна"),
                      birthDate: LocalDate(year: 2015, month: 9, day: 12), sex: .female, personalFile: "131", className: Self.fifthA,
                      subgroups: [SubgroupChoice(subject: "Английский язык", group: "2 группа")], phone: "+7 900 111-22-33"),
        ]
    }

    func testANewPupilJoinsTheClassFromTodayAndTheirSubgroup() throws {
        let teacher = try school.signIn("teacher")
        let report = try school.service.importPupils(fifthAList(), file: "pupils.csv", dryRun: false, session: teacher)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual([report.added, report.changed, report.unchanged], [1, 0, 3])
        // The year began in September: the newcomer is in 5А from the day of the import.
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE p.personal_file = '131' AND m.class_id = 1 AND m.from_date = '2026-11-27' AND m.to_date IS NULL
            """), 1)
        // In group 2 of English for the periods not yet over (quarter 2), not for quarter 1.
        XCTAssertEqual(try school.count("""
            SELECT sum(period_id = 2) * 10 + count(*) FROM subgroup_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE p.personal_file = '131' AND m.subgroup_id = 2
            """), 11)
        let names = try school.service.attendanceGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2).pupils.map(\.name.last)
        XCTAssertTrue(names.contains("Новикова"), "\(names)")
    }

    func testTheDepartedPupilMissingFromTheListIsNotAProblemAndOthersAreNotices() throws {
        let deputy = try school.signIn("deputy")
        let report = try school.service.importPupils(Array(fifthAList().dropFirst()), file: "pupils.csv", dryRun: false, session: deputy)
        XCTAssertEqual(report.problemLines, [])
        // Иванова (5А) and Орлов (1А) are in the journal but not in the file; Ёлкин left in November.
        XCTAssertEqual(report.noticeLines, [
            "pupils.csv: Иванова А.С. (5А, № 101) есть в журнале, но нет в файле; ученик остаётся, выбытие оформляется движением",
            "pupils.csv: Орлов Д.Р. (1А, № 105) есть в журнале, но нет в файле; ученик остаётся, выбытие оформляется движением",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM class_membership WHERE pupil_id = 1 AND to_date IS NULL"), 1)
    }

    func testReimportIsANoOpAndAChangedRowUpdatesWithHistory() throws {
        let teacher = try school.signIn("teacher")
        _ = try school.service.importPupils(fifthAList(), file: "pupils.csv", dryRun: false, session: teacher)
        let counts = try school.peopleCounts()
        let again = try school.service.importPupils(fifthAList(), file: "pupils.csv", dryRun: false, session: teacher)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 4])
        XCTAssertEqual(try school.peopleCounts(), counts)

        var lines = fifthAList()
        lines[1].name.last = "Алексеев-Орлов"
        lines[1].phone = "+7 900 555-00-00"
        let changed = try school.service.importPupils(lines, file: "pupils.csv", dryRun: false, session: teacher)
        XCTAssertEqual([changed.added, changed.changed, changed.unchanged], [0, 1, 3])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'pupil' AND entity_key = 'pupil=2' AND class_id = 1
              AND ((field = 'last_name' AND old_value = 'Алексеев' AND new_value = 'Алексеев-Орлов')
                OR (field = 'phone' AND old_value IS NULL AND new_value = '+7 900 555-00-00'))
            """), 2)
    }

    func testEveryKindOfProblemIsListedAndNothingIsWritten() throws {
        let teacher = try school.signIn("teacher")
        var file = PeopleFile("pupils.csv")
        let lines = [
            // Алексеев is in 5А: a transfer is a movement.
            PupilLine(place: file.next(), name: PersonName(last: "Алексеев", first: "Борис"), birthDate: LocalDate(year: 2015, month: 5, day: 2),
                      sex: .male, personalFile: "102", className: ClassName(grade: 1, letter: "А")),
            PupilLine(place: file.next(), name: PersonName(last: "Белов", first: "Ян"), birthDate: LocalDate(year: 2015, month: 1, day: 1),
                      sex: .male, personalFile: "140", className: ClassName(grade: 5, letter: "Д")),
            PupilLine(place: file.next(), name: PersonName(last: "Белова", first: "Яна"), birthDate: LocalDate(year: 1995, month: 1, day: 1),
                      sex: .female, personalFile: "140", className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Ёлкин", first: "Глеб"), birthDate: LocalDate(year: 2015, month: 1, day: 4),
                      sex: .male, personalFile: "104", className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Сомов", first: ""), birthDate: nil, sex: .male, personalFile: "",
                      className: Self.fifthA),
            PupilLine(place: file.next(), name: PersonName(last: "Петров", first: "Пётр"), birthDate: LocalDate(year: 2015, month: 2, day: 2),
                      sex: .male, personalFile: "103", className: Self.fifthA),
        ]
        let before = try school.peopleCounts()
        let report = try school.service.importPupils(lines, file: "pupils.csv", dryRun: false, session: teacher)
        XCTAssertEqual(report.problemLines, [
            "pupils.csv:2: Класс: вы не классный руководитель 1А; этот список ведёт его руководитель или администратор",
            "pupils.csv:2: Класс: ученик учится в 5А, а в файле 1А; перевод оформляется движением с приказом, не импортом",
            "pupils.csv:3: Класс: класса 5Д нет в 2026/2027 учебном году; сначала импортируйте классы (ezh import classes) или исправьте класс",
            "pupils.csv:4: Номер личного дела: № 140 уже в строке 3; у каждого ученика свой номер личного дела",
            "pupils.csv:4: Дата рождения: 01.01.1995: к началу учебного года ученику было бы 31 лет; проверьте год рождения",
            "pupils.csv:5: Класс: ученик выбыл в этом учебном году; возвращение оформляется движением (прибытие)",
            "pupils.csv:6: Имя: не заполнено; впишите имя",
            "pupils.csv:6: Номер личного дела: не заполнен; номер личного дела — ключ ученика в журнале",
            "pupils.csv:6: Дата рождения: не заполнена; впишите дату рождения (дд.мм.гггг)",
            "pupils.csv:7: Номер личного дела: № 103 в журнале у другого ученика (Яковлева В.И.); проверьте номер",
        ])
        XCTAssertEqual(try school.peopleCounts(), before)
    }

    func testADryRunWritesNothing() throws {
        let teacher = try school.signIn("teacher")
        let before = try school.peopleCounts()
        let report = try school.service.importPupils(fifthAList(), file: "pupils.csv", dryRun: true, session: teacher)
        XCTAssertEqual([report.added, report.changed, report.unchanged], [1, 0, 3])
        XCTAssertEqual(try school.peopleCounts(), before)
    }
}

final class ParentImportTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        try school.numberPupils()
    }

    override func tearDown() {
        school.remove()
    }

    private func parentLines() -> [ParentLine] {
        var file = PeopleFile("parents.csv")
        return [
            // The fixture's father of Иванова: a phone and a second child.
            ParentLine(place: file.next(), name: PersonName(last: "Иванов", first: "Сергей", patronymic: "Петрович"),
                       phone: "+7 900 000-11-11", relation: "отец", children: ["101", "103"]),
            ParentLine(place: file.next(), name: PersonName(last: "Яковлева", first: "Ирина", patronymic: "Сергеевна"),
                       email: "yakovleva@example.ru", relation: "мать", children: ["103"]),
        ]
    }

    func testParentsAreMatchedByNameAndChildAndLinked() throws {
        let teacher = try school.signIn("teacher")
        let report = try school.service.importParents(parentLines(), file: "parents.csv", dryRun: false, session: teacher)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual([report.added, report.changed, report.unchanged], [1, 1, 0])
        XCTAssertEqual(try school.count("SELECT count(*) FROM parent_pupil WHERE parent_id = 1"), 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM parent WHERE phone = '+7 900 000-11-11' AND id = 1"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM account WHERE parent_id IS NOT NULL"), 1, "families' accounts come from the class teacher")

        let counts = try school.peopleCounts()
        let again = try school.service.importParents(parentLines(), file: "parents.csv", dryRun: false, session: teacher)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 2])
        XCTAssertEqual(try school.peopleCounts(), counts)
    }

    func testUnknownChildrenAndOtherClassesAreProblems() throws {
        let teacher = try school.signIn("teacher")
        var file = PeopleFile("parents.csv")
        let lines = [
            ParentLine(place: file.next(), name: PersonName(last: "Орлова", first: "Мария"), children: ["105"]),
            ParentLine(place: file.next(), name: PersonName(last: "Белова", first: "Анна"), children: ["999"]),
            ParentLine(place: file.next(), name: PersonName(last: "Белова", first: "Анна"), children: []),
        ]
        let before = try school.peopleCounts()
        let report = try school.service.importParents(lines, file: "parents.csv", dryRun: false, session: teacher)
        XCTAssertEqual(report.problemLines, [
            "parents.csv:2: Номера личных дел детей: № 105 — не ученик вашего класса; родителей этого ученика вносит его классный руководитель",
            "parents.csv:3: Номера личных дел детей: ученика с личным делом № 999 нет в журнале; сначала импортируйте обучающихся (ezh import pupils) или исправьте номер",
            "parents.csv:4: Номера личных дел детей: не указаны; впишите номера личных дел детей через запятую",
        ])
        XCTAssertEqual(try school.peopleCounts(), before)
    }
}
