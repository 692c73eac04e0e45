import EzhCore
import EzhSheets
import XCTest

/// The people files read into typed lines: columns by their Russian or English names, every
/// unreadable cell a problem at its row and column, and no line for a row with one.
final class PeopleSheetsTests: XCTestCase {
    private func table(_ file: String, _ headers: [String], _ rows: [[String]]) -> SheetTable {
        SheetTable(fileName: file, headers: headers, rows: rows.enumerated().map { SheetRow(number: $0.offset + 2, cells: $0.element) })
    }

    func testAStaffRowReadsRolesBySchoolNamesAndSubjectsAsAList() {
        let (lines, problems) = StaffSheet.lines(table("staff.csv", ["Фамилия", "Имя", "Отчество", "Логин", "Роли", "Предметы"], [
            ["Кузнецова", "Марина", "Викторовна", "zavuch", "заместитель директора; учитель", "История, Обществознание"],
            ["Белова", "Ольга", "", "", "директор", ""],
        ]))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.map(\.roles), [[.deputy, .teacher], [.director]])
        XCTAssertEqual(lines.map(\.login), ["zavuch", nil])
        XCTAssertEqual(lines.first?.subjects, ["История", "Обществознание"])
        XCTAssertEqual(lines.map(\.place.row), [2, 3])
    }

    func testEnglishHeadersAreAccepted() {
        let (lines, problems) = PupilsSheet.lines(table("pupils.csv",
            ["Last name", "First name", "Date of birth", "Sex", "Personal file", "Class"],
            [["Ivanova", "Anna", "2015-03-01", "f", "101", "5a"]]))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.first?.className, ClassName(grade: 5, letter: "А"), "a Latin «a» is the Cyrillic one")
        XCTAssertEqual(lines.first?.birthDate, LocalDate(year: 2015, month: 3, day: 1))
        XCTAssertEqual(lines.first?.sex, .female)
    }

    func testEveryUnreadableCellIsAProblemAndItsRowGivesNoLine() {
        let (lines, problems) = PupilsSheet.lines(table("pupils.csv",
            ["Фамилия", "Имя", "Дата рождения", "Пол", "Номер личного дела", "Класс", "Подгруппы"], [
                ["Иванова", "Анна", "01.03.2015", "ж", "101", "5А", "Английский язык: 1 группа"],
                ["Петров", "", "1.3.15", "муж", "102", "12Б", "Английский язык"],
                ["Сидоров", "Ян", "", "x", "", "", ""],
            ]))
        XCTAssertEqual(lines.map(\.personalFile), ["101"])
        XCTAssertEqual(lines.first?.subgroups, [SubgroupChoice(subject: "Английский язык", group: "1 группа")])
        XCTAssertEqual(problems.map { $0.text(in: .ru) }, [
            "pupils.csv:3: Имя: не заполнено: имя",
            "pupils.csv:3: Дата рождения: «1.3.15»: ожидается дата вида 01.09.2015",
            "pupils.csv:3: Класс: «12Б»: ожидается класс вида 5А (номер 1–11 и буква)",
            "pupils.csv:3: Подгруппы: «Английский язык»: ожидается «Предмет: группа» через «;»",
            "pupils.csv:4: Дата рождения: не заполнено: дата рождения",
            "pupils.csv:4: Пол: «x»: ожидается «м» или «ж»",
            "pupils.csv:4: Номер личного дела: не заполнено: номер личного дела",
            "pupils.csv:4: Класс: не заполнено: класс, например 5А",
        ])
    }

    func testAnUnknownRoleAndAMissingRequiredColumnAreNamed() {
        let roles = StaffSheet.lines(table("staff.csv", ["Фамилия", "Имя", "Роли"], [["Орлов", "Ян", "учитель, вахтёр"]]))
        XCTAssertEqual(roles.lines.count, 0)
        XCTAssertEqual(roles.problems.map { $0.text(in: .ru) }, [
            "staff.csv:2: Роли: неизвестная роль «вахтёр»; роли: учитель, классный руководитель, завуч, директор, администратор",
        ])
        let missing = ParentsSheet.lines(table("parents.csv", ["Фамилия", "Имя", "Телефон"], [["Иванов", "Сергей", "+7"]]))
        XCTAssertEqual(missing.lines.count, 0)
        XCTAssertEqual(missing.problems.map(\.column), ["Номера личных дел детей"])
    }

    func testClassesReadShiftAndPeriods() {
        let (lines, problems) = ClassesSheet.lines(table("classes.csv", ["Класс", "Классный руководитель", "Смена", "Периоды"], [
            ["10 А", "Лебедев С.П.", "2", "полугодия"],
            ["5Б", "", "вторая", ""],
        ]))
        XCTAssertEqual(lines.first?.name, ClassName(grade: 10, letter: "А"))
        XCTAssertEqual(lines.first?.periodScheme, .halfYears)
        XCTAssertEqual(lines.first?.shift, 2)
        XCTAssertEqual(problems.map { $0.text(in: .ru) }, ["classes.csv:3: Смена: «вторая»: ожидается номер смены 1, 2 или 3"])
    }

    func testTheSampleSchoolsPeopleFilesReadWithoutProblems() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/samples/school")
        func read(_ name: String) throws -> SheetTable { try SheetReader.read(path: folder.appendingPathComponent(name).path) }
        XCTAssertEqual(StaffSheet.lines(try read("staff.csv")).problems, [])
        XCTAssertEqual(ClassesSheet.lines(try read("classes.csv")).problems, [])
        XCTAssertEqual(PupilsSheet.lines(try read("pupils.csv")).lines.count, 62)
        XCTAssertEqual(ParentsSheet.lines(try read("parents.csv")).problems, [])
    }
}
