import EzhCore
import Foundation
import XCTest

/// Boundary tests of every deadline rule, in the school's zone (Asia/Yekaterinburg, UTC+5) while
/// the process runs in another (America/New_York).
final class RuleEngineTests: XCTestCase {
    private let zone = SchoolTimeZone(identifier: "Asia/Yekaterinburg")!
    private lazy var engine = RuleEngine(settings: .defaults, timeZone: zone)
    private let friday = LocalDate(year: 2026, month: 11, day: 27)
    private lazy var lesson = LessonTiming(
        date: friday, start: TimeOfDay(hour: 10, minute: 30), end: TimeOfDay(hour: 11, minute: 15),
        pupilsDayEnd: TimeOfDay(hour: 13, minute: 15)
    )
    private let openQuarter = PeriodState(
        span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28)),
        isClosed: false, finalsDue: LocalDate(year: 2026, month: 12, day: 30)
    )

    override class func setUp() {
        setenv("TZ", "America/New_York", 1)
        tzset()
    }

    private func at(_ day: LocalDate, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        zone.instant(day, TimeOfDay(hour: hour, minute: minute), second: second)
    }

    private func entry(_ kind: EntryKind, at now: Date, lesson: LessonTiming?? = nil, period: PeriodState? = nil,
                       teacher: StaffID = StaffID(1)) -> EntryContext {
        EntryContext(
            kind: kind, teacher: teacher, classID: ClassID(1), subjectID: SubjectID(1),
            lesson: lesson ?? self.lesson, period: period ?? openQuarter, now: now
        )
    }

    private func assertDecision(
        _ kind: EntryKind, _ now: Date, allowed: Bool, rule: JournalRule? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let decision = engine.judge(entry(kind, at: now))
        XCTAssertEqual(decision.isAllowed, allowed, "\(kind) at \(zone.russianDateTime(now))", file: file, line: line)
        if let rule, case .refused(let refusal) = decision {
            XCTAssertEqual(refusal.rule, rule, file: file, line: line)
        }
    }

    func testDayEntriesCloseAt2100InTheSchoolsZone() {
        let cases: [(EntryKind, Date, Bool)] = [
            (.attendance, at(friday, 10, 29, 59), false),
            (.attendance, at(friday, 10, 30), true),
            (.attendance, at(friday, 20, 59, 59), true),
            (.attendance, at(friday, 21, 0, 0), false),
            (.lessonRecord, at(friday, 0, 0), true),
            (.lessonRecord, at(friday, 20, 59, 59), true),
            (.lessonRecord, at(friday, 21, 0), false),
            (.lessonRecord, at(friday.adding(days: -1), 23, 59), false),
        ]
        for (kind, now, allowed) in cases {
            assertDecision(kind, now, allowed: allowed, rule: .dayEntries)
        }
    }

    func testTheRefusalNamesTheRuleTheDeadlineAndTheWayForward() {
        guard case .refused(let refusal) = engine.judge(entry(.attendance, at: at(friday, 21, 5))) else {
            return XCTFail("an absence at 21:05 must be refused")
        }
        XCTAssertEqual(refusal.deadline, at(friday, 21, 0))
        let message = refusal.message(in: .ru)
        XCTAssertTrue(message.contains("Правило 1"), message)
        XCTAssertTrue(message.contains("27.11.2026 21:00"), message)
        XCTAssertTrue(message.contains("разрешение"), message)
    }

    func testAttendanceCannotBeEnteredBeforeTheLessonStarts() {
        guard case .refused(let refusal) = engine.judge(entry(.attendance, at: at(friday, 9, 0))) else {
            return XCTFail("attendance before the lesson must be refused")
        }
        XCTAssertEqual(refusal.reason, .notStarted(opensAt: at(friday, 10, 30)))
    }

    func testHomeworkWithinSixtyMinutesOfThePupilsLastLesson() {
        assertDecision(.homework, at(friday.adding(days: -3), 9, 0), allowed: true)
        assertDecision(.homework, at(friday, 14, 14, 59), allowed: true)
        assertDecision(.homework, at(friday, 14, 15), allowed: false, rule: .homework)
        assertDecision(.homework, at(friday, 14, 16), allowed: false, rule: .homework)
    }

    func testHomeworkInTheStricterEndOfSchoolDayMode() {
        var settings = RuleSettings.defaults
        settings.homeworkByEndOfSchoolDay = true
        let strict = RuleEngine(settings: settings, timeZone: zone)
        XCTAssertTrue(strict.judge(entry(.homework, at: at(friday, 13, 14, 59))).isAllowed)
        XCTAssertFalse(strict.judge(entry(.homework, at: at(friday, 13, 15))).isAllowed)
    }

    func testMarksWithinSevenDaysAndNeverForFutureWork() {
        let dayEight = friday.adding(days: 8)
        assertDecision(.mark, at(friday.adding(days: -1), 12, 0), allowed: false, rule: .marksWithinWeek)
        assertDecision(.mark, at(friday, 10, 29), allowed: false, rule: .marksWithinWeek)
        assertDecision(.mark, at(friday, 10, 30), allowed: true)
        assertDecision(.mark, at(friday.adding(days: 7), 20, 59, 59), allowed: true)
        assertDecision(.mark, at(friday.adding(days: 7), 21, 0), allowed: false, rule: .marksWithinWeek)
        assertDecision(.mark, at(dayEight, 10, 0), allowed: false, rule: .marksWithinWeek)
    }

    func testFinalsByTheEndOfTheOrdersDay() {
        let finals = { (now: Date) in
            self.engine.judge(self.entry(.periodFinal, at: now, lesson: .some(nil))).isAllowed
        }
        XCTAssertTrue(finals(at(LocalDate(year: 2026, month: 12, day: 30), 23, 59, 59)))
        XCTAssertFalse(finals(at(LocalDate(year: 2026, month: 12, day: 31), 0, 0)))
    }

    func testAClosedPeriodRefusesEverythingEvenWithAPermission() {
        let closed = PeriodState(span: openQuarter.span, isClosed: true)
        let permission = LatePermission(
            id: PermissionID(1), teacher: StaffID(1), classID: nil, subjectID: nil, dates: openQuarter.span,
            kinds: Set(EntryKind.allCases), reason: "болезнь", expiresAt: at(friday.adding(days: 30), 0, 0)
        )
        for kind in EntryKind.allCases {
            let decision = engine.judge(entry(kind, at: at(friday, 12, 0), period: closed), permissions: [permission])
            XCTAssertEqual(decision, .refused(RuleRefusal(rule: .closedPeriod, reason: .periodClosed, timeZone: zone)))
        }
    }

    func testTheClassTeachersCorrectionIsNotBoundByTheDayDeadline() {
        assertDecision(.absenceCorrection, at(friday.adding(days: 6), 22, 0), allowed: true)
        assertDecision(.absenceCorrection, at(friday.adding(days: 25), 8, 0), allowed: true)
    }

    func testPermissionsInRangeOutOfRangeExpiredAndRevoked() {
        let late = at(friday, 21, 5)
        func permission(
            dates: DateSpan? = nil, kinds: Set<EntryKind> = [.attendance], expires: Date? = nil, revoked: Date? = nil,
            teacher: StaffID = StaffID(1), subject: SubjectID? = nil
        ) -> LatePermission {
            LatePermission(
                id: PermissionID(7), teacher: teacher, classID: ClassID(1), subjectID: subject,
                dates: dates ?? DateSpan(friday, friday), kinds: kinds, reason: "сбой сети в учительской",
                expiresAt: expires ?? at(friday.adding(days: 2), 0, 0), revokedAt: revoked
            )
        }
        let cases: [(String, LatePermission, Bool)] = [
            ("in range", permission(), true),
            ("another day", permission(dates: DateSpan(friday.adding(days: 1), friday.adding(days: 3))), false),
            ("another kind", permission(kinds: [.mark]), false),
            ("expired", permission(expires: at(friday, 21, 0)), false),
            ("revoked before", permission(revoked: at(friday, 21, 1)), false),
            ("revoked later", permission(revoked: at(friday, 22, 0)), true),
            ("another teacher", permission(teacher: StaffID(2)), false),
            ("another subject", permission(subject: SubjectID(9)), false),
            ("this subject", permission(subject: SubjectID(1)), true),
        ]
        for (name, permission, covers) in cases {
            let decision = engine.judge(entry(.attendance, at: late), permissions: [permission])
            XCTAssertEqual(decision == .allowedLate(PermissionID(7)), covers, name)
            XCTAssertEqual(decision.isAllowed, covers, name)
        }
    }

    func testAPermissionNeverOpensALessonThatHasNotStarted() {
        let permission = LatePermission(
            id: PermissionID(1), teacher: StaffID(1), classID: nil, subjectID: nil, dates: DateSpan(friday, friday),
            kinds: [.mark], reason: "—", expiresAt: at(friday.adding(days: 9), 0, 0)
        )
        XCTAssertFalse(engine.judge(entry(.mark, at: at(friday, 9, 0)), permissions: [permission]).isAllowed)
    }

    func testChangedSettingsMoveTheDeadlines() {
        var settings = RuleSettings.defaults
        settings.dayEntryDeadline = TimeOfDay(hour: 20, minute: 0)
        settings.markWindowDays = 3
        let school = RuleEngine(settings: settings, timeZone: zone)
        XCTAssertFalse(school.judge(entry(.attendance, at: at(friday, 20, 0))).isAllowed)
        XCTAssertTrue(school.judge(entry(.mark, at: at(friday.adding(days: 3), 19, 59))).isAllowed)
        XCTAssertFalse(school.judge(entry(.mark, at: at(friday.adding(days: 3), 20, 0))).isAllowed)
    }
}

final class TextAndPlanRulesTests: XCTestCase {
    func testTopicsNeedARussianWord() {
        XCTAssertEqual(RussianText.check("Present Simple", field: "Тема", mode: .strict, language: .ru).isRefused, true)
        XCTAssertEqual(RussianText.check("Present Simple: утверждения", field: "Тема", mode: .strict, language: .ru), .accepted)
        XCTAssertEqual(RussianText.check("Я и моя семья", field: "Тема", mode: .strict, language: .ru), .accepted)
        XCTAssertEqual(RussianText.check("", field: "Тема", mode: .strict, language: .ru), .accepted)
        XCTAssertEqual(RussianText.check("№ 214, 215", field: "ДЗ", mode: .strict, language: .ru), .accepted)
        XCTAssertEqual(RussianText.check("Ex. 5 p. 12", field: "ДЗ", mode: .strict, language: .ru).isRefused, true)
        if case .acceptedWithWarning = RussianText.check("Unit 5", field: "Тема", mode: .warn, language: .ru) {} else {
            XCTFail("warn mode accepts with a warning")
        }
        XCTAssertEqual(RussianText.check("Unit 5", field: "Тема", mode: .off, language: .ru), .accepted)
    }

    func testLessonPlanHoursMustEqualTheCurriculum() {
        XCTAssertEqual(LessonPlanCheck.check(plannedHours: 170, curriculumHours: 170), .matches)
        let verdict = LessonPlanCheck.check(plannedHours: 168, curriculumHours: 170)
        XCTAssertEqual(
            LessonPlanCheck.message(verdict, page: "5А · Математика", language: .ru),
            "Правило 8 (часы КТП равны часам учебного плана): 5А · Математика — в КТП 168 ч., в учебном плане 170 ч.; добавьте 2 ч."
        )
    }

    func testTheSuggestedFinalFollowsTheSchoolsThresholds() {
        let marks = MarkAverages([(.grade(5), 1), (.grade(4), 1), (.grade(4), 1), (.grade(5), 1), (.grade(4), 1)])
        XCTAssertEqual(FinalMarkSuggestion.suggest(marks, useWeighted: false, thresholds: [2.5, 3.5, 4.5]), "4")
        XCTAssertEqual(FinalMarkSuggestion.suggest(
            MarkAverages([(.grade(5), 1), (.grade(4), 1), (.grade(5), 1), (.grade(4), 1)]), useWeighted: false,
            thresholds: [2.5, 3.5, 4.5]
        ), "5", "4.5 reaches the threshold")
        XCTAssertEqual(FinalMarkSuggestion.suggest(
            MarkAverages([(.grade(5), 1), (.grade(4), 1), (.grade(5), 1), (.grade(4), 1)]), useWeighted: false,
            thresholds: [2.6, 3.6, 4.6]
        ), "4")
        XCTAssertEqual(FinalMarkSuggestion.suggest(MarkAverages([(.grade(5), 1)]), useWeighted: false, thresholds: [2.5, 3.5, 4.5]), "н/а")
    }
}

private extension RussianText.Verdict {
    var isRefused: Bool {
        if case .refused = self { return true }
        return false
    }
}
