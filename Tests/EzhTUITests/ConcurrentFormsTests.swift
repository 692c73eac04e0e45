import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// Lists with a form over them while another terminal changes the same thing: a substitution,
/// an account's roles or an absence note chosen on a stale screen is refused with who, when and
/// where, and the list then shows what holds now.
final class ConcurrentFormsTests: XCTestCase {
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testASubstitutionChosenOnAStaleListIsRefusedAndTheListShowsTheOneRecorded() {
        let t = TestApp()
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter, .function(8))
        XCTAssertEqual(t.screen.line(2), " ▸  3  11:00  5А · Математика             Петрова А.С.")
        // Another deputy records a substitute meanwhile.
        t.journal.state.substitute = (StaffID(5), "Черных Л.П.")
        t.press(.enter, .down, .enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(flat(t.text).contains(
            "! «Кто ведёт урок» изменили: Сидоров Иван, 27.11.2026 10:58, терминал pts/7; теперь там «Черных Л.П.». "
                + "Ничего не записано; повторите."
        ), t.text)
        XCTAssertEqual(t.screen.line(2), " ▸  3  11:00  5А · Математика             Петрова А.С. → Черных Л.П. (замена)")

        // Having seen it, the deputy may replace it.
        t.press(.enter, .down, .enter)
        XCTAssertEqual(t.journal.writes, ["substitution 106 2"])
    }

    func testRolesChosenOnAStaleFormAreRefusedAndTheListShowsTheRolesNow() {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.function(4))
        t.press(.down, .down, .function(5))
        XCTAssertTrue(t.text.contains("Роли: newbie"))
        t.journal.rolesElsewhere([.teacher, .classTeacher], login: "newbie")
        t.press(.down, .down, .character(" "), .enter)
        XCTAssertEqual(t.journal.people.changes, [])
        XCTAssertFalse(t.text.contains("Роли: newbie"), "the form closes on the list as it is now")
        XCTAssertTrue(flat(t.text).contains(
            "! «Роли» изменили: Сидоров Иван, 27.11.2026 10:58, терминал pts/7; теперь там «учитель, кл. руково…»."
        ), t.text)
        XCTAssertTrue(t.lines[5].contains("учит.,кл.рук."), t.lines[5])
    }

    func testANoteEditedOnAStaleWeekIsRefusedThenWrittenOverWhatTheRefusalTold() {
        let t = TestApp()
        t.signIn()
        t.press(.function(6), .down)
        // Another terminal rewrites the note of the selected illness meanwhile.
        let shown = t.journal.state.absences[1]
        t.journal.state.absences[1] = AbsenceEntry(
            lessonID: shown.lessonID, date: shown.date, lessonNumber: shown.lessonNumber, subjectName: shown.subjectName,
            pupil: shown.pupil, code: shown.code, note: "справка из поликлиники"
        )
        t.press(.enter)
        t.type(" № 5")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(flat(t.text).contains(
            "! «Примечание к пропуску» изменили: Сидоров Иван, 27.11.2026 10:58, терминал pts/7; теперь там «справка из "
                + "поликлин…». Ничего не записано; повторите."
        ), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["absence 201 pupil 4 Б note «справка № 5» reason «»"])
        XCTAssertEqual(t.status, "Примечание сохранено")
    }
}
