import EzhCore
@testable import EzhTUI
import XCTest

/// The class teacher's weekly absence review: single keys in either keyboard layout, notes,
/// removal with a reason, other weeks.
final class AbsenceReviewTests: XCTestCase {
    private func openReview() -> TestApp {
        let t = TestApp()
        t.signIn()
        t.press(.function(6))
        return t
    }

    func testTheWeekIsListedPupilByPupilWithTheCountOfНLeft() {
        let t = openReview()
        XCTAssertEqual(t.text, """
             Пропуски 5А · неделя 23.11–29.11.2026          Петрова А.С. · 27.11.2026 11:00
             осталось Н: 3   Left, Right — другая неделя

             2 Ёлкина Юлия
             ▸   25.11  ур.3  Математика              Н
             4 Константинопольская Анастасия
                 23.11  ур.2  Физика                  Б    справка
                 27.11  ур.1  Русский язык            Н
             5 Петров Пётр
                 26.11  ур.4  Литература              Н












             Ёлкина Юлия · 25.11 урок 3 · Математика · Н
            1 Б  2 УП  3 НП  4 ОСВ  5 Н  Enter Заметка  Delete Снять  Esc Назад  F1 Справка
            """)
        XCTAssertEqual(t.journal.state.reviewedWeeks.map { "\($0.first.russian)–\($0.last.russian)" }, ["23.11.2026–29.11.2026"],
                       "on a Friday the review opens on the current week")
    }

    func testEachCodeKeyCorrectsThroughTheServiceAndTheCountFollows() {
        let t = openReview()
        t.type("1")
        XCTAssertEqual(t.journal.writes, ["absence 105 pupil 2 Б note «» reason «»"])
        XCTAssertEqual(t.screen.line(1).prefix(14), " осталось Н: 2")
        XCTAssertTrue(t.screen.line(4).hasSuffix("Математика              Б"), t.screen.line(4))
        XCTAssertEqual(t.status, "Ёлкина Юлия: теперь Б")
        // The selection moved on to the illness (keeping its note), then to the next Н.
        t.type("у")
        XCTAssertEqual(t.journal.writes.last, "absence 201 pupil 4 УП note «справка» reason «»", "Russian layout: у is УП")
        t.type("g")
        XCTAssertEqual(t.journal.writes.last, "absence 202 pupil 4 НП note «» reason «»", "Latin layout: the п key is g")
        XCTAssertEqual(t.screen.line(1).prefix(14), " осталось Н: 1")
    }

    func testANoteKeepsTheCode() {
        let t = openReview()
        t.press(.down, .down, .enter)
        XCTAssertTrue(t.text.contains("Примечание к пропуску"), t.text)
        t.type(" от врача")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["absence 202 pupil 4 Н note « от врача» reason «»"])
        XCTAssertEqual(t.status, "Примечание сохранено")
    }

    func testRemovingAnAbsenceNeedsAReason() {
        let t = openReview()
        t.press(.delete, .enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertEqual(t.screen.line(21) + " " + t.status,
                       " ! Причина: снять пропуск, внесённый по ошибке, можно только с указанием причины")
        t.press(.delete)
        t.type("был на уроке")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["absence 105 pupil 2 nil note «» reason «был на уроке»"])
        XCTAssertFalse(t.text.contains("2 Ёлкина Юлия"))
        XCTAssertEqual(t.status, "Ёлкина Юлия: пропуск снят")
        XCTAssertEqual(t.screen.line(1).prefix(14), " осталось Н: 2")
    }

    func testOtherWeeks() {
        let t = openReview()
        t.press(.left)
        XCTAssertTrue(t.screen.line(0).hasPrefix(" Пропуски 5А · неделя 16.11–22.11.2026"), t.screen.line(0))
        XCTAssertEqual(t.screen.line(3), " За эту неделю пропусков нет")
        XCTAssertEqual(t.screen.line(1).prefix(14), " осталось Н: 0")
        t.press(.right)
        XCTAssertTrue(t.text.contains("Ёлкина"))
    }

    func testOnlyAClassTeacherHasTheReview() {
        let t = TestApp()
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter, .function(6))
        XCTAssertFalse(t.text.contains("осталось Н"))
        XCTAssertEqual(t.journal.state.reviewedWeeks, [])
    }
}
