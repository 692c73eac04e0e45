import EzhCore
import EzhService
import EzhStore
import Foundation
import XCTest

/// `ezh --lang en` shows no Russian refusal: every refusal the service can give, read in
/// English, is an English sentence. Only data may stay Russian: what is quoted («…», “…”), the
/// attendance codes and the names, titles and paths a refusal names.
final class EnglishRefusalTests: XCTestCase {
    private typealias Refusal = (name: String, data: [String], call: () throws -> Void)

    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
    }

    override func tearDown() {
        school.remove()
    }

    func testEveryRefusalOfTheServiceReadsInEnglish() throws {
        let refusals = try serviceRefusals()
        for refusal in refusals {
            do {
                try refusal.call()
                XCTFail("\(refusal.name): not refused")
            } catch {
                assertEnglish(error, data: refusal.data, refusal.name)
            }
        }
    }

    private func serviceRefusals() throws -> [Refusal] {
        let school = school!
        let service = school.service
        let teacher = try school.signIn("teacher")
        let other = try school.signIn("other")
        let admin = try school.signIn("admin")
        let deputy = try school.signIn("deputy")
        let parent = try school.signIn("parent")
        let math = TestSchool.mathPage
        let friday = TestSchool.lessonDay
        let grid = try service.marksGrid(teacher, page: math, period: TestSchool.quarter2)
        let today = grid.columns.last { $0.lessonID == TestSchool.todaysMath }!
        let logEntry = try service.accessLog(admin, filter: AccessLogFilter(limit: 1)).first!.row
        try service.closePeriod(admin, PeriodID(1))
        try service.setLessonPlan(teacher, page: math, items: [(topic: "Дроби", hours: 2)], replacing: [])
        let names = ["Петрова О.И.", "Сидоров П.А.", "Петрова Ольга"]
        let titles = [math.title, TestSchool.firstGradeMathPage.title]
        func grant(_ session: Session, teacher staff: StaffID = StaffID(1), kinds: Set<EntryKind> = [.mark],
                   reason: String = "болезнь", expiresAt: Date = TestSchool.at(friday.adding(days: 2), 0, 0)) throws {
            _ = try service.grantPermission(
                session, teacher: staff, classID: nil, subjectID: nil, dates: DateSpan(friday, friday), kinds: kinds,
                reason: reason, expiresAt: expiresAt
            )
        }
        func correctFinal(_ value: String, order: String = "12-у", reason: String = "пересдача") throws {
            try service.correctClosedFinal(
                deputy, pupil: TestSchool.ivanova, subject: math.subjectID, period: PeriodID(1), newValue: value,
                replacing: "2", kind: .retake, orderNumber: order, reason: reason
            )
        }
        func setting(_ key: String, _ value: String) throws {
            try service.changeRuleSetting(admin, key: key, value: value)
        }
        func transfer(_ session: Session, from: Int64, to: Int64, period: Int64) throws {
            try service.transferBetweenSubgroups(
                session, pupil: TestSchool.ivanova, from: SubgroupID(from), to: SubgroupID(to), startingWith: PeriodID(period)
            )
        }
        let emptyFile = school.directory.appendingPathComponent("empty.sqlite").path
        let nobody = Session(
            accountID: AccountID(99), login: "nobody", displayName: "", roles: [.teacher], staffID: nil, language: .en,
            keymapName: "default"
        )
        return [
            // Signing in, sessions and the journal itself
            ("wrong password", [], { _ = try service.signIn(login: "teacher", password: "wrong") }),
            ("no such session", [], { _ = try service.home(nobody) }),
            ("wrong old password", [], { _ = try service.changePassword(teacher, old: "wrong", new: "новый-пароль-1") }),
            ("short new password", [], { _ = try service.changePassword(teacher, old: "secret-teacher", new: "short") }),
            ("same new password", [], {
                _ = try service.changePassword(teacher, old: "secret-teacher", new: "secret-teacher")
            }),
            ("too long a keymap name", [], {
                _ = try service.setPreferences(teacher, language: nil, keymapName: String(repeating: "k", count: 65))
            }),
            ("a moved clock on a school's journal", [], {
                let real = try TestSchool(isDemo: false)
                defer { real.remove() }
                _ = try JournalService(store: real.store, clock: ManualClock(Date()), terminal: TerminalInfo(tty: "t"))
            }),
            ("no school in the file", [emptyFile], {
                _ = try JournalService(store: try JournalStore(path: emptyFile), clock: school.clock, terminal: TerminalInfo(tty: "t"))
            }),
            ("a school without a name", [], {
                try JournalService.createSchool(
                    in: try JournalStore(path: emptyFile), name: " ", timeZone: "Europe/Moscow", administrator: "admin",
                    password: "long-enough-1", clock: school.clock
                )
            }),
            ("an unknown time zone", [], {
                try JournalService.createSchool(
                    in: try JournalStore(path: emptyFile), name: "Школа", timeZone: "Europe/Nowhere", administrator: "admin",
                    password: "long-enough-1", clock: school.clock
                )
            }),
            ("the password is the login", [], {
                try JournalService.createSchool(
                    in: try JournalStore(path: emptyFile), name: "Школа", timeZone: "Europe/Moscow",
                    administrator: "administrator", password: "administrator", clock: school.clock
                )
            }),
            ("an empty login", [], {
                try JournalService.createSchool(
                    in: try JournalStore(path: emptyFile), name: "Школа", timeZone: "Europe/Moscow", administrator: " ",
                    password: "long-enough-1", clock: school.clock
                )
            }),
            ("a second school", [school.store.path], {
                try JournalService.createSchool(
                    in: school.store, name: "Школа", timeZone: "Europe/Moscow", administrator: "admin2",
                    password: "long-enough-1", clock: school.clock
                )
            }),

            // Grids and entries
            ("another teacher's page", titles, { _ = try service.marksGrid(other, page: math, period: TestSchool.quarter2) }),
            ("an unknown period", [], { _ = try service.marksGrid(teacher, page: math, period: PeriodID(99)) }),
            ("another teacher's lesson", names, {
                try service.setAttendance(
                    other, page: math, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .absent, replacing: nil
                )
            }),
            ("a mark out of range", [], {
                _ = try service.setMark(teacher, page: math, column: today, pupil: TestSchool.ivanova, value: .grade(7), replacing: nil)
            }),
            ("a mark in grade 1", [], {
                let page = TestSchool.firstGradeMathPage
                let grid = try service.marksGrid(other, page: page, period: TestSchool.quarter2)
                _ = try service.setMark(
                    other, page: page, column: grid.columns.last!, pupil: TestSchool.firstGrader, value: .grade(5), replacing: nil
                )
            }),
            ("a pupil not on the page", [], {
                _ = try service.setMark(teacher, page: math, column: today, pupil: TestSchool.firstGrader, value: .grade(5), replacing: nil)
            }),
            ("a code for the class teacher", [], {
                try service.setAttendance(
                    teacher, page: math, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: .ill, replacing: nil
                )
            }),
            ("a cell changed meanwhile", names, {
                _ = try service.setMark(
                    teacher, page: math, column: today, pupil: TestSchool.ivanova, value: .grade(4), replacing: .grade(5)
                )
            }),
            ("after the day's deadline", [], {
                try service.setAttendance(
                    teacher, page: math, lesson: TestSchool.yesterdaysMath, pupil: TestSchool.ivanova, code: .absent, replacing: nil
                )
            }),
            ("no work type to mark", [], {
                try school.store.pool.write { try $0.execute(sql: "DELETE FROM work_type") }
                defer {
                    try? school.store.pool.write {
                        try $0.execute(sql: "INSERT INTO work_type VALUES (1, 'Работа на уроке', 'Раб', 1, 1), (2, 'Контрольная работа', 'К/р', 2, 0)")
                    }
                }
                _ = try service.setMark(teacher, page: math, column: today, pupil: TestSchool.ivanova, value: .grade(5), replacing: nil)
            }),

            // Assignments and exemptions
            ("an assignment with marks removed", [], {
                let column = try service.setMark(teacher, page: math, column: today, pupil: TestSchool.alexeev, value: .grade(4),
                                                 replacing: nil)
                try service.removeAssignment(teacher, page: math, column: column)
            }),
            ("an assignment topic with no Russian word", [], {
                let marked = try service.marksGrid(teacher, page: math, period: TestSchool.quarter2).columns
                    .first { $0.lessonID == TestSchool.todaysMath && $0.assignmentID != nil }!
                let column = try service.addAssignment(teacher, page: math, column: marked, workType: WorkTypeID(2))
                _ = try service.setAssignmentTopic(teacher, page: math, column: column, topic: "Fractions")
            }),
            ("a mark for an exempt pupil", ["справка № 15"], {
                try service.addExemption(teacher, ExemptionDraft(
                    pupil: TestSchool.yakovleva, days: DateSpan(friday, friday), subjects: nil, reason: "справка № 15"
                ))
                _ = try service.setMark(teacher, page: math, column: today, pupil: TestSchool.yakovleva, value: .grade(5), replacing: nil)
            }),
            ("an exemption without grounds", [], {
                try service.addExemption(teacher, ExemptionDraft(pupil: TestSchool.ivanova, days: DateSpan(friday, friday),
                                                                 subjects: nil, reason: " "))
            }),
            ("an exemption of another class's pupil", [], {
                try service.addExemption(other, ExemptionDraft(pupil: TestSchool.ivanova, days: DateSpan(friday, friday),
                                                               subjects: nil, reason: "справка"))
            }),
            ("an exemption ending after its end", [], {
                let id = try service.addExemption(teacher, ExemptionDraft(
                    pupil: TestSchool.alexeev, days: DateSpan(friday.adding(days: 10), friday.adding(days: 12)), subjects: nil,
                    reason: "приказ № 3"
                ))
                try service.endExemption(teacher, id, lastDay: friday.adding(days: 20))
            }),
            // The lesson record, substitutions, the lesson plan
            ("a topic in English", [], { try service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Fractions", replacing: "") }),
            ("a topic too long", [], {
                try service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: String(repeating: "д", count: 501), replacing: "")
            }),
            ("a topic changed meanwhile", names, {
                try service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "Десятичные дроби")
            }),
            ("a substitution by a teacher", [], {
                try service.recordSubstitution(teacher, lesson: TestSchool.todaysMath, substitute: StaffID(2), replacing: nil)
            }),
            ("a substitution declared by a parent", [], { try service.declareSubstitution(parent, lesson: TestSchool.todaysMath) }),
            ("a substitution of no lesson", [], {
                try service.recordSubstitution(deputy, lesson: LessonID(99), substitute: StaffID(2), replacing: nil)
            }),
            ("a substitution recorded meanwhile", names, {
                try service.recordSubstitution(deputy, lesson: TestSchool.todaysMath, substitute: StaffID(2), replacing: StaffID(2))
            }),
            ("the day's lessons for a teacher", [], { _ = try service.schoolLessons(teacher, on: friday) }),
            ("another teacher's plan", titles, { try service.setLessonPlan(other, page: math, items: [], replacing: []) }),
            ("a plan too long", [], {
                let items = Array(repeating: (topic: "Дроби", hours: 1), count: TextLimit.lessonPlanItems + 1)
                try service.setLessonPlan(teacher, page: math, items: items, replacing: [])
            }),
            ("a plan row without hours", [], {
                try service.setLessonPlan(teacher, page: math, items: [(topic: "Дроби", hours: 0)], replacing: [(topic: "Дроби", hours: 2)])
            }),
            ("a plan row in English", [], {
                try service.setLessonPlan(teacher, page: math, items: [(topic: "Fractions", hours: 2)], replacing: [(topic: "Дроби", hours: 2)])
            }),
            ("a plan saved meanwhile", names, {
                try service.setLessonPlan(teacher, page: math, items: [(topic: "Уравнения", hours: 3)], replacing: [])
            }),

            // Periods and finals
            ("closing no period", [], { try service.closePeriod(admin, PeriodID(99)) }),
            ("a final on another's page", titles, {
                try service.setPeriodFinal(deputy, page: math, period: TestSchool.quarter2, pupil: TestSchool.ivanova, value: "5", replacing: nil)
            }),
            ("a final that is no final", [], {
                try service.setPeriodFinal(teacher, page: math, period: TestSchool.quarter2, pupil: TestSchool.ivanova, value: "7", replacing: nil)
            }),
            ("a final of no period", [], {
                try service.setPeriodFinal(teacher, page: math, period: PeriodID(99), pupil: TestSchool.ivanova, value: "5", replacing: nil)
            }),
            ("a final of a closed period", [], {
                try service.setPeriodFinal(teacher, page: math, period: PeriodID(1), pupil: TestSchool.ivanova, value: "5", replacing: nil)
            }),
            ("a correction in an open period", [], {
                try service.correctClosedFinal(
                    deputy, pupil: TestSchool.ivanova, subject: math.subjectID, period: TestSchool.quarter2, newValue: "4",
                    replacing: "2", kind: .retake, orderNumber: "12-у", reason: "пересдача"
                )
            }),
            ("a correction to no final", [], { try correctFinal("7") }),
            ("a correction without an order", [], { try correctFinal("4", order: " ") }),
            ("a correction without a reason", [], { try correctFinal("4", reason: " ") }),
            ("a correction of a missing final", [], { try correctFinal("4") }),
            ("a correction by a teacher", [], {
                try service.correctClosedFinal(
                    teacher, pupil: TestSchool.ivanova, subject: math.subjectID, period: PeriodID(1), newValue: "4",
                    replacing: "2", kind: .retake, orderNumber: "12-у", reason: "пересдача"
                )
            }),

            // Permissions, settings, reports
            ("a permission granted by a teacher", [], { try grant(teacher) }),
            ("a permission without a reason", [], { try grant(deputy, reason: " ") }),
            ("a permission for no kind", [], { try grant(deputy, kinds: []) }),
            ("a permission expired", [], { try grant(deputy, expiresAt: TestSchool.at(friday, 0, 0)) }),
            ("a permission for no teacher", [], { try grant(deputy, teacher: StaffID(99)) }),
            ("revoking no permission", [], { try service.revokePermission(deputy, PermissionID(99)) }),
            ("a setting by a teacher", [], { try service.changeRuleSetting(teacher, key: RuleQueries.Key.markWindowDays, value: "6") }),
            ("no such setting", ["rules.nothing"], { try setting("rules.nothing", "1") }),
            ("a deadline that is no time", [RuleQueries.Key.dayEntryDeadline], { try setting(RuleQueries.Key.dayEntryDeadline, "25:99") }),
            ("grace minutes out of range", [RuleQueries.Key.homeworkGraceMinutes], {
                try setting(RuleQueries.Key.homeworkGraceMinutes, "-1")
            }),
            ("mark days out of range", [RuleQueries.Key.markWindowDays], { try setting(RuleQueries.Key.markWindowDays, "100") }),
            ("homework switch not 0 or 1", [RuleQueries.Key.homeworkByEndOfSchoolDay], {
                try setting(RuleQueries.Key.homeworkByEndOfSchoolDay, "2")
            }),
            ("an unknown text check", [RuleQueries.Key.russianTextCheck], { try setting(RuleQueries.Key.russianTextCheck, "loose") }),
            ("thresholds not rising", [RuleQueries.Key.finalThresholds], { try setting(RuleQueries.Key.finalThresholds, "4,3,2") }),
            ("the due list of every teacher for a teacher", [], { _ = try service.dueOverviewOfAllTeachers(teacher) }),
            ("school averages for a teacher", [], { _ = try service.averagesByClassAndSubject(teacher, span: DateSpan(friday, friday)) }),
            ("the access log for a teacher", [], { _ = try service.accessLog(teacher, filter: AccessLogFilter()) }),
            ("a log entry for a teacher", [], { _ = try service.accessLogDetail(teacher, entry: logEntry) }),
            ("the access report for a teacher", [], { _ = try service.accessReport(teacher, filter: AccessLogFilter()) }),
            ("usage statistics for a teacher", [], { _ = try service.usageStatistics(teacher, span: DateSpan(friday, friday)) }),

            // Absences, accounts, diaries
            ("another class's absences", [], {
                _ = try service.absenceReview(other, classID: ClassID(1), week: SchoolWeek.containing(friday))
            }),
            ("removing an absence without a reason", [], {
                try service.correctAbsence(teacher, lesson: TestSchool.todaysMath, pupil: TestSchool.ivanova, code: nil, replacing: .absent)
            }),
            ("an absence of no lesson", [], {
                try service.correctAbsence(teacher, lesson: LessonID(99), pupil: TestSchool.ivanova, code: .ill, replacing: .absent)
            }),
            ("the accounts for a teacher", [], { _ = try service.accounts(teacher) }),
            ("the staff list for a parent", [], { _ = try service.staff(parent) }),
            ("another class's families", [], { _ = try service.families(other, classID: ClassID(1)) }),
            ("a staff account by a teacher", [], {
                _ = try service.createStaffAccount(teacher, staff: StaffID(2), login: "sidorov2", roles: [.teacher])
            }),
            ("a staff account with a parent's role", [], {
                _ = try service.createStaffAccount(admin, staff: StaffID(2), login: "sidorov2", roles: [.parent])
            }),
            ("an account for no staff member", [], {
                _ = try service.createStaffAccount(admin, staff: StaffID(99), login: "ghost", roles: [.teacher])
            }),
            ("an account with an empty login", [], {
                _ = try service.createStaffAccount(admin, staff: StaffID(2), login: " ", roles: [.teacher])
            }),
            ("a staff account by a class teacher", [], { _ = try service.createFamilyAccount(teacher, holder: .staff(StaffID(2))) }),
            ("a pupil's account by another teacher", [], {
                _ = try service.createFamilyAccount(other, holder: .pupil(TestSchool.ivanova))
            }),
            ("resetting no account", ["nobody"], { _ = try service.resetPassword(admin, login: "nobody") }),
            ("resetting a staff password by a class teacher", [], { _ = try service.resetPassword(teacher, login: "other") }),
            ("roles by a teacher", [], { try service.setRoles(teacher, login: "other", roles: [.deputy], replacing: [.teacher]) }),
            ("roles changed meanwhile", [], {
                try service.setRoles(admin, login: "other", roles: [.teacher, .deputy], replacing: [.deputy])
            }),
            ("another pupil's diary", [], { _ = try service.diary(teacher, pupil: TestSchool.ivanova) }),
            ("another pupil's diary periods", [], { _ = try service.diaryPeriods(parent, pupil: TestSchool.alexeev) }),

            // Files
            ("an export without a name", [], {
                _ = try service.saveExport(teacher, "a", to: "", what: "проверка", rows: 1, replacing: false)
            }),
            ("an export over the journal", [], {
                _ = try service.saveExport(teacher, "a", to: school.store.path, what: "проверка", rows: 1, replacing: false)
            }),

            // Subgroups (last: the setup closes the second quarter)
            ("a transfer by a teacher", [], { try transfer(teacher, from: 1, to: 2, period: 2) }),
            ("a transfer within one group", [], { try transfer(admin, from: 1, to: 1, period: 2) }),
            ("a transfer into no period", [], { try transfer(admin, from: 1, to: 2, period: 99) }),
            ("a transfer mid-period", [], { try transfer(admin, from: 1, to: 2, period: 2) }),
            ("a transfer of a pupil not in the group", ["1 группа"], {
                try school.store.pool.write {
                    try $0.execute(sql: """
                        INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on)
                        VALUES (3, 1, 'quarter', 3, '2027-01-10', '2027-03-20')
                        """)
                }
                try service.closePeriod(admin, TestSchool.quarter2)
                try service.transferBetweenSubgroups(
                    admin, pupil: TestSchool.yakovleva, from: SubgroupID(1), to: SubgroupID(2), startingWith: PeriodID(3)
                )
            }),
        ]
    }
}
