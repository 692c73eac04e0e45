import EzhCore
import EzhService
import GRDB
import XCTest

/// What the «Отчёты» screen offers each person: the catalogue's reports by role, the classes,
/// subjects, periods, teachers and pupils they may report on; and a report hidden from someone
/// is refused by the service too, not only left out of their list.
final class ReportChoicesTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws { school = try TestSchool() }
    override func tearDown() { school.remove() }

    private func kinds(_ login: String) throws -> [String] {
        school.service.reportKinds(for: try school.signIn(login)).map(\.id)
    }

    func testTheListFollowsTheRoles() throws {
        XCTAssertTrue(try kinds("teacher").contains("monthly-attendance"))
        XCTAssertTrue(try kinds("teacher").contains("parent-letters"))
        XCTAssertTrue(try kinds("deputy").contains("monthly-attendance"))
        XCTAssertFalse(try kinds("other").contains("monthly-attendance"), "a subject teacher does not see the class teacher's reports")
        XCTAssertFalse(try kinds("other").contains("parent-letters"))
    }

    func testTheClassTeacherChoosesTheirClassWithItsSubjectsAndQuarters() throws {
        let choices = try school.service.reportChoices(try school.signIn("teacher"))
        XCTAssertEqual(choices.classes.map(\.name.description), ["5А"])
        XCTAssertEqual(choices.classes[0].subjects.map(\.name), ["Математика", "Русский язык"])
        XCTAssertEqual(choices.classes[0].periods.map { $0.name(in: .ru) }.first, "1 четверть")
        XCTAssertEqual(choices.teachers.map(\.name.withInitials), ["Петрова О.И."], "a teacher reports on their own work only")
        XCTAssertEqual(choices.ledClasses, [ClassID(1)])
    }

    func testAClassTeachersReportOffersTheirOwnClassOnly() throws {
        try school.store.pool.write { try $0.execute(sql: "INSERT INTO teaching VALUES (5, 2, 3, NULL, 1)") }
        let session = try school.signIn("teacher")
        let choices = try school.service.reportChoices(session)
        XCTAssertEqual(choices.classes.map(\.name.description), ["1А", "5А"])
        let attendance = try XCTUnwrap(ReportKind.named("monthly-attendance"))
        // Петрова teaches English in 1А too (a teaching added here); her monthly attendance is 5А's only.
        XCTAssertEqual(choices.classes(forAudience: attendance.audience, roles: session.roles).map(\.name.description), ["5А"])
        XCTAssertEqual(choices.classes(forAudience: [.teacher, .classTeacher], roles: session.roles).count, choices.classes.count)
        let deputy = try school.signIn("deputy")
        XCTAssertEqual(try school.service.reportChoices(deputy).classes(forAudience: attendance.audience, roles: deputy.roles).count, 2)
    }

    func testASubjectTeacherChoosesTheClassesTheyTeachAndOnlyTheirSubjects() throws {
        let choices = try school.service.reportChoices(try school.signIn("other"))
        XCTAssertEqual(choices.classes.map(\.name.description), ["1А", "5А"])
        XCTAssertEqual(choices.classes[1].subjects.map(\.name), ["Русский язык"])
    }

    func testTheDeputyChoosesAnyClassAndAnyTeacher() throws {
        let choices = try school.service.reportChoices(try school.signIn("deputy"))
        XCTAssertEqual(choices.classes.map(\.name.description), ["1А", "5А"])
        XCTAssertEqual(choices.teachers.count, 5)
    }

    func testThePupilsOfAClassAreForThoseWhoMayOpenIt() throws {
        let pupils = try school.service.reportPupils(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(pupils.map(\.name.last), ["Алексеев", "Ёлкин", "Иванова", "Яковлева"])
        XCTAssertThrowsError(try school.service.reportPupils(try school.signIn("teacher"), classID: ClassID(2))) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
    }

    func testAReportHiddenFromSomeoneIsRefusedByTheService() throws {
        let kind = try XCTUnwrap(ReportKind.named("monthly-attendance"))
        let request = ReportRequest(classID: ClassID(1), month: YearMonth(year: 2026, month: 11))
        for login in ["other", "parent"] {
            XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn(login), request), login) { error in
                guard case JournalError.accessDenied = error else { return XCTFail("\(login): \(error)") }
            }
        }
        let made = try school.service.makeReport(kind, try school.signIn("teacher"), request)
        XCTAssertEqual(made.document.titleBlock.className, "5А")
        XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn("teacher"), ReportRequest(classID: ClassID(1)))) { error in
            XCTAssertTrue("\(error)".contains("месяц") || (error as? JournalError).map { "\($0)" }?.contains("month") == true, "\(error)")
        }
    }

    func testASavedReportIsPrivateAndInTheAccessLog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.pdf").path
        let written = try school.service.saveReport(try school.signIn("teacher"), Array("%PDF-1.5".utf8), to: path, what: "посещаемость, PDF",
                                                    rows: 4, replacing: false)
        XCTAssertEqual(written, path)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'export' AND detail LIKE 'посещаемость, PDF: 4 → %report.pdf'"), 1)
    }
}

/// The access report as a catalogue report: a class and a period, for the deputy and the
/// director, in words, oldest first.
final class AccessReportDocumentTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws { school = try TestSchool() }
    override func tearDown() { school.remove() }

    func testTheDeputyPrintsTheClassesActionsOfTheQuarterInWords() throws {
        _ = try school.service.monthlyAttendanceReport(try school.signIn("teacher"), classID: ClassID(1), year: 2026, month: 11)
        let kind = try XCTUnwrap(ReportKind.named("access-report"))
        XCTAssertEqual(kind.needs, [.class, .period])
        let made = try school.service.makeReport(kind, try school.signIn("deputy"), ReportRequest(classID: ClassID(1), period: 2))
        let document = made.document
        XCTAssertEqual(document.titleBlock.className, "5А")
        XCTAssertEqual(document.titleBlock.period, "2 четверть (05.11.2026–28.12.2026)")
        XCTAssertEqual(document.headerRows[0].map(\.text), ["Дата и время", "Пользователь", "Предмет", "Период", "Дата урока", "Действие",
                                                            "Что сделано", "!"])
        let row = try XCTUnwrap(document.bodyRows.first { $0[6].text.contains("посещаемость за месяц 5А 2026-11") }, "\(document.bodyRows)")
        XCTAssertEqual(row[1].text, "teacher")
        XCTAssertTrue(row[0].text.hasPrefix("27.11.2026"), row[0].text)
        XCTAssertEqual(document.footerRows[0][1], .number(document.bodyRows.count))
        XCTAssertFalse(document.bodyRows.flatMap { $0 }.contains { $0.text.contains("class_id") }, "names, never ids")
    }

    func testATeacherIsRefusedTheAccessReport() throws {
        let kind = try XCTUnwrap(ReportKind.named("access-report"))
        XCTAssertFalse(school.service.reportKinds(for: try school.signIn("teacher")).contains { $0.id == "access-report" })
        XCTAssertThrowsError(try school.service.makeReport(kind, try school.signIn("teacher"), ReportRequest(classID: ClassID(1), period: 2))) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
    }
}
