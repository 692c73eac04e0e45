import EzhCore
import XCTest

/// The class teacher's period reports as pure functions, against numbers counted by hand.
final class ClassReportsTests: XCTestCase {
    private func pupil(_ id: Int64, _ last: String) -> PersonName { PersonName(last: last, first: "Имя\(id)", patronymic: "") }

    // MARK: class results

    /// N = 5 (Е is exempt from everything, Ж left before the end): n5 = n4 = n3 = n2 = nн/а = 1.
    func testClassResultsCountsRatesAndNames() {
        let rows: [(Int64, String, Bool, [String])] = [
            (1, "Абрамова", true, ["5", "5", "5"]), (2, "Борисов", true, ["5", "4", "5"]), (3, "Воронова", true, ["4", "4", "3"]),
            (4, "Гусев", true, ["3", "2", "н/а"]), (5, "Данилова", true, ["4", "н/а", "зач"]), (6, "Егоров", true, ["осв", "осв"]),
            (7, "Жуков", false, ["2", "2"]),
        ]
        let results = ClassResults(pupils: rows.map { ClassResults.Pupil(id: PupilID($0.0), name: pupil($0.0, $0.1), isOnRoll: $0.2, finals: $0.3) })
        XCTAssertEqual(results.onRoll.count, 6)
        XCTAssertEqual(results.rates.assessed, 5)
        XCTAssertEqual(ClassResults.Rates.format(results.rates.success), "60,0")
        XCTAssertEqual(ClassResults.Rates.format(results.rates.quality), "40,0")
        XCTAssertEqual(ClassResults.Rates.format(results.rates.learning), "44,6", "(100 + 64 + 36 + 16 + 7) / 5")
        let lines = Dictionary(uniqueKeysWithValues: results.lines.map { ($0.title.trimmingCharacters(in: .whitespaces), $0.pupils.map(\.name.last)) })
        XCTAssertEqual(lines["Отличники (на «5»)"], ["Абрамова"])
        XCTAssertEqual(lines["Хорошисты (на «4» и «5»)"], ["Борисов"])
        XCTAssertEqual(lines["из них с одной «4»"], ["Борисов"])
        XCTAssertEqual(lines["из них с одной «3»"], ["Воронова"])
        XCTAssertEqual(lines["Неуспевающие (с «2»)"], ["Гусев"], "a 2 counts before н/а")
        XCTAssertEqual(lines["Не аттестованы (н/а)"], ["Данилова"])
        let document = results.document(school: "Школа", className: "7Б", period: "2 четверть", classTeacher: "Орлова Е.В.", printDate: LocalDate(year: 2026, month: 12, day: 29))
        XCTAssertEqual(document.footerRows.map { $0.map(\.text) }, [["% успеваемости", "60,0", ""], ["% качества", "40,0", ""], ["СОУ, %", "44,6", ""]])
        XCTAssertTrue(document.bodyRows.contains { $0.map(\.text) == ["Аттестовано (N)", "5", ""] })
    }

    func testNobodyAssessedGivesDashesNotADivisionByZero() {
        let results = ClassResults(pupils: [ClassResults.Pupil(id: PupilID(1), name: pupil(1, "Ан"), isOnRoll: true, finals: ["осв"])])
        XCTAssertEqual(results.rates.assessed, 0)
        XCTAssertEqual(ClassResults.Rates.format(results.rates.success), "—")
    }

    // MARK: pupils at risk

    func testRiskLinesOneThreeOnlyWithNothingLowerOneFourOnlyAmongFives() {
        func subjects(_ marks: [String]) -> [PeriodRisk.Subject] {
            zip(["Английский язык", "Математика", "Русский язык"], marks).map { PeriodRisk.Subject(name: $0, teacher: "Учитель \($0.prefix(3))", mark: $1) }
        }
        let risk = PeriodRisk(basis: .finals, pupils: [
            PeriodRisk.Pupil(id: PupilID(1), name: pupil(1, "Иванов"), subjects: subjects(["н/а", "2", "3"])),
            PeriodRisk.Pupil(id: PupilID(2), name: pupil(2, "Петров"), subjects: subjects(["5", "3", "4"])),
            PeriodRisk.Pupil(id: PupilID(3), name: pupil(3, "Сидоров"), subjects: subjects(["осв", "4", "5"])),
            PeriodRisk.Pupil(id: PupilID(4), name: pupil(4, "Кузнецов"), subjects: subjects(["5", "3", "3"])),
            PeriodRisk.Pupil(id: PupilID(5), name: pupil(5, "Андреев"), subjects: subjects(["4", "4", "5"])),
        ])
        XCTAssertEqual(risk.lines.map { "\($0.pupil.last) \($0.risk.title) \($0.subjects.map(\.name).joined(separator: ","))" }, [
            "Иванов «2» Математика", "Иванов н/а Английский язык", "Петров одна «3» Математика", "Сидоров одна «4» Математика",
        ])
        XCTAssertEqual(PeriodRisk.Risk.allCases.map(risk.count), [1, 1, 1, 1])
        let document = risk.document(school: "Школа", className: "7Б", period: "2 четверть", classTeacher: "", printDate: LocalDate(year: 2026, month: 12, day: 29))
        XCTAssertEqual(document.bodyRows.first?.map(\.text), ["1", "Иванов Имя1", "«2»", "Математика", "Учитель Мат", "2"])
        XCTAssertEqual(document.footerRows.map { $0[2].text }, ["1", "1", "1", "1"])
    }

    func testThePreliminaryReportShowsTheAverageBehindTheMark() {
        let risk = PeriodRisk(basis: .currentAverages, pupils: [
            PeriodRisk.Pupil(id: PupilID(1), name: pupil(1, "Иванов"), subjects: [PeriodRisk.Subject(name: "Физика", teacher: "", mark: "2", average: 2.25)]),
        ])
        let document = risk.document(school: "", className: "", period: "", classTeacher: "", printDate: LocalDate(year: 2026, month: 12, day: 1))
        XCTAssertEqual(document.bodyRows.first?.last?.text, "2 (2.25)")
        XCTAssertEqual(document.titleBlock.title, "Предварительный отчёт классного руководителя")
    }

    // MARK: сводная ведомость

    private func sheet(subjects count: Int = 2) -> ProgressSheet {
        let subjects = (1...count).map { ProgressSheet.Subject(id: SubjectID(Int64($0)), name: "Предмет \($0)") }
        let columns = [ProgressSheet.Column(kind: .period(PeriodID(1)), title: "I"), ProgressSheet.Column(kind: .period(PeriodID(2)), title: "II"),
                       ProgressSheet.Column(kind: .year, title: "Год")]
        var values: [ProgressSheet.Cell: String] = [:]
        for (pupil, marks) in [(1, ["5", "4", "5"]), (2, ["2", "н/а", "2"]), (3, ["4", "4", "4"])] {
            for (column, mark) in zip(columns, marks) {
                values[ProgressSheet.Cell(pupil: PupilID(Int64(pupil)), subject: SubjectID(1), kind: column.kind)] = mark
            }
        }
        return ProgressSheet(subjects: subjects, columns: columns, pupils: [
            ProgressSheet.Pupil(id: PupilID(2), name: pupil(2, "Яковлев")),
            ProgressSheet.Pupil(id: PupilID(1), name: pupil(1, "Алексеева"), arrived: LocalDate(year: 2026, month: 11, day: 9)),
            ProgressSheet.Pupil(id: PupilID(3), name: pupil(3, "Ёлкин"), left: LocalDate(year: 2026, month: 11, day: 20)),
        ], values: values)
    }

    func testProgressSheetColumnsBodyAndFooterCounts() {
        let document = sheet().document(school: "Школа", className: "5А", period: "2 четверть", classTeacher: "Петрова О.И.", printDate: LocalDate(year: 2026, month: 12, day: 29))
        XCTAssertEqual(document.orientation, .landscape)
        XCTAssertEqual(document.headerRows[0].map(\.text), ["№", "Ученик", "Предмет 1", "", "", "Предмет 2", "", ""])
        XCTAssertEqual(document.headerRows[1].map(\.text), ["", "", "I", "II", "Год", "I", "II", "Год"])
        XCTAssertEqual(document.bodyRows.map { $0[1].text }, ["Алексеева Имя1 (приб. 09.11)", "Ёлкин Имя3 (выб. 20.11)", "Яковлев Имя2"])
        XCTAssertEqual(document.bodyRows[2].map(\.text), ["3", "Яковлев Имя2", "2", "н/а", "2", "", "", ""])
        XCTAssertEqual(document.footerRows.map { $0.prefix(5).map(\.text) }, [
            ["", "Всего «5»", "1", "0", "1"], ["", "Всего «4»", "1", "2", "1"], ["", "Всего «3»", "0", "0", "0"],
            ["", "Всего «2»", "1", "0", "1"], ["", "Всего «н/а»", "0", "1", "0"],
        ])
        XCTAssertEqual(document.signatures.map(\.name), ["Петрова О.И."])
    }

    func testPrintedSheetsSplitTheSubjectsAndSignTheLast() {
        let sheets = sheet(subjects: 8).sheets(school: "Школа", className: "5А", period: "2 четверть", classTeacher: "Петрова О.И.", printDate: LocalDate(year: 2026, month: 12, day: 29))
        XCTAssertEqual(sheets.count, 2)
        XCTAssertEqual(sheets[0].headerRows[0].count, 2 + 6 * 3)
        XCTAssertEqual(sheets[1].headerRows[0].count, 2 + 2 * 3)
        XCTAssertEqual(sheets.map(\.signatures.count), [0, 1])
    }

    // MARK: attendance summary

    /// A period from 5 November to 28 December: November counts from the 5th only; a pupil who
    /// left on 20 November has no December.
    func testAttendanceSummaryCountsThePeriodsDaysPerMonth() {
        let span = DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))
        let day = { (month: Int, day: Int) in LocalDate(year: 2026, month: month, day: day) }
        let stay = DateSpan(span.first, span.last)
        let pupils = [
            MonthlyAttendance.Pupil(id: PupilID(1), name: pupil(1, "Иванова"), stays: [stay]),
            MonthlyAttendance.Pupil(id: PupilID(2), name: pupil(2, "Ёлкин"), stays: [DateSpan(span.first, day(11, 20))]),
        ]
        let lessons: [PupilID: [LocalDate: Int]] = [PupilID(1): [day(11, 27): 2, day(12, 1): 3], PupilID(2): [day(11, 10): 1]]
        let entries = [
            MonthlyAttendance.Entry(pupil: PupilID(1), date: day(11, 4), code: .absent), // before the period
            MonthlyAttendance.Entry(pupil: PupilID(1), date: day(11, 27), code: .ill),
            MonthlyAttendance.Entry(pupil: PupilID(1), date: day(11, 27), code: .ill),
            MonthlyAttendance.Entry(pupil: PupilID(1), date: day(12, 1), code: .unexcused),
            MonthlyAttendance.Entry(pupil: PupilID(1), date: day(12, 1), code: .late),
            MonthlyAttendance.Entry(pupil: PupilID(2), date: day(11, 10), code: .absent),
            MonthlyAttendance.Entry(pupil: PupilID(2), date: day(11, 26), code: .absent), // after he left
        ]
        let summary = AttendanceSummary(span: span, pupils: pupils, lessonsByPupil: lessons, entries: entries)
        XCTAssertEqual(summary.months.map(\.month), [11, 12])
        let document = summary.document(school: "", className: "5А", period: "2 четверть", classTeacher: "", printDate: span.last)
        XCTAssertEqual(document.bodyRows.map { $0.map(\.text) }, [
            ["1", "Ёлкин Имя2", "1", "0", "1", "—", "—", "—", "1", "0", "0", "0", "1"],
            ["2", "Иванова Имя1", "2", "2", "1", "1", "0", "0", "3", "2", "1", "1", "1"],
        ])
        XCTAssertEqual(document.footerRows[0].map(\.text), ["", "Итого", "3", "2", "2", "1", "0", "0", "4", "2", "1", "1", "2"])
    }
}
