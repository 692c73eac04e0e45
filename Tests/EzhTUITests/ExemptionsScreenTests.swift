import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// A pupil's exemptions (ОСВ) from the class's pupil list: the form records days, subjects and
/// grounds; the list shows them; an exemption is ended on a day.
final class ExemptionsScreenTests: XCTestCase {
    /// The class teacher's 5А list, Алексеев (the first) selected, his exemptions open.
    private func openAlexeevsExemptions() -> TestApp {
        let t = TestApp()
        t.signIn(as: "teacher")
        t.press(.control("u"))
        t.press(.function(5))
        return t
    }

    func testTheClassListOpensThePupilsExemptions() {
        let t = openAlexeevsExemptions()
        XCTAssertTrue(t.screen.line(0).contains("Освобождения (ОСВ): Алексеев Борис"), t.screen.line(0))
        XCTAssertTrue(t.text.contains("Освобождений нет. Добавить — F2."), t.text)
    }

    func testTheFormRecordsDaysSubjectsAndGrounds() {
        let t = openAlexeevsExemptions()
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("Новое освобождение"), t.text)
        t.press(.tab)
        t.type("25.12.2026")
        t.press(.tab)
        for _ in 0..<3 { t.press(.backspace) }
        t.type("физическая культура")
        t.press(.tab)
        t.type("справка № 15")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["exemption 1 27.11.2026–25.12.2026"])
        XCTAssertEqual(t.journal.exemptionList.first?.subjects, [SubjectID(9)])
        XCTAssertTrue(t.text.contains("27.11.2026–25.12.2026  Физическая культура · справка № 15"), t.text)
        XCTAssertEqual(t.status, "Освобождение записано")
    }

    func testAnUnknownSubjectIsNamedAndTheFormStays() {
        let t = openAlexeevsExemptions()
        t.press(.function(2))
        t.press(.tab)
        t.type("25.12.2026")
        t.press(.tab)
        for _ in 0..<3 { t.press(.backspace) }
        t.type("Физра")
        t.press(.tab)
        t.type("справка")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(t.text.contains("Нет предмета «Физра». Есть: Математика, Физическая культура."), t.text)
        XCTAssertTrue(t.text.contains("Новое освобождение"), "the form stays open")
    }

    func testAnExemptionIsEndedOnTheDayTyped() {
        let t = openAlexeevsExemptions()
        t.journal.exemptionList = [Exemption(
            id: ExemptionID(7), pupil: PupilID(1), days: DateSpan(LocalDate(year: 2026, month: 11, day: 20), LocalDate(year: 2026, month: 12, day: 25)),
            subjects: nil, subjectNames: [], reason: "приказ № 12"
        )]
        t.press(.escape)
        t.press(.function(5))
        XCTAssertTrue(t.text.contains("20.11.2026–25.12.2026  все · приказ № 12"), t.text)
        t.press(.function(8))
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["end exemption 7 27.11.2026"])
        XCTAssertTrue(t.text.contains("20.11.2026–27.11.2026  все · приказ № 12"), t.text)
    }
}
