import EzhCore
import EzhService
import XCTest

final class PlanningTests: XCTestCase {
    func testTheLessonPlanMustMatchCurriculumHoursAndBeInRussian() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let teacher = try school.signIn("teacher")
        XCTAssertThrowsError(try school.service.setLessonPlan(teacher, page: TestSchool.mathPage, items: [("Fractions", 2)], replacing: []))
        let verdict = try school.service.setLessonPlan(
            teacher, page: TestSchool.mathPage, items: [("Натуральные числа", 100), ("Обыкновенные дроби", 68)], replacing: []
        )
        XCTAssertEqual(verdict, .mismatch(planned: 168, curriculum: 170))
        XCTAssertEqual(
            try school.service.setLessonPlan(teacher, page: TestSchool.mathPage, items: [("Натуральные числа", 102), ("Дроби", 68)],
                                             replacing: try school.service.lessonPlan(teacher, page: TestSchool.mathPage)),
            .matches
        )
        let deputyView = try school.service.lessonPlanCheck(try school.signIn("deputy"))
        XCTAssertEqual(deputyView.first { $0.page == TestSchool.mathPage }?.verdict, .matches)
        XCTAssertEqual(deputyView.first { $0.page == TestSchool.russianPage }?.verdict, .mismatch(planned: 0, curriculum: 204))
        XCTAssertThrowsError(try school.service.setLessonPlan(teacher, page: TestSchool.russianPage, items: [("Орфография", 204)], replacing: []),
                             "only the page's own teacher writes its plan")
    }

    func testSubgroupTransfersOnlyBetweenPeriodsAndOnlyByTheAdministrator() throws {
        // 28 December is the last day of quarter 2; quarter 3 does not exist in the fixture, so
        // the move is into quarter 2 from its eve (4 November) or refused mid-quarter.
        let midQuarter = try TestSchool(now: TestSchool.at(LocalDate(year: 2026, month: 11, day: 20), 10, 0))
        defer { midQuarter.remove() }
        let admin = try midQuarter.signIn("admin")
        XCTAssertThrowsError(try midQuarter.service.transferBetweenSubgroups(
            admin, pupil: TestSchool.ivanova, from: SubgroupID(1), to: SubgroupID(2), startingWith: TestSchool.quarter2
        )) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("Правило 7") ?? false, "\(error)")
        }

        let betweenQuarters = try TestSchool(now: TestSchool.at(LocalDate(year: 2026, month: 11, day: 2), 10, 0))
        defer { betweenQuarters.remove() }
        XCTAssertThrowsError(try betweenQuarters.service.transferBetweenSubgroups(
            try betweenQuarters.signIn("deputy"), pupil: TestSchool.ivanova, from: SubgroupID(1), to: SubgroupID(2),
            startingWith: TestSchool.quarter2
        ))
        try betweenQuarters.service.transferBetweenSubgroups(
            try betweenQuarters.signIn("admin"), pupil: TestSchool.ivanova, from: SubgroupID(1), to: SubgroupID(2),
            startingWith: TestSchool.quarter2
        )
        XCTAssertEqual(try betweenQuarters.count(
            "SELECT count(*) FROM subgroup_membership WHERE pupil_id = 1 AND subgroup_id = 2 AND period_id = 2"
        ), 1)
        XCTAssertEqual(try betweenQuarters.count(
            "SELECT count(*) FROM subgroup_membership WHERE pupil_id = 1 AND subgroup_id = 1 AND period_id = 1"
        ), 1, "quarter 1 keeps its group")
    }
}
