import EzhCore
import EzhDemo
import EzhService
import EzhStore
import XCTest

/// The demo's lessons are the ones its timetable, calendar and bells make: regenerating them the
/// way a real school's imports do changes none, so the demo exercises the same lessons.
final class DemoLessonPlanTests: XCTestCase {
    func testRegeneratingTheDemosLessonsFromTheYearsStartChangesNothing() throws {
        let service = try JournalService(
            store: DemoFixture.imported.store, clock: ShiftedClock(startingAt: DemoFixture.now), terminal: TerminalInfo(tty: "test")
        )
        let deputy = try service.signIn(login: "deputy", password: DemoSchoolGenerator.demoPassword)
        let report = try service.generateLessons(deputy, from: LocalDate(year: 2026, month: 9, day: 1), dryRun: true)
        XCTAssertTrue(report.isAccepted, "\(report.refusal?.russian ?? "") \(report.missingBells.map(\.russian))")
        XCTAssertEqual([report.added, report.updated, report.deleted], [0, 0, 0])
    }
}
