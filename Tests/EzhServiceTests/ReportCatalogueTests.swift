import EzhCore
import EzhService
import XCTest

/// The catalogue the «Отчёты» screen and `ezh report` read: each role's list holds only the
/// reports it produces, a missing parameter is named, and the list does not stand in for the
/// service's own access check.
final class ReportCatalogueTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
    }

    override func tearDown() {
        school.remove()
    }

    func testEachRoleListsOnlyTheReportsItProduces() throws {
        let classTeacher = school.service.reportKinds(for: try school.signIn("teacher")).map(\.id)
        XCTAssertTrue(classTeacher.contains("monthly-attendance"))
        XCTAssertTrue(classTeacher.contains("parent-letters"))
        XCTAssertFalse(school.service.reportKinds(for: try school.signIn("other")).map(\.id).contains("monthly-attendance"),
                       "a subject teacher does not produce a class's attendance")
        XCTAssertTrue(school.service.reportKinds(for: try school.signIn("parent")).isEmpty)
        XCTAssertTrue(school.service.reportKinds(for: try school.signIn("pupil")).isEmpty)
        XCTAssertEqual(Set(ReportKind.all.map(\.id)).count, ReportKind.all.count, "every report has its own name")
    }

    func testAMissingParameterIsNamedBeforeAnythingIsRead() throws {
        let kind = try XCTUnwrap(ReportKind.named("monthly-attendance"))
        XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn("teacher"), ReportRequest(classID: ClassID(1)))) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("месяц") == true, "\(error)")
        }
    }

    func testTheServiceRefusesWhatTheListWouldNotShow() throws {
        let kind = try XCTUnwrap(ReportKind.named("parent-letters"))
        let request = ReportRequest(classID: ClassID(1), period: 2)
        XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn("parent"), request))
        XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn("other"), request))
        let made = try school.service.makeReport(kind, try school.signIn("teacher"), request)
        guard case .cutSheets(let letters, 2) = made.printed else { return XCTFail("letters print two to a sheet") }
        XCTAssertEqual(letters.count, made.document.bodyRows.count, "one letter per pupil, one row per pupil in the table")
    }
}
