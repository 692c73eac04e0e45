import EzhCore
@testable import EzhDemo
import XCTest

/// The timetable builder finds a timetable for any seed, standard and large school alike.
final class DemoTimetableTests: XCTestCase {
    func testTimetablesAreFoundForManySeedsAndBothSizes() {
        for size in [DemoSize.standard, .large] {
            let classes = size.classesPerGrade.enumerated().flatMap { index, count in
                (0..<count).map { ClassName(grade: index + 1, letter: ["А", "Б", "В", "Г", "Д"][$0]) }
            }
            let subgroups = classes.map { _ in [SubgroupID(1), SubgroupID(2)] }
            let plan = StaffPlan(classes: classes, subgroupIDs: subgroups, seed: 1)
            for seed: UInt64 in 1...4 {
                var builder = TimetableBuilder(weeks: plan.weeklyLessons, staffCount: plan.staff.count, seed: seed)
                let template = builder.build()
                var taken: Set<[Int]> = []
                for (classIndex, days) in template.enumerated() {
                    XCTAssertEqual(days.map(\.count).reduce(0, +), plan.weeklyLessons[classIndex].count)
                    for (day, row) in days.enumerated() {
                        for (position, index) in row.enumerated() {
                            for teacher in plan.weeklyLessons[classIndex][index].teacherIndices {
                                XCTAssertTrue(taken.insert([teacher, day, position]).inserted, "seed \(seed)")
                            }
                        }
                    }
                }
            }
        }
    }
}
