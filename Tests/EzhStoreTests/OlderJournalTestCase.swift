@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// A test that starts from a journal file as an older ezh left it: the migrations up to
/// `olderMigration` and none after, owner-only like the files ezh makes, in a folder of its own
/// removed after the test.
class OlderJournalTestCase: XCTestCase {
    private var directory: URL!

    /// The last migration the older ezh had run on the file.
    var olderMigration: String { "v3: schema version" }

    var path: String { directory.appendingPathComponent("journal.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-older-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: olderMigration)
        try queue.close()
        chmod(path, 0o600)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }
}
