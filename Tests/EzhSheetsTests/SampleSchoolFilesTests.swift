@testable import EzhSheets
import Foundation
import XCTest

/// The sample school's files (docs/samples/school), which docs/school-setup.md imports, read
/// as a school's own spreadsheets are: a wrong delimiter or a stray column would show here.
final class SampleSchoolFilesTests: XCTestCase {
    private var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/samples/school")
    }

    func testEverySampleFileReadsIntoColumnsUnderItsHeaders() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertFalse(files.isEmpty, "the sample school has files")
        for file in files {
            let table = try SheetReader.read(path: samples.appendingPathComponent(file).path)
            XCTAssertGreaterThan(table.headers.count, 1, file)
            XCTAssertFalse(table.headers.contains(""), "\(file): every column has a header")
            XCTAssertFalse(table.headers.first?.hasPrefix("\u{FEFF}") ?? true, "\(file): the byte-order mark is not part of a header")
            XCTAssertFalse(table.rows.isEmpty, file)
            for row in table.rows {
                XCTAssertLessThanOrEqual(row.cells.count, table.headers.count, "\(file):\(row.number): more cells than headers")
            }
        }
    }
}
