import XCTest

final class EzhServiceTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
