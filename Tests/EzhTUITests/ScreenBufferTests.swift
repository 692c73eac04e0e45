@testable import EzhTUI
import XCTest

final class ScreenBufferTests: XCTestCase {
    func testPutMeasuresInDisplayColumns() {
        var buffer = ScreenBuffer(rows: 2, columns: 12)
        XCTAssertEqual(buffer.put("山田", row: 0, column: 0), 4)
        buffer.put("x", row: 0, column: 4)
        buffer.put("Иван", row: 1, column: 2)
        XCTAssertEqual(buffer.text(), "山田x\n  Иван")
        XCTAssertTrue(buffer[0, 1].isContinuation)
        XCTAssertEqual(buffer[0, 4].text, "x")
    }

    func testTextCutAtTheRightEdgeEndsWithEllipsis() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        buffer.put("Константинопольская", row: 0, column: 2)
        XCTAssertEqual(buffer.text(), "  Констан…")
    }

    func testWideCharacterThatDoesNotFitIsNotHalfDrawn() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        buffer.put("ab山田", row: 0, column: 0, maxWidth: 4)
        // Before the «…» one column is left: not enough for «山», and no half of it is drawn.
        XCTAssertEqual(buffer.text(), "ab…")
        XCTAssertEqual(buffer.line(0).displayWidth, 3)
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        buffer.put("山田", row: 0, column: 0)
        buffer.put("z", row: 0, column: 1)
        XCTAssertEqual(buffer.text(), " z田")
        buffer.put("y", row: 0, column: 2)
        XCTAssertEqual(buffer.text(), " zy")
    }

    func testPaddedTextFillsExactlyItsWidth() {
        var buffer = ScreenBuffer(rows: 1, columns: 12)
        buffer.put("##########", row: 0, column: 0)
        buffer.putPadded("Юлия", row: 0, column: 2, width: 6, alignment: .right)
        XCTAssertEqual(buffer.text(), "##  Юлия##")
    }

    /// A name written over wide characters blanks the halves it cuts at both of its ends, as
    /// the grid does when a row is redrawn over a previous frame's text.
    func testNameOverWideCharactersBlanksTheHalvesItCuts() {
        var buffer = ScreenBuffer(rows: 1, columns: 8)
        buffer.put("山田山田", row: 0, column: 0)
        buffer.put("Ян", row: 0, column: 3)
        XCTAssertEqual(buffer.text(), "山 Ян 田")
        XCTAssertFalse(buffer[0, 2].isContinuation)
        buffer.putPadded("Ём", row: 0, column: 1, width: 4, alignment: .center)
        XCTAssertEqual(buffer.text(), "  Ём  田")
        XCTAssertEqual(buffer.line(0).displayWidth, 8)
    }

    /// A letter with a combining accent is one column, written as one cell, in names and in
    /// padded fields alike.
    func testCombiningAccentStaysWithItsLetter() {
        var buffer = ScreenBuffer(rows: 2, columns: 8)
        XCTAssertEqual(buffer.put("Зое\u{0308}", row: 0, column: 0), 3)
        buffer.putPadded("е\u{0301}ж", row: 1, column: 0, width: 4, alignment: .right)
        XCTAssertEqual(buffer[0, 2].text, "е\u{0308}")
        XCTAssertEqual(buffer[1, 2].text, "е\u{0301}")
        XCTAssertEqual(buffer.text(), "Зое\u{0308}\n  е\u{0301}ж")
    }

    /// A name longer than its field is cut with «…» over what was there, not written past it.
    func testLongNameIsCutToItsField() {
        var buffer = ScreenBuffer(rows: 1, columns: 8)
        buffer.put("########", row: 0, column: 0)
        buffer.putPadded("Константин", row: 0, column: 1, width: 6)
        XCTAssertEqual(buffer.text(), "#Конст…#")
    }
}
