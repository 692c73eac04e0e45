import EzhCore
import Foundation
@testable import EzhTUI
import XCTest

/// The text area of letters, replies and notices, read back from the cell grid: paragraphs,
/// wrapping at spaces by display width, the cursor's moves over wrapped rows, scrolling, and
/// the limit.
final class TextAreaTests: XCTestCase {
    private let limit = TextLimit("Текст", "Text", maximum: 200)

    /// Draws the area at (0, 0) and returns the screen's lines and the cursor.
    private func frame(_ area: inout TextArea, width: Int = 16, height: Int = 4) -> (lines: [String], cursor: CursorPosition) {
        var buffer = ScreenBuffer(rows: height, columns: width + 1)
        let cursor = area.draw(&buffer, top: 0, left: 0, width: width, height: height, focused: true)
        return ((0..<height).map { buffer.line($0).trimmingCharacters(in: .whitespaces) }, cursor)
    }

    private func typed(_ text: String, into area: inout TextArea) {
        for character in text { _ = area.edit(with: character == "\n" ? .enter : .character(character)) }
    }

    func testEnterStartsANewLineAndLongLinesWrapAtSpaces() {
        var area = TextArea(limit: limit)
        typed("Уважаемые родители!\n\nВаш сын пропустил три урока.", into: &area)
        XCTAssertEqual(area.text, "Уважаемые родители!\n\nВаш сын пропустил три урока.")
        let shown = frame(&area, height: 6)
        XCTAssertEqual(shown.lines, ["Уважаемые", "родители!", "", "Ваш сын", "пропустил три", "урока."])
        XCTAssertEqual(shown.cursor, CursorPosition(row: 5, column: 6), "after «урока.»")
    }

    func testWideCharactersTakeTwoColumnsAndAWordLongerThanARowIsCut() {
        var area = TextArea(limit: limit)
        typed("山田太郎さん こんにちは", into: &area)
        let shown = frame(&area, width: 11)
        // Ten columns of text a row (one is kept for the cursor): five wide characters.
        XCTAssertEqual(Array(shown.lines.prefix(3)), ["山田太郎さ", "ん", "こんにちは"])
        XCTAssertEqual(shown.cursor, CursorPosition(row: 2, column: 10))
    }

    func testUpAndDownKeepTheColumnHomeAndEndStayOnTheRow() {
        var area = TextArea(limit: limit)
        typed("первая строка\nвторая\nтретья строка", into: &area)
        _ = frame(&area, width: 20)
        XCTAssertEqual(frame(&area, width: 20).cursor, CursorPosition(row: 2, column: 13))
        _ = area.edit(with: .up)
        XCTAssertEqual(frame(&area, width: 20).cursor, CursorPosition(row: 1, column: 6), "the end of the shorter line")
        _ = area.edit(with: .up)
        XCTAssertEqual(frame(&area, width: 20).cursor, CursorPosition(row: 0, column: 13), "back at the column it left")
        _ = area.edit(with: .home)
        _ = area.edit(with: .character("Ж"))
        XCTAssertEqual(area.text, "Жпервая строка\nвторая\nтретья строка")
        _ = area.edit(with: .end)
        _ = area.edit(with: .delete)
        XCTAssertEqual(area.text, "Жпервая строкавторая\nтретья строка", "Delete at a line's end joins the next line")
        _ = area.edit(with: .backspace)
        XCTAssertEqual(area.text, "Жпервая строквторая\nтретья строка")
    }

    func testTheViewScrollsToTheCursorAndMarksWhatIsOutOfView() {
        var area = TextArea(limit: limit)
        typed((1...8).map { "строка \($0)" }.joined(separator: "\n"), into: &area)
        var shown = frame(&area, height: 3)
        XCTAssertTrue(shown.lines[0].hasPrefix("строка 6") && shown.lines[0].hasSuffix("▲"), "more above: \(shown.lines)")
        XCTAssertEqual(shown.lines[1...].map { $0.trimmingCharacters(in: .whitespaces) }, ["строка 7", "строка 8"])
        XCTAssertEqual(shown.cursor.row, 2)
        _ = area.edit(with: .pageUp)
        _ = area.edit(with: .pageUp)
        shown = frame(&area, height: 3)
        XCTAssertTrue(shown.lines[0].hasPrefix("строка 4"), "\(shown.lines)")
        XCTAssertTrue(shown.lines[2].hasSuffix("▼"), "more below: \(shown.lines)")
        for _ in 0..<5 { _ = area.edit(with: .up) }
        shown = frame(&area, height: 3)
        XCTAssertEqual(shown.lines[0].trimmingCharacters(in: .whitespaces), "строка 1")
        XCTAssertEqual(shown.cursor, CursorPosition(row: 0, column: 0), "up on the first row goes to the start")
    }

    func testTheTextStopsAtItsLimitAndCommandsAreNotText() {
        var area = TextArea(limit: TextLimit("Текст", "Text", maximum: 5))
        typed("абвгдеж", into: &area)
        XCTAssertEqual(area.text, "абвгд")
        XCTAssertFalse(area.edit(with: .function(2)), "F2 is the submit key's, not text")
        XCTAssertFalse(area.edit(with: .tab))
        XCTAssertFalse(area.edit(with: .escape))
    }
}
