import EzhCore
import EzhDemo
import EzhService
import EzhStore
@testable import EzhTUI
import Foundation
import XCTest

/// The editor's «КТП из файла» on a real journal: the file goes through the school import's
/// reader and checks, its problems read `file:row: column: message`, and a file with problems
/// writes nothing.
final class KtpFileImportTests: XCTestCase {
    private static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    private static let now = zone.instant(LocalDate(year: 2026, month: 11, day: 27), TimeOfDay(hour: 10, minute: 40))
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-ktp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testTheTeachersFileIsCheckedAsTheSchoolImportChecksItAndOnlyAGoodOneIsWritten() throws {
        let store = try createDemoSchool(at: folder.appendingPathComponent("journal.sqlite").path, now: Self.now, size: DemoSize(
            classesPerGrade: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1], pupilsPerClass: 4...5
        ))
        let service = try JournalService(store: store, clock: ManualClock(Self.now), terminal: TerminalInfo(tty: "pts/5"))
        let teacher = try service.signIn(login: "teacher", password: DemoSchoolGenerator.demoPassword)
        let page = try XCTUnwrap(try service.home(teacher).pages.first { $0.title == "5А · Математика" })
        let before = try service.teachingPlan(teacher, page: page)
        let hours = try XCTUnwrap(before.curriculumHours)

        let unknown = try service.importPlanFile(teacher, page: page, path: try file("columns.csv", "№;Тема;Часов;Примечание\n1;Дроби;\(hours);устно\n"))
        XCTAssertEqual(unknown.problems.map { $0.text(in: .ru) }, [
            "columns.csv:1: Примечание: неизвестный столбец (D). Переименуйте его в один из известных: "
                + "Класс, Предмет, Подгруппа, №, Тема, Часов, Дата, или удалите.",
        ])
        let notNumbers = try service.importPlanFile(teacher, page: page, path: try file("hours.csv", """
            Тема;Часов
            Натуральные числа;два
            Дроби;\(hours)
            """))
        XCTAssertEqual(notNumbers.problems.map { $0.text(in: .ru) }, ["hours.csv:2: Часов: «два»: ожидается целое число"])
        let tooMany = try service.importPlanFile(teacher, page: page, path: try file("many.csv", """
            Тема;Часов
            Натуральные числа;\(hours)
            Дроби;5
            """))
        XCTAssertEqual(tooMany.problems.map { $0.text(in: .ru) }, [
            "many.csv:2: Часов: 5А Математика: в КТП \(hours + 5) ч, а по учебному плану \(hours) ч в год; исправьте часы тем",
        ])
        let otherClass = try service.importPlanFile(teacher, page: page, path: try file("other.csv", """
            Класс;Предмет;Тема;Часов
            5Б;Математика;Дроби;\(hours)
            """))
        XCTAssertEqual(otherClass.problems.map { $0.text(in: .ru) }, [
            "other.csv:2: Класс: строка не о 5А · Математика; здесь загружается КТП только этого журнала",
        ])
        let empty = try service.importPlanFile(teacher, page: page, path: try file("empty.csv", "Тема;Часов\n"))
        XCTAssertEqual(empty.problems.map { $0.text(in: .ru) }, ["empty.csv: в файле нет ни одной темы"])
        XCTAssertEqual(try service.teachingPlan(teacher, page: page).rows, before.rows, "a file with problems writes nothing")

        let good = try service.importPlanFile(teacher, page: page, path: try file("good.csv", """
            №;Тема;Часов;Дата
            1;Натуральные числа;\(hours - 1);
            2;Контрольная работа;1;18.12.2026
            """))
        XCTAssertEqual(good.problems, [])
        XCTAssertEqual(try service.teachingPlan(teacher, page: page).rows, [
            PlanRow(topic: "Натуральные числа", hours: hours - 1),
            PlanRow(topic: "Контрольная работа", hours: 1, plannedDate: LocalDate(year: 2026, month: 12, day: 18)),
        ])
    }
}
