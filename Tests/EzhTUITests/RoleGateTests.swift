@testable import EzhTUI
import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation
import XCTest

/// One source of role gates: for every demo role, every action the interface offers is allowed
/// by the service, and every gated action it hides is refused by the service. The interface's
/// side is asked of a real `Application` signed in through its login screen; the service's side
/// is the calls the action's screen makes, on a real demo school.
final class RoleGateTests: XCTestCase {
    private static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    private static let today = LocalDate(year: 2026, month: 11, day: 27)
    private static let now = zone.instant(today, TimeOfDay(hour: 10, minute: 40))
    private static let week = SchoolWeek.containing(today)

    /// What the screen of a gated action asks of the service when it opens or does its work.
    private typealias Probe = @Sendable (JournalService, Session, _ permission: PermissionID) throws -> Void

    private static let probes: [SchoolAction: Probe] = [
        .correctAbsences: { service, session, _ in
            let led = try service.ledClasses(session)
            _ = try service.absenceReview(session, classID: try XCTUnwrap(led.first).id, week: week)
        },
        .issueClassCredentials: { service, session, _ in
            let led = try service.ledClasses(session)
            _ = try service.families(session, classID: try XCTUnwrap(led.first).id)
        },
        .readOwnClass: { service, session, _ in
            let led = try service.ledClasses(session)
            _ = try service.classWeekOverview(session, classID: try XCTUnwrap(led.first).id, week: week)
        },
        .viewPermissions: { service, session, _ in _ = try service.permissions(session) },
        .recordSubstitution: { service, session, _ in _ = try service.schoolLessons(session, on: today) },
        .declareSubstitution: { service, session, _ in _ = try service.lessonsToSubstitute(session) },
        .viewDueOverview: { service, session, _ in _ = try service.dueOverviewOfAllTeachers(session) },
        .checkLessonPlans: { service, session, _ in _ = try service.lessonPlanCheck(session) },
        .grantLatePermission: { service, session, _ in
            _ = try service.grantPermission(
                session, teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(today, today), kinds: [.mark],
                reason: "проверка ролей", expiresAt: now.addingTimeInterval(86_400)
            )
        },
        .revokeLatePermission: { service, session, permission in try service.revokePermission(session, permission) },
        .manageAccounts: { service, session, _ in _ = try service.accounts(session) },
        .manageStaff: { service, session, _ in _ = try service.importStaff([], file: "staff.csv", dryRun: true, session: session) },
        .reviewAccessLog: { service, session, _ in _ = try service.accessLog(session, filter: AccessLogFilter(limit: 5)) },
        .readAccessReport: { service, session, _ in _ = try service.accessReport(session, filter: AccessLogFilter(limit: 5)) },
        .viewUsageStatistics: { service, session, _ in _ = try service.usageStatistics(session, span: week) },
        .manageSchoolYear: { service, session, _ in _ = try service.timetableWeek(session, .ofClass(ClassID(1)), on: today) },
        .changeRuleSettings: { service, session, _ in
            _ = try service.schoolSettings(session)
            _ = try service.backupStatus(session)
        },
        .closePeriod: { service, session, _ in _ = try service.closingReport(session, period: PeriodID(1), classID: nil) },
        .setPeriodFinals: { service, session, _ in
            guard let page = ((try? service.home(session))?.pages ?? []).first else {
                throw JournalError.accessDenied(.verbatim("no pages"))
            }
            do {
                try service.setFinal(session, page: page, kind: .year, pupil: PupilID(1), value: nil, replacing: nil)
            } catch JournalError.accessDenied(let what) {
                throw JournalError.accessDenied(what)
            } catch {
                // Past the role gate: the rules or the pupil answer now.
            }
        },
        .correctClosedFinal: { service, session, _ in
            do {
                try service.correctClosedFinal(
                    session, pupil: PupilID(1), subject: SubjectID(1), final: .period(PeriodID(1)), newValue: "5", replacing: "?",
                    kind: .retake, orderNumber: "1", orderDate: today, reason: "проверка ролей"
                )
            } catch JournalError.accessDenied(let what) {
                throw JournalError.accessDenied(what)
            } catch {
                // Past the role gate: the final seen («?») is refused as changed, nothing is written.
            }
        },
        .managePupils: { service, session, _ in
            let classes = try service.pupilListClasses(session)
            _ = try service.classRoster(session, classID: try XCTUnwrap(classes.first).id)
        },
        .sendNotices: { service, session, _ in
            let led = try service.ledClasses(session)
            _ = try service.classNotices(session, classID: try XCTUnwrap(led.first).id)
        },
        .keepClassEvents: { service, session, _ in
            let led = try service.ledClasses(session)
            try service.addClassEvent(session, classID: try XCTUnwrap(led.first).id,
                                      ClassEventDraft(date: today, time: "", title: "Классный час", place: ""))
        },
        .postAnnouncements: { service, session, _ in
            _ = try service.postedAnnouncements(session)
        },
    ]

    func testTheServiceAllowsWhatTheInterfaceOffersAndRefusesWhatItHides() throws {
        let gated = Commands.all.filter { $0.needs != nil }
        XCTAssertEqual(Set(gated.compactMap(\.needs)), Set(Self.probes.keys), "a probe for every gate the interface asks")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-gates-\(UUID().uuidString).sqlite").path
        let store = try createDemoSchool(at: path, now: Self.now, size: DemoSize(
            classesPerGrade: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1], pupilsPerClass: 4...5
        ))
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let service = try JournalService(store: store, clock: ManualClock(Self.now), terminal: TerminalInfo(tty: "pts/3"))
        let admin = try service.signIn(login: "admin", password: DemoSchoolGenerator.demoPassword)
        var offeredSomewhere = Set<Action>()
        var hiddenSomewhere = Set<Action>()
        for (login, _) in DemoSchoolGenerator.demoAccounts {
            let app = Application(backend: service, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
            Key.typing(login).forEach(app.handle)
            app.handle(.enter)
            Key.typing(DemoSchoolGenerator.demoPassword).forEach(app.handle)
            app.handle(.enter)
            let session = try XCTUnwrap(app.session, "\(login) signs in")
            let permission = try service.grantPermission(
                admin, teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(Self.today, Self.today), kinds: [.mark],
                reason: "отзовут при проверке", expiresAt: Self.now.addingTimeInterval(86_400)
            )
            for command in gated {
                let offered = app.isOffered(command.action)
                if offered { offeredSomewhere.insert(command.action) } else { hiddenSomewhere.insert(command.action) }
                let probe = try XCTUnwrap(Self.probes[command.needs!])
                do {
                    try probe(service, session, permission)
                    XCTAssertTrue(offered, "\(login): the service allows `\(command.name)`, which the interface hides")
                } catch JournalError.accessDenied {
                    XCTAssertFalse(offered, "\(login): the interface offers `\(command.name)`, which the service refuses")
                }
            }
        }
        // Each gate both opens and closes for some demo role, so neither half of the walk is empty.
        XCTAssertEqual(offeredSomewhere, Set(gated.map(\.action)))
        XCTAssertEqual(hiddenSomewhere, Set(gated.map(\.action)))
    }
}
