import EzhCore
import Foundation
import XCTest

/// Whether a message meant for an English reader is English: no Russian word once quoted text
/// («…», “…”), attendance codes and the data it names are taken out.
enum EnglishText {
    /// `message` with `data`, quoted text and attendance codes taken out: what is left must be
    /// English words.
    static func withoutData(_ message: String, data: [String]) -> String {
        var text = message
        for value in data.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: value, with: "") }
        for pattern in ["«[^»]*»", "“[^”]*”", "(?<!\\p{L})(\(AttendanceCode.allCases.map(\.rawValue).joined(separator: "|")))(?!\\p{L})"] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }

    /// Any Cyrillic letter at all.
    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }
}

extension XCTestCase {
    /// The refusal is one a person reads, in both languages, and its English has no Russian
    /// word once quoted text, attendance codes and `data` are taken out.
    func assertEnglish(_ error: Error, data: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error as? UserFacingError else {
            return XCTFail("\(name): \(error) is not a refusal a person reads", file: file, line: line)
        }
        let english = error.message(in: .en)
        let russian = error.message(in: .ru)
        XCTAssertNotEqual(english, russian, "\(name): the same text in both languages", file: file, line: line)
        XCTAssertTrue(EnglishText.hasCyrillic(russian), "\(name): Russian text without Russian: \(russian)", file: file, line: line)
        let left = EnglishText.withoutData(english, data: data)
        XCTAssertFalse(EnglishText.hasCyrillic(left), "\(name): Russian in English: \(english)", file: file, line: line)
    }
}
