import XCTest

final class EzhTUITestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
