import EzhCore
import XCTest

/// The teacher's reports' numbers against small cases counted by hand.
final class TeacherReportsTests: XCTestCase {
    static func day(_ day: Int, _ month: Int = 11) -> LocalDate { LocalDate(year: 2026, month: month, day: day) }
    static let printDate = day(30)

    /// Finals 5, 5, 4, 3, 2, н/а are N = 6; a pupil who left (with a 5), one exempt (осв), one
    /// without a final and one with «зач» are not in N.
    /// Успеваемость 4/6 = 66.7 %, качество 3/6 = 50.0 %, СОУ (200 + 64 + 36 + 16 + 7) / 6 = 53.8,
    /// the average final (5 + 5 + 4 + 3 + 2) / 5 = 3.80.
    func testSuccessTallyFollowsTheFormulas() {
        let tally = SuccessTally([
            .init(final: "5"), .init(final: "5"), .init(final: "4"), .init(final: "3"), .init(final: "2"), .init(final: "н/а"),
            .init(final: "5", hasLeft: true), .init(final: "осв"), .init(final: nil, isExempt: true), .init(final: nil), .init(final: "зач"),
        ])
        XCTAssertEqual([tally.fives, tally.fours, tally.threes, tally.twos, tally.notAssessed], [2, 1, 1, 1, 1])
        XCTAssertEqual(tally.assessed, 6)
        XCTAssertEqual([tally.left, tally.exempt, tally.withoutFinal], [1, 2, 2])
        XCTAssertEqual(SuccessTally.format(percent: tally.successPercent), "66.7")
        XCTAssertEqual(SuccessTally.format(percent: tally.qualityPercent), "50.0")
        XCTAssertEqual(SuccessTally.format(percent: tally.learningDegree), "53.8")
        XCTAssertEqual(MarkAverages.format(tally.averageFinal), "3.80")
        XCTAssertEqual(SuccessTally.format(percent: SuccessTally([.init(final: nil)]).successPercent), "—", "no one to count: no 0 %")
    }

    /// Per pupil the number of marks, plain and weighted averages (a dot not counted), the final;
    /// a pupil who left is listed with the day and not counted.
    func testSubjectResultsRowsAndFooter() {
        let results = SubjectResults(pupils: [
            .init(name: PersonName(last: "Яковлева", first: "Вера"), marks: [], final: "н/а"),
            .init(name: PersonName(last: "Иванова", first: "Анна"), marks: [(.grade(5), 1), (.grade(3), 2), (.dot, 1)], final: "4"),
            .init(name: PersonName(last: "Ёлкин", first: "Глеб"), marks: [(.grade(2), 1)], final: nil, leftOn: Self.day(20)),
            .init(name: PersonName(last: "Алексеев", first: "Борис"), marks: [(.grade(5), 1), (.grade(4), 1.5)], final: "5"),
        ])
        let document = results.document(
            school: "Школа", className: "5А", subject: "Математика", period: "2 четверть", teachers: ["Петрова О.И."], printDate: Self.printDate
        )
        XCTAssertEqual(document.bodyRows, [
            [.number(1), .text("Алексеев Борис"), .number(2), .text("4.50"), .text("4.40"), .text("5")],
            [.number(2), .text("Ёлкин Глеб (выбыл(а) 20.11.2026)"), .number(1), .text("2.00"), .text("2.00"), .empty],
            [.number(3), .text("Иванова Анна"), .number(2), .text("4.00"), .text("3.67"), .text("4")],
            [.number(4), .text("Яковлева Вера"), .number(0), .text(""), .text(""), .text("н/а")],
        ])
        // N = 3 (5, 4, н/а): успеваемость and качество 2/3, СОУ (100 + 64 + 7) / 3 = 57.0.
        XCTAssertEqual(document.footerRows[0][2], .number(3))
        XCTAssertEqual(document.footerRows[1][1], .text("«5»: 1, «4»: 1, «3»: 0, «2»: 0, н/а: 1"))
        XCTAssertEqual(document.footerRows[2][2], .text("66.7"))
        XCTAssertEqual(document.footerRows[3][2], .text("66.7"))
        XCTAssertEqual(document.footerRows[4][2], .text("57.0"))
        XCTAssertEqual(document.footerRows[5][5], .text("4.50"))
        XCTAssertTrue(document.notes.contains("Не входят в N: выбыли: 1."), "\(document.notes)")
        XCTAssertEqual(document.titleBlock.className, "5А")
    }

    /// Plan: «Дроби» 2 h (hours 1–2, due at the 1st and 2nd lessons: 20.10 and 26.11), «Проценты»
    /// 1 h planned for 27.11, «Уравнения» 1 h with no planned day (due at the 4th lesson, 1.12).
    /// Lessons: 20.10 and 26.11 with a topic, 27.11 without one, 1.12 with one (the plan's third
    /// hour, given late). Second quarter 5.11–28.12, counted to 30.11.
    func testKtpPrintoutPlannedAgainstGivenLessonByLesson() {
        let plan = [PlanRow(topic: "Дроби", hours: 2), PlanRow(topic: "Проценты", plannedDate: Self.day(27)), PlanRow(topic: "Уравнения")]
        let lessons = [
            PlanProgress.Lesson(date: Self.day(20, 10), topic: "Дроби"), PlanProgress.Lesson(date: Self.day(26), topic: "Дроби: сложение"),
            PlanProgress.Lesson(date: Self.day(27), topic: ""), PlanProgress.Lesson(date: Self.day(1, 12), topic: "Проценты"),
        ]
        let printout = KtpPrintout(plan: plan, lessons: lessons, period: DateSpan(Self.day(5), Self.day(28, 12)), day: Self.day(30))
        XCTAssertEqual(printout.hours.map(\.number), [2, 3, 4], "the first hour was due and given in the first quarter")
        XCTAssertEqual(printout.plannedInPeriod, 3, "hours due 26.11, 27.11 and (the 4th lesson's place) 1.12")
        XCTAssertEqual(printout.givenInPeriod, 2)
        XCTAssertEqual(printout.undated, 0)
        // To 30.11: due 20.10, 26.11, 27.11 = 3; given 20.10, 26.11 = 2: one hour behind.
        XCTAssertEqual(printout.standing, "отставание 1 ч.")
        let document = printout.document(school: "Школа", className: "5А", subject: "Математика", period: "2 четверть",
                                         teacher: "Петрова О.И.", printDate: Self.printDate)
        XCTAssertEqual(document.bodyRows, [
            [.number(2), .text("Дроби"), .text("2 из 2"), .text("26.11.2026"), .text("26.11.2026"), .text("Дроби: сложение")],
            [.number(3), .text("Проценты"), .text("1 из 1"), .text("27.11.2026"), .text("01.12.2026"), .text("Проценты")],
            [.number(4), .text("Уравнения"), .text("1 из 1"), .text("01.12.2026"), .empty, .empty],
        ])
        XCTAssertEqual(document.footerRows[2][2], .number(-1))
        XCTAssertEqual(document.footerRows[2][5], .text("отставание 1 ч."))
        XCTAssertEqual(document.orientation, .landscape)
    }

    func testKtpPrintoutListsLessonsBeyondThePlan() {
        let printout = KtpPrintout(
            plan: [PlanRow(topic: "Дроби")],
            lessons: [.init(date: Self.day(10), topic: "Дроби"), .init(date: Self.day(11), topic: "Повторение")],
            period: DateSpan(Self.day(5), Self.day(28, 12)), day: Self.day(30)
        )
        XCTAssertEqual(printout.beyondPlan.map(\.topic), ["Повторение"])
        XCTAssertEqual(printout.standing, "опережение 1 ч.")
        let document = printout.document(school: "", className: "5А", subject: "Математика", period: "", teacher: "", printDate: Self.printDate)
        XCTAssertEqual(document.bodyRows.last, [.empty, .text("сверх плана"), .empty, .empty, .text("11.11.2026"), .text("Повторение")])
    }

    func testKtpRowsWithNoDayAreCountedApart() {
        let printout = KtpPrintout(
            plan: [PlanRow(topic: "Дроби"), PlanRow(topic: "Проценты")], lessons: [.init(date: Self.day(10), topic: "")],
            period: DateSpan(Self.day(5), Self.day(28, 12)), day: Self.day(30)
        )
        XCTAssertEqual(printout.hours.map(\.topic), ["Дроби"])
        XCTAssertEqual(printout.undated, 1)
        XCTAssertEqual(printout.standing, "отставание 1 ч.")
    }

    /// 26.11: Иванова 5 (weight 1), Алексеев 5: her 5.00, the class 5.00 of 2 works. 27.11:
    /// Иванова 3 (weight 2), Алексеев a dot (not a work): her (5 + 6) / 3 = 3.67 of 2 works, the
    /// class (5 + 5 + 6) / 4 = 4.00 of 3. 30.11: only Алексеев 2: she keeps 3.67, the class
    /// (16 + 2) / 5 = 3.60 of 4.
    func testAverageDynamicsRunningAveragesAndChart() {
        typealias Mark = AverageDynamics.Mark
        let hers = [Mark(date: Self.day(26), value: .grade(5), weight: 1), Mark(date: Self.day(27), value: .grade(3), weight: 2)]
        let his = [Mark(date: Self.day(26), value: .grade(5), weight: 1), Mark(date: Self.day(27), value: .dot, weight: 1),
                   Mark(date: Self.day(30), value: .grade(2), weight: 1)]
        let dynamics = AverageDynamics(pupil: hers, classMarks: his + hers)
        let pupil = PersonName(last: "Иванова", first: "Анна")
        let document = dynamics.document(school: "Школа", className: "5А", subject: "Математика", pupil: pupil, period: "2 четверть", printDate: Self.printDate)
        XCTAssertEqual(document.bodyRows, [
            [.text("26.11.2026"), .text("5"), .number(1), .text("5.00"), .number(2), .text("5.00")],
            [.text("27.11.2026"), .text("3"), .number(2), .text("3.67"), .number(3), .text("4.00")],
            [.text("30.11.2026"), .text(""), .number(2), .text("3.67"), .number(4), .text("3.60")],
        ])
        let chart = try! XCTUnwrap(document.chart)
        XCTAssertEqual(chart.series.map(\.name), ["Иванова Анна", "Класс 5А"])
        XCTAssertEqual(chart.series[1].points.map(\.value), [5, 4, 3.6])
        XCTAssertEqual(chart.yRange, 1...5)
        XCTAssertEqual(document.chartRows[2], [.text("Дата"), .text("Иванова Анна"), .text("Класс 5А")])
        XCTAssertEqual(document.chartRows[5], [.text("30.11.2026"), .text("3.67"), .text("3.60")])
    }

    func testTeacherPeriodReportSumsTheClasses() {
        let lines = [
            TeacherPeriodReport.Line(
                className: "5А", subject: "Математика", period: "2 четверть", pupils: 3,
                tally: SuccessTally([.init(final: "5"), .init(final: "4"), .init(final: "н/а")]), plannedHours: 10, givenHours: 9,
                workTypes: ["Контрольная работа", "Работа на уроке", "Практическая работа"]
            ),
            TeacherPeriodReport.Line(
                className: "10Б (1 группа)", subject: "Физика", period: "1 полугодие", pupils: 2,
                tally: SuccessTally([.init(final: "3"), .init(final: "2")]), plannedHours: 20, givenHours: 21,
                workTypes: ["Лабораторная работа", "Лабораторная работа", "Контрольная работа"]
            ),
        ]
        let document = TeacherPeriodReport(lines: lines).document(
            school: "Школа", teacher: PersonName(last: "Петрова", first: "Ольга", patronymic: "Ивановна"), period: "2 четверть / 1 полугодие",
            printDate: Self.printDate
        )
        XCTAssertEqual(document.bodyRows[0].suffix(5), [.number(10), .number(9), .number(1), .number(0), .number(1)])
        XCTAssertEqual(document.bodyRows[1].suffix(5), [.number(20), .number(21), .number(1), .number(2), .number(0)])
        // Together 5, 4, 3, 2, н/а: N = 5, успеваемость 3/5 = 60 %, качество 2/5 = 40 %, СОУ (100+64+36+16+7)/5 = 44.6.
        let total = document.footerRows[0]
        XCTAssertEqual(Array(total[3...12]), [.number(5), .number(1), .number(1), .number(1), .number(1), .number(1),
                                              .text("60.0"), .text("40.0"), .text("44.6"), .text("3.50")])
        XCTAssertEqual(total.suffix(5), [.number(30), .number(30), .number(2), .number(2), .number(1)])
        XCTAssertEqual(document.titleBlock.title, "Отчёт учителя за период: Петрова О.И.")
    }
}
