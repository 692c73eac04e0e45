import XCTest

final class EzhCoreTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
