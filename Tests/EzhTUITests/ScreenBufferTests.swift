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
}
