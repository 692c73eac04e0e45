@testable import EzhWeb
import XCTest

/// What people typed (names, topics, homework, messages) reaches a page as text, never markup.
final class HTMLEscapeTests: XCTestCase {
    func testTheFiveMarkupCharactersAreEscapedAndEverythingElseIsKept() {
        XCTAssertEqual(HTML.escape(#"<b onclick='x'>"A & B"</b>"#),
                       "&lt;b onclick=&#39;x&#39;&gt;&quot;A &amp; B&quot;&lt;/b&gt;")
        XCTAssertEqual(HTML.escape("Иванова Анна Сергеевна, 5А"), "Иванова Анна Сергеевна, 5А")
        XCTAssertEqual(HTML.escape(""), "")
    }

    func testAQuoteACombiningMarkWouldHideInsideOneCharacterIsStillEscaped() {
        // "\"" followed by U+0301 is one Character: a check by Character missed the quote, and
        // the attribute it stood in could be closed.
        XCTAssertEqual(HTML.escape("x\"\u{301} onmouseover=1"), "x&quot;\u{301} onmouseover=1")
        XCTAssertEqual(HTML.escape("<\u{338}"), "&lt;\u{338}")
    }
}
