import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// Lists with a form over them while another terminal changes the same thing: a substitution or
/// an account's roles chosen on a stale screen is refused with who, when and where, and the
/// list then shows what holds now.
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
                + "Ничего не записано; проверьте и повторите."
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
}
