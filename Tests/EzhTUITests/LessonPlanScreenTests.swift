import EzhCore
import EzhTUI
import XCTest

final class LessonPlanScreenTests: XCTestCase {
    func testF11ListsLessonPlansThatDoNotMatchTheCurriculumFirst() {
        let t = TestApp()
        t.journal.lessonPlans = [
            (Fixture.math, .matches),
            (Fixture.physics, .mismatch(planned: 66, curriculum: 68)),
        ]
        t.signIn()
        t.press(.function(11))
        XCTAssertTrue(t.text.contains("КТП: часы по плану и по учебному плану (правило 8)"), t.text)
        let lines = t.screen.text().split(separator: "\n").map(String.init)
        let mismatch = lines.firstIndex { $0.contains("5А · Физика — в КТП") }
        XCTAssertTrue(t.text.contains("добавьте 2 ч."), "a long message wraps instead of being cut: \(t.text)")
        let match = lines.firstIndex { $0.contains("✓ 5А · Математика — часы совпадают") }
        XCTAssertNotNil(mismatch, t.text)
        XCTAssertNotNil(match, t.text)
        XCTAssertLessThan(mismatch ?? .max, match ?? .min, "what needs work comes first")
    }
}
