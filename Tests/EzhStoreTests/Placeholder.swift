import XCTest

final class EzhStoreTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
