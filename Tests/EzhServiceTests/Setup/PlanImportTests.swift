import EzhCore
import EzhService
import XCTest

/// КТП imports: per teaching, hours against the curriculum, topics in Russian, who may import.
final class PlanImportTests: XCTestCase {
    private func plan(_ className: String, _ subject: String, subgroup: String? = nil, hours: [Int], firstRow: Int = 2) -> [PlanLine] {
        hours.enumerated().map { index, hours in
            PlanLine(place: SheetPlace(file: "ktp.csv", row: firstRow + index), className: className, subject: subject, subgroup: subgroup,
                     position: index + 1, topic: "Тема \(index + 1)", hours: hours)
        }
    }

    func testPlansAreStoredPerTeachingAndAReimportChangesNothing() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        try school.setUpYear(deputy)
        let lines = plan("5А", "Математика", hours: [100, 70]) + plan("5А", "Английский язык", subgroup: "1 группа", hours: [68], firstRow: 4)
        let report = try school.service.importPlans(lines, file: "ktp.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(report.added, 3)
        XCTAssertEqual(try school.strings("SELECT topic || ' ' || hours FROM lesson_plan_item ORDER BY teaching_id, position"),
                       ["Тема 1 100", "Тема 2 70", "Тема 1 68"])
        let history = try school.count("SELECT count(*) FROM change_history")
        let again = try school.service.importPlans(lines, file: "ktp.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 3])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history)
    }

    func testHoursThatDoNotAddUpToTheCurriculumAndEnglishTopicsAreRefused() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        try school.setUpYear(deputy)
        var lines = plan("5А", "Математика", hours: [100, 68]) + plan("5Б", "Химия", hours: [2], firstRow: 4)
        lines[1].topic = "Fractions"
        let report = try school.service.importPlans(lines, file: "ktp.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "ktp.csv:2: Часов: 5А Математика: в КТП 168 ч, а по учебному плану 170 ч в год; исправьте часы тем",
            "ktp.csv:3: Тема: \(RussianText.objection(field: "Тема", in: .ru))",
            "ktp.csv:4: Предмет: предмета «Химия» нет в школе; загрузите учебный план с этим предметом или исправьте название",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson_plan_item"), 0)
    }

    func testATeacherImportsOnlyTheirOwnPlans() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        try school.setUpYear(try school.signIn("deputy"))
        let petrova = try school.signIn("petrova")
        let own = try school.service.importPlans(plan("5Б", "Математика", hours: [170]), file: "ktp.csv", session: petrova)
        XCTAssertEqual(own.problemLines, [])
        let others = try school.service.importPlans(plan("10А", "Русский язык", hours: [34]), file: "ktp.csv", session: petrova)
        XCTAssertEqual(others.problemLines, ["ktp.csv:2: Предмет: 10А Русский язык ведёте не вы; КТП чужих уроков загружает заместитель директора"])
    }
}
