import EzhCore
import EzhService
import EzhStore
import XCTest

/// Every role against every action, through the service: the whole table is asserted, so a
/// change to any permission shows up here.
final class RoleMatrixTests: XCTestCase {
    private typealias Action = (name: String, run: @Sendable (TestSchool, Session) throws -> Void)

    private static let friday = TestSchool.lessonDay

    private static let actions: [Action] = [
        ("open own page", { school, session in
            _ = try school.service.marksGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2)
        }),
        ("enter a mark", { school, session in
            let grid = try school.service.marksGrid(session, page: TestSchool.mathPage, period: TestSchool.quarter2)
            _ = try school.service.setMark(session, page: TestSchool.mathPage, column: grid.columns.last!, pupil: TestSchool.ivanova, value: .grade(4),
                                           replacing: grid.value(pupil: TestSchool.ivanova, column: grid.columns.count - 1))
        }),
        ("open 1А's page", { school, session in
            _ = try school.service.marksGrid(session, page: TestSchool.firstGradeMathPage, period: TestSchool.quarter2)
        }),
        ("grant a permission", { school, session in
            _ = try school.service.grantPermission(
                session, teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(friday, friday), kinds: [.mark],
                reason: "болезнь", expiresAt: TestSchool.at(friday.adding(days: 2), 0, 0)
            )
        }),
        ("record a substitution", { school, session in
            try school.service.recordSubstitution(session, lesson: TestSchool.todaysMath, substitute: StaffID(2), replacing: nil)
        }),
        ("close a period", { school, session in try school.service.closePeriod(session, PeriodID(1)) }),
        ("change a rule setting", { school, session in
            try school.service.changeRuleSetting(session, key: RuleQueries.Key.markWindowDays, value: "6")
        }),
        ("review 5А's absences", { school, session in
            _ = try school.service.absenceReview(session, classID: ClassID(1), week: SchoolWeek.containing(friday))
        }),
        ("see every teacher's due list", { school, session in _ = try school.service.dueOverviewOfAllTeachers(session) }),
        ("read the access log", { school, session in _ = try school.service.accessLog(session, filter: AccessLogFilter()) }),
        ("access report", { school, session in _ = try school.service.accessReport(session, filter: AccessLogFilter()) }),
        ("create a staff account", { school, session in
            _ = try school.service.createStaffAccount(session, staff: StaffID(3), login: "new.admin", roles: [.administrator])
        }),
        ("issue a parent's account", { school, session in
            _ = try school.service.createFamilyAccount(session, holder: .parent(ParentID(2)))
        }),
        ("usage statistics", { school, session in
            _ = try school.service.usageStatistics(session, span: SchoolWeek.containing(friday))
        }),
        ("read Иванова's diary", { school, session in _ = try school.service.diary(session, pupil: TestSchool.ivanova) }),
        ("read Алексеев's diary", { school, session in _ = try school.service.diary(session, pupil: TestSchool.alexeev) }),
    ]

    /// Which actions each role may take ("+" allowed, "-" denied), in the order of `actions`.
    private static let expected: [(login: String, cells: String)] = [
        //                 own enter 1А grant subst close set  abs  due  log  rep  staff fam  stat diaryИ diaryА
        ("teacher",  "+ + - - - - - + - - - - + - - -"),
        ("other",    "- - + - - - - - - - - - - - - -"),
        ("deputy",   "+ - + + + + - - + + + - - - - -"),
        ("director", "+ - + - - - - - + + + - - - - -"),
        ("admin",    "+ - + + + + + - + + + + + + - -"),
        ("parent",   "- - - - - - - - - - - - - - + -"),
        ("pupil",    "- - - - - - - - - - - - - - + -"),
    ]

    func testEveryRoleAgainstEveryAction() throws {
        for (login, cells) in Self.expected {
            let allowed = cells.split(separator: " ").map { $0 == "+" }
            XCTAssertEqual(allowed.count, Self.actions.count, "row \(login) has a cell per action")
            // One school per role: the row's actions run in order on it (none of them changes
            // what a later one in the row may do).
            let school = try TestSchool()
            defer { school.remove() }
            let session = try school.signIn(login)
            for (index, action) in Self.actions.enumerated() {
                var denied = false
                do {
                    try action.run(school, session)
                } catch let error as JournalError {
                    switch error {
                    case .accessDenied, .notYourLesson: denied = true
                    default: XCTFail("\(login) · \(action.name): unexpected \(error)")
                    }
                }
                XCTAssertEqual(!denied, allowed[index], "\(login) · \(action.name)")
            }
        }
    }
}
