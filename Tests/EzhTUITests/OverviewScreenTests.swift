import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The overviews of filling: the class teacher's week (C-o) and the deputy's table (F9).
final class OverviewScreenTests: XCTestCase {
    func testTheClassTeacherSeesEachSubjectsLessonsAsSymbolsAndChangesTheWeek() {
        let t = TestApp()
        t.signIn()
        t.press(.control("o"))
        XCTAssertTrue(t.screen.line(0).contains("Заполнение журнала 5А · неделя 23.11–29.11.2026"), t.screen.line(0))
        let math = (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains("Математика") } ?? ""
        XCTAssertTrue(math.contains("ТПОД"), math)
        XCTAssertTrue(math.contains("ТП·д"), "Tuesday's homework came late: " + math)
        XCTAssertTrue(math.contains("○○○○"), "Friday's lesson is ahead: " + math)
        let physics = (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains("Физика") } ?? ""
        XCTAssertTrue(physics.contains("····"), physics)
        XCTAssertTrue(t.text.contains("Пн 23.11"))
        XCTAssertTrue(t.text.contains("○ урок впереди; ←/→ неделя"), "the legend wraps onto a second row: " + t.text)
        t.press(.down)
        XCTAssertTrue(t.status.contains("Физика — Сидоров П.А.: уроков 1, без темы 1, без посещаемости 1"), t.status)
        t.press(.left)
        XCTAssertTrue(t.screen.line(0).contains("неделя 16.11–22.11.2026"), t.screen.line(0))
        XCTAssertEqual(t.journal.people.changes.suffix(2), ["class week 2026-11-23", "class week 2026-11-16"])
    }

    func testTheDeputysTableSortsByEachColumnInTurnAndOpensATeacher() {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.function(9))
        XCTAssertTrue(t.screen.line(0).contains("Сводка по учителям"))
        XCTAssertTrue(t.text.contains("▼Просроч"), t.text)
        XCTAssertTrue(t.text.contains("Всего (учителей: 1)"), t.text)
        t.press(.character("s"))
        XCTAssertTrue(t.text.contains("▼Темы"), t.text)
        XCTAssertFalse(t.text.contains("▼Просроч"))
        XCTAssertTrue(t.status.contains("Сортировка: Темы"), t.status)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Петрова А.С.: просрочено 0, сегодня 0, скоро 0"), t.text)
    }
}
