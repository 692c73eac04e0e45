import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// Finals through the service: the columns and suggestions of a page, the order's date (rule 4)
/// at its boundary, closing a period for one class after seeing what is missing (rule 5), the
/// refusal in a closed period, and the deputy's correction under an order, in the history.
final class FinalsTests: XCTestCase {
    private var school: TestSchool!
    private let page = TestSchool.mathPage
    private let q1 = PeriodID(1)
    private let q2 = TestSchool.quarter2

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 12, 0))
    }

    override func tearDown() {
        school.remove()
    }

    /// Иванова: 5 for a контрольная (weight 2) and 4, 4 for classwork in the 2nd quarter.
    private func giveQuarterMarks() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (10, 1, 2, 1), (11, 2, 1, 1), (12, 2, 1, 2);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (10, 1, '5', '2026-11-27T08:00:00.000Z', 1), (11, 1, '4', '2026-11-26T08:00:00.000Z', 1),
                    (12, 1, '4', '2026-11-26T08:00:00.000Z', 1);
                """)
        }
    }

    private func setDue(_ day: LocalDate, period: PeriodID) throws {
        try school.service.setFinalsDue(try school.signIn("deputy"), period: period, on: day)
    }

    func testThePageHasAColumnPerQuarterAndTheYearWithTheWeightedSuggestion() throws {
        try giveQuarterMarks()
        let sheet = try school.service.finalsSheet(try school.signIn("teacher"), page: page)
        XCTAssertEqual(sheet.columns.map(\.kind), [.period(q1), .period(q2), .year], "grade 5 has no exam")
        XCTAssertEqual(sheet.columns.map { $0.shortTitle(in: .ru) }, ["1 чт", "2 чт", "Год"])
        XCTAssertEqual(sheet.suggestion(TestSchool.ivanova, .period(q2)), "5", "(5·2 + 4 + 4) / 4 = 4.5 reaches 4.5")
        XCTAssertEqual(sheet.suggestion(TestSchool.alexeev, .period(q2)), nil, "no marks: the screen shows н/а")
        XCTAssertTrue(sheet.columns.allSatisfy(\.isEditable))
        XCTAssertFalse(sheet.columns.contains(where: \.canCorrect), "a teacher does not correct closed finals")
    }

    func testTheYearAndTheQuarterFinalsAreGivenWithHistory() throws {
        let teacher = try school.signIn("teacher")
        try school.service.setFinal(teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "5", replacing: nil)
        try school.service.setFinal(teacher, page: page, kind: .year, pupil: TestSchool.ivanova, value: "5", replacing: nil)
        let sheet = try school.service.finalsSheet(teacher, page: page)
        XCTAssertEqual(sheet.value(TestSchool.ivanova, .year), "5")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'period_final' AND entity_key LIKE '%final=year'"), 1)
        XCTAssertThrowsError(try school.service.setFinal(
            teacher, page: page, kind: .exam, pupil: TestSchool.ivanova, value: "5", replacing: nil
        )) { XCTAssertTrue(($0 as? JournalError)?.message(in: .ru).contains("только в 9 и 11") == true, "\($0)") }
    }

    func testFinalsAreTakenUntilTheEndOfTheOrdersDayAndRefusedAfter() throws {
        try setDue(TestSchool.lessonDay, period: q2)
        let teacher = try school.signIn("teacher")
        school.clock.set(TestSchool.at(TestSchool.lessonDay, 23, 59))
        XCTAssertNoThrow(try school.service.setFinal(teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "4", replacing: nil))
        school.clock.set(TestSchool.at(TestSchool.lessonDay.adding(days: 1), 0, 0))
        XCTAssertThrowsError(try school.service.setFinal(
            teacher, page: page, kind: .period(q2), pupil: TestSchool.alexeev, value: "4", replacing: nil
        )) { error in
            XCTAssertEqual((error as? RuleRefusal)?.rule, .finalsByOrder)
            XCTAssertTrue((error as? RuleRefusal)?.message(in: .ru).contains("28.11.2026 00:00") == true, "\(error)")
        }
        // The year follows the year's last period (here the 2nd quarter) and its order.
        XCTAssertThrowsError(try school.service.setFinal(teacher, page: page, kind: .year, pupil: TestSchool.alexeev, value: "4", replacing: nil))
    }

    func testTheOrderDateIsTheDeputysAndNotBeforeThePeriod() throws {
        XCTAssertThrowsError(try school.service.setFinalsDue(try school.signIn("teacher"), period: q2, on: TestSchool.lessonDay))
        XCTAssertThrowsError(try setDue(LocalDate(year: 2026, month: 11, day: 1), period: q2))
        try setDue(LocalDate(year: 2026, month: 12, day: 28), period: q2)
        XCTAssertEqual(try school.service.finalsDueDates(try school.signIn("deputy"))[q2], LocalDate(year: 2026, month: 12, day: 28))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'period' AND field = 'finals_due_on'"), 1)
    }

    func testClosingFirstShowsPupilsWithoutAFinalAndLessonsWithoutATopic() throws {
        let teacher = try school.signIn("teacher")
        try school.service.setFinal(teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "5", replacing: nil)
        let report = try school.service.closingReport(try school.signIn("deputy"), period: q2, classID: TestSchool.mathPage.classID)
        XCTAssertEqual(report.classes.map(\.className.description), ["5А"])
        let math = try XCTUnwrap(report.classes.first?.subjects.first { $0.page == "5А · Математика" })
        XCTAssertEqual(math.pupilsWithoutFinal, ["Алексеев Б.П.", "Яковлева В.И."], "Ёлкин left before the quarter's end")
        XCTAssertEqual(math.lessonsWithoutTopic, 2)
        XCTAssertFalse(report.isComplete)
        XCTAssertThrowsError(try school.service.closingReport(teacher, period: q2, classID: nil), "only the deputy or administrator")
    }

    func testAPeriodClosedForOneClassRefusesItsFinalsNamingTheRuleAndTheWayToCorrect() throws {
        let teacher = try school.signIn("teacher")
        try school.service.setFinal(teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "2", replacing: nil)
        try school.service.closePeriod(try school.signIn("deputy"), q2, forClass: page.classID)

        XCTAssertThrowsError(try school.service.setFinal(
            teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "3", replacing: "2"
        )) { error in
            let refusal = error as? RuleRefusal
            XCTAssertEqual(refusal?.rule, .closedPeriod)
            XCTAssertEqual(refusal?.message(in: .ru), "Правило 5 (закрытый период не меняется): период закрыт. Итоговую исправляет "
                + "только завуч — пересдача или апелляция по приказу (номер, дата, причина).")
            XCTAssertEqual(refusal?.message(in: .en), "Rule 5 (a closed period does not change): period closed. Only the deputy "
                + "corrects a final — retake or appeal under an order (number, date, reason).")
        }
        XCTAssertThrowsError(try school.service.setMark(
            teacher, page: page, column: try school.service.marksGrid(teacher, page: page, period: q2).columns[0],
            pupil: TestSchool.alexeev, value: .grade(4), replacing: nil
        )) { XCTAssertEqual(($0 as? RuleRefusal)?.rule, .closedPeriod) }
        let sheet = try school.service.finalsSheet(teacher, page: page)
        XCTAssertEqual(sheet.columns[1].closedOn, TestSchool.lessonDay)
        XCTAssertFalse(sheet.columns[1].isEditable)
        XCTAssertTrue(try school.service.periods(for: page).first { $0.id == q2 }?.isClosed == true)
        let firstGrade = try school.service.periods(for: TestSchool.firstGradeMathPage).first { $0.id == q2 }
        XCTAssertEqual(firstGrade?.isClosed, false, "closed for 5А only")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'period' AND entity_key = 'period=2;class=1'"), 1)
    }

    func testClosingTheLastClassClosesThePeriodForTheYearsClosing() throws {
        let deputy = try school.signIn("deputy")
        try school.service.closePeriod(deputy, q2, forClass: TestSchool.mathPage.classID)
        XCTAssertEqual(try school.count("SELECT count(*) FROM period WHERE id = 2 AND closed_at IS NOT NULL"), 0)
        try school.service.closePeriod(deputy, q2, forClass: TestSchool.firstGradeMathPage.classID)
        XCTAssertEqual(try school.count("SELECT count(*) FROM period WHERE id = 2 AND closed_at IS NOT NULL"), 1)
        XCTAssertNoThrow(try school.service.closePeriod(deputy, q2, forClass: TestSchool.mathPage.classID), "closing again changes nothing")
        XCTAssertEqual(try school.count("SELECT count(*) FROM period_class_closing"), 2)
    }

    func testACorrectionAfterClosingRecordsTheOrdersNumberDateAndReasonInTheHistory() throws {
        let teacher = try school.signIn("teacher")
        try school.service.setFinal(teacher, page: page, kind: .period(q2), pupil: TestSchool.ivanova, value: "2", replacing: nil)
        let deputy = try school.signIn("deputy")
        try school.service.closePeriod(deputy, q2, forClass: page.classID)
        let order = LocalDate(year: 2026, month: 11, day: 26)
        XCTAssertThrowsError(try school.service.correctClosedFinal(
            deputy, pupil: TestSchool.ivanova, subject: page.subjectID, final: .period(q2), newValue: "3", replacing: "2",
            kind: .retake, orderNumber: "№ 15-у", orderDate: TestSchool.lessonDay.adding(days: 1), reason: "пересдача"
        ), "an order dated tomorrow is not signed yet")
        try school.service.correctClosedFinal(
            deputy, pupil: TestSchool.ivanova, subject: page.subjectID, final: .period(q2), newValue: "3", replacing: "2",
            kind: .retake, orderNumber: "№ 15-у", orderDate: order, reason: "ликвидация академической задолженности"
        )
        let history = try school.service.finalHistory(deputy, page: page, kind: .period(q2), pupil: TestSchool.ivanova)
        XCTAssertEqual(history.entries.map(\.newValue), ["3", "2"])
        XCTAssertEqual(history.corrections.map { $0.summary(in: .ru) }, [
            "пересдача 2 → 3, приказ № 15-у от 26.11.2026: ликвидация академической задолженности (Морозова И.Л.)",
        ])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM final_correction WHERE order_number = '№ 15-у' AND order_date = '2026-11-26' AND new_value = '3'
            """), 1)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE field = 'value (retake, приказ № 15-у от 26.11.2026)'
            """), 1)
        XCTAssertEqual(try school.service.finalsSheet(teacher, page: page).value(TestSchool.ivanova, .period(q2)), "3")
        // For the class's reports: the class teacher (and the deputy) read every correction of the class.
        let forReports = try school.service.finalCorrections(teacher, classID: page.classID)
        XCTAssertEqual(forReports.map { "\($0.pupil.withInitials) · \($0.subject) · \($0.correction.orderNumber)" },
                       ["Иванова А.С. · Математика · № 15-у"])
        XCTAssertEqual(forReports.first?.final, .period(q2))
        XCTAssertThrowsError(try school.service.finalCorrections(try school.signIn("other"), classID: page.classID))
    }
}
