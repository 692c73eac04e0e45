import Foundation
import XCTest

/// A folder of its own for each test, removed afterwards: files are written as a school would
/// hand them over and read back through the real path-based reader.
class TemporaryFilesCase: XCTestCase {
    private(set) var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func write(_ name: String, utf8 text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    func fixture(_ name: String) throws -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        let url = try XCTUnwrap(Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures"))
        return url.path
    }
}
