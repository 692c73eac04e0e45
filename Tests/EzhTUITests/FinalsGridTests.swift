import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The finals columns after the lessons: reaching them, the suggestion dim in brackets, one key
/// to accept it (and one for the column), a final far from the suggestion asked about, the lock
/// of a closed quarter and its refusal, the history with the order, the deputy's correction;
/// the deputy's order date and closing in the periods list.
final class FinalsGridTests: XCTestCase {
    /// The math grid with the cursor on the first finals column (the closed 1st quarter).
    private func onFirstQuarter(as login: String = "teacher") -> TestApp {
        let t = TestApp()
        t.signIn(as: login)
        t.press(.enter, .end, .right)
        return t
    }

    func testTheCursorReachesTheFinalsAfterTheLastLessonAndTheClosedQuarterIsLocked() {
        let t = onFirstQuarter()
        t.press(.right, .right, .right)
        let lines = t.lines
        XCTAssertEqual(lines[2], "                        │ 07.12 09.12 11.12 1 чт  2 чт   Год    │  Ср. Ср.в Итог", t.text)
        XCTAssertEqual(lines[3], "                        < ур.2  ур.3  ур.1  итог  итог  итог    │", "the last column: no «>»")
        XCTAssertEqual(lines[4], " № Ученик               │                   закр  28.12 28.12   │")
        XCTAssertEqual(lines[5], " 1 Алексеев Борис       │                     5    (5)          │ 4.67 4.75    5")
        XCTAssertEqual(lines[6], " 2 Ёлкина Юлия          │                     2   (н/а)         │ 3.50 3.67")
        XCTAssertEqual(lines[8], " 4 Константинопольская… │                     -   (н/а)         │")
        XCTAssertEqual(t.status, "Алексеев Борис · годовая                                до 28.12.2026 (приказ)")
        // The closed quarter's cells are dim (locked), the suggestion dim too; the footer says why.
        XCTAssertTrue(t.screen[6, 46].style.dim)
        XCTAssertTrue(t.screen[6, 51].style.dim)
        XCTAssertFalse(t.screen[5, 58].style.dim, "the cursor's cell")
        t.press(.left, .left)
        XCTAssertTrue(t.status.hasPrefix("Алексеев Борис · 1 четверть"), t.status)
        XCTAssertTrue(t.status.hasSuffix("закрыт 30.10: исправляет завуч по приказу"), t.status)
    }

    func testTypingIntoTheClosedQuarterIsRefusedNamingTheRuleAndTheCorrection() {
        let t = onFirstQuarter()
        t.type("4")
        XCTAssertTrue(t.flat.contains("! Правило 5 (закрытый период не меняется): период закрыт. Итоговую исправляет только "
            + "завуч — пересдача или апелляция по приказу (номер, дата, причина)."), t.text)
        XCTAssertEqual(t.journal.writes, [])
    }

    func testOneKeyAcceptsTheSuggestionAndTheCursorGoesDown() {
        let t = onFirstQuarter()
        t.press(.right)
        XCTAssertTrue(t.status.contains("2 четверть · предложено 5"), t.status)
        XCTAssertTrue(t.status.hasSuffix("до 28.12.2026 (приказ)"), t.status)
        t.type(".")
        XCTAssertEqual(t.status, "! Итоговая: 1–5, «=» — предложенная; н/а, зач, незач, осв — Enter и выбор.")
        t.type("=")
        XCTAssertEqual(t.journal.writes, ["final 1 period 5"])
        XCTAssertEqual(t.lines[5], " 1 Алексеев Борис       │                           5     5     │ 4.67 4.75    5")
        XCTAssertTrue(t.status.hasPrefix("Ёлкина Юлия · 2 четверть · предложено н/а"), t.status)
    }

    func testAFinalFarFromTheSuggestionAsksFirst() {
        let t = onFirstQuarter()
        t.press(.right)
        t.type("2")
        XCTAssertTrue(t.flat.contains("Алексеев Борис: отметка 2 отличается от предложенной 5 больше чем на балл. Поставить 2?"), t.text)
        t.press(.escape)
        XCTAssertEqual(t.journal.writes, [], "no is no")
        t.type("4")
        XCTAssertEqual(t.journal.writes, ["final 1 period 4"], "one away is not asked")
        XCTAssertTrue(t.status.hasPrefix("Ёлкина Юлия"), "and the cursor goes down: \(t.status)")
        t.press(.up)
        t.type("2")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["final 1 period 4", "final 1 period 2"])
    }

    func testTheColumnsSuggestionsAreAcceptedAfterAQuestion() {
        let t = onFirstQuarter()
        t.press(.right)
        t.type("+")
        XCTAssertTrue(t.flat.contains("ученикам без отметки: 5?"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["final 1 period 5", "final 2 period н/а", "final 3 period н/а", "final 4 period н/а", "final 5 period н/а"])
        XCTAssertEqual(t.status, "Поставлено отметок: 5")
    }

    func testTheYearIsSuggestedFromTheQuartersOnceBothAreGiven() {
        let t = onFirstQuarter()
        t.press(.right)
        t.type("=")
        t.press(.up, .right)
        XCTAssertEqual(t.lines[5], " 1 Алексеев Борис       │                     5     5    (5)    │ 4.67 4.75    5")
        XCTAssertEqual(t.journal.writes, ["final 1 period 5"])
        t.press(.enter)
        XCTAssertTrue(t.text.contains("5  — предложено"), "the list offers the suggestion first: \(t.text)")
    }

    func testTheHistoryOfAFinalShowsTheCorrectionWithItsOrder() {
        let t = onFirstQuarter()
        t.press(.down, .function(6))
        XCTAssertTrue(t.text.contains("История: Ёлкина Юлия · 1 четверть"), t.text)
        XCTAssertTrue(t.text.contains("30.10.2026 12:00  2 → 3  Завучева О.И.  pts/2"), t.text)
        XCTAssertTrue(t.text.contains("Исправления по приказам"), t.text)
        XCTAssertTrue(t.text.contains("30.10.2026 12:00 пересдача 2 → 3, приказ № 12-у от 29.10.2026:"), t.text)
        XCTAssertTrue(t.text.contains("ликвидация задолженности (Завучева О.И.)"), t.text)
    }

    func testTheDeputyCorrectsAClosedFinalUnderAnOrder() {
        let t = onFirstQuarter(as: "deputy")
        XCTAssertTrue(t.status.hasSuffix("закрыт 30.10: исправить — Ctrl+R"), t.status)
        t.press(.down, .control("r"))
        XCTAssertTrue(t.text.contains("Исправление: Ёлкина Юлия, 1 четверть, было 2"), t.text)
        t.type("3")
        t.press(.tab, .tab)
        t.type("№ 12-у")
        t.press(.tab)
        t.erase(10)
        t.type("26.11.2026")
        t.press(.tab)
        t.type("ликвидация задолженности")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["correct 2 period 2→3 retake № 12-у 26.11.2026 ликвидация задолженности"])
        XCTAssertEqual(t.lines[6], " 2 Ёлкина Юлия          │                                 3     │ 3.50 3.67")
        XCTAssertTrue(t.status.hasPrefix("Исправлено по приказу: 2 → 3"), t.status)
    }

    func testATeacherCannotCorrectAndTheOpenQuarterNeedsNoCorrection() {
        let t = onFirstQuarter()
        t.press(.control("r"))
        XCTAssertEqual(t.journal.writes, [])
        let deputy = onFirstQuarter(as: "deputy")
        deputy.press(.right, .control("r"))
        XCTAssertTrue(deputy.flat.contains("! Период открыт: итоговую отметку меняет учитель"), deputy.text)
        deputy.type("4")
        XCTAssertTrue(deputy.flat.contains("! Итоговые отметки ставит учитель этого предмета"), deputy.text)
        XCTAssertEqual(deputy.journal.writes, [])
    }

    func testTheDeputySetsTheOrderDateAndClosesAQuarterForOneClassAfterSeeingWhatIsMissing() {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.control("k"), .function(8), .down)
        t.press(.control("o"))
        XCTAssertTrue(t.text.contains("Дата приказа"), t.text)
        t.type("28.12.2026")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["due 2 28.12.2026"])
        XCTAssertTrue(t.screen.line(3).contains("итоговые до 28.12.2026"), t.screen.line(3))
        t.press(.function(9))
        XCTAssertTrue(t.text.contains("Все классы (2)"), t.text)
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("Не заполнено:"), t.text)
        XCTAssertTrue(t.text.contains("5А · Математика"), t.text)
        XCTAssertTrue(t.text.contains("без итоговой отметки (2): Ёлкина Ю., Петров П."), t.text)
        XCTAssertTrue(t.text.contains("уроков без темы: 2"), t.text)
        XCTAssertFalse(t.text.contains("5Б"), "only the chosen class")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "close 2 class 5")
        XCTAssertEqual(t.status, "Период закрыт: 2 четверть — 5А")
    }
}

private extension TestApp {
    /// The screen as one line of words, so a message wrapped over lines reads whole.
    var flat: String {
        lines.joined(separator: " ").replacingOccurrences(of: "│", with: " ").split(separator: " ").joined(separator: " ")
    }
}
