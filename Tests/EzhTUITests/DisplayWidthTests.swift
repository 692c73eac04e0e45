@testable import EzhTUI
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testCyrillicTakesOneColumnPerLetter() {
        XCTAssertEqual("Иванова Мария".displayWidth, 13)
        XCTAssertEqual("ЁЛКИНА ёлкина".displayWidth, 13)
    }

    func testCJKAndFullwidthTakeTwoColumns() {
        XCTAssertEqual("山田太郎".displayWidth, 8)
        XCTAssertEqual("Ｋ".displayWidth, 2)
        XCTAssertEqual("한국".displayWidth, 4)
    }

    func testCombiningMarksTakeNoColumn() {
        // «й» written as и + combining breve, and «ё» as е + combining diaeresis.
        XCTAssertEqual("и\u{0306}".displayWidth, 1)
        XCTAssertEqual("Пе\u{0308}тр".displayWidth, 4)
        XCTAssertEqual("e\u{0301}\u{0323}".displayWidth, 1)
    }

    func testEmojiTakeTwoColumns() {
        XCTAssertEqual("👍".displayWidth, 2)
        XCTAssertEqual("❤️".displayWidth, 2)
    }

    func testTruncationCountsDisplayColumnsAndMarksTheCut() {
        XCTAssertEqual(TextFitting.truncate("Константинопольская", to: 10), "Константи…")
        XCTAssertEqual(TextFitting.truncate("山田太郎", to: 5), "山田…")
        XCTAssertEqual(TextFitting.truncate("Петров", to: 6), "Петров")
        XCTAssertEqual(TextFitting.fit("5", width: 5, alignment: .center), "  5  ")
        XCTAssertEqual(TextFitting.fit("山", width: 4, alignment: .right), "  山")
    }

    func testWrappingBreaksAtSpacesWithinTheWidthWhateverTheScript() {
        let text = "просрочено: посещаемость 5А Математика, 24.05 урок 2 — закрылось 24.05.2027 16:00"
        let lines = TextFitting.wrap(text, width: 30)
        XCTAssertEqual(lines, ["просрочено: посещаемость 5А", "Математика, 24.05 урок 2 —", "закрылось 24.05.2027 16:00"])
        XCTAssertEqual(TextFitting.wrap("山田 太郎 山田太郎", width: 9), ["山田 太郎", "山田太郎"])
        // A space followed by a combining mark is part of that letter, not a break between words.
        XCTAssertEqual(TextFitting.wrap("Петр \u{0308}ё Иван", width: 8), ["Петр \u{0308}ё", "Иван"])
        XCTAssertEqual(TextFitting.wrap("Константинопольская улица", width: 10), ["Константи…", "улица"])
    }
}
