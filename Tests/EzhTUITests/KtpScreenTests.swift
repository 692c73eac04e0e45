import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The lesson plan (КТП) editor on the fake journal: rows edited in place and saved through the
/// backend, a file's problems, a copy, the lesson card's planned topic, «given vs planned».
final class KtpScreenTests: XCTestCase {
    private let plan = [PlanRow(topic: "Натуральные числа", hours: 100), PlanRow(topic: "Дроби", hours: 68)]

    /// The editor of 5А mathematics, opened from its grid.
    private func openEditor(rows: [PlanRow]? = nil) -> TestApp {
        let t = TestApp()
        t.journal.ktp.plans[Fixture.math] = rows ?? plan
        t.openMathGrid()
        t.press(.control("k"))
        return t
    }

    private func lines(_ t: TestApp, _ range: ClosedRange<Int>) -> [String] {
        range.map { t.screen.line($0).trimmingCharacters(in: .whitespaces) }
    }

    func testTheEditorShowsTheRowsAndTheirTotalAgainstTheCurriculum() {
        let t = openEditor()
        XCTAssertTrue(t.screen.line(0).contains("КТП: 5А · Математика — Петрова А.С."), t.text)
        XCTAssertTrue(t.screen.line(2).hasPrefix(" №     Тема"), t.text)
        XCTAssertTrue(t.screen.line(2).contains("Часов  Дата"), t.text)
        XCTAssertTrue(t.screen.line(3).hasPrefix(" ▸1    Натуральные числа"), t.text)
        XCTAssertTrue(t.screen.line(3).hasSuffix("  100"), "hours are right-aligned: \(t.screen.line(3))")
        XCTAssertTrue(t.screen.line(4).hasPrefix("  2    Дроби"), t.text)
        XCTAssertEqual(t.screen.line(23).trimmingCharacters(in: .whitespaces),
                       "F2 Добавить  F3 Из файла  F4 Копия  F5 Выше  F6 Ниже  F9 Дано/план  Esc Назад")
        XCTAssertEqual(t.screen.line(21).trimmingCharacters(in: .whitespaces),
                       "Итого 168 ч.; по учебному плану 170 ч. — добавьте 2 ч. (правило 8)")
    }

    func testTheStartScreenOpensTheEditorOfAChosenJournal() {
        let t = TestApp()
        t.journal.ktp.plans[Fixture.physics] = [PlanRow(topic: "Механическое движение", hours: 68)]
        t.signIn()
        t.press(.control("e"))
        XCTAssertTrue(t.text.contains("КТП какого журнала?"), t.text)
        t.press(.down, .enter)
        XCTAssertTrue(t.screen.line(0).contains("КТП: 5А · Физика"), t.text)
        XCTAssertTrue(t.screen.line(3).contains("Механическое движение"), t.text)
    }

    func testAReadOnlyPlanRefusesEveryChangeOnTheStatusLine() {
        let t = TestApp()
        t.journal.ktp.isEditable = false
        t.journal.ktp.plans[Fixture.math] = plan
        t.openMathGrid()
        t.press(.control("k"))
        for key in [Key.function(2), .enter, .delete, .function(5), .function(3), .function(4)] {
            t.press(key)
            XCTAssertEqual(t.status, "! Этот КТП только для просмотра", "\(key)")
        }
        XCTAssertEqual(t.journal.writes, [])
    }

    func testInsertEditMoveAndRemoveAreEachSavedThroughTheBackend() {
        let t = openEditor()
        t.press(.function(2))
        t.type("Повторение")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "plan 5А · Математика Натуральные числа/100|Повторение/1|Дроби/68")
        XCTAssertTrue(t.screen.line(4).hasPrefix(" ▸2    Повторение"), t.text)
        XCTAssertEqual(t.status, "КТП сохранён")

        t.press(.right, .enter, .backspace)
        t.type("2")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "plan 5А · Математика Натуральные числа/100|Повторение/2|Дроби/68")
        XCTAssertEqual(lines(t, 21...21), ["Итого 170 ч. = учебный план ✓"])

        t.press(.right, .enter)
        t.type("20.05.2027")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "plan 5А · Математика Натуральные числа/100|Повторение/2/20.05|Дроби/68")
        XCTAssertTrue(t.screen.line(4).contains("2 20.05.2027"), t.screen.line(4))

        t.press(.function(6))
        XCTAssertEqual(t.journal.writes.last, "plan 5А · Математика Натуральные числа/100|Дроби/68|Повторение/2/20.05")
        XCTAssertTrue(t.screen.line(5).hasPrefix(" ▸3    Повторение"), "the selection follows the row: \(t.text)")

        t.press(.up, .up, .delete)
        XCTAssertTrue(t.text.contains("Убрать тему 1 «Натуральные числа» из КТП?"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "plan 5А · Математика Дроби/68|Повторение/2/20.05")
    }

    func testAValueThatCannotBeReadKeepsTheCellOpenAndEscCancels() {
        let t = openEditor()
        t.press(.right, .enter, .backspace, .backspace, .backspace)
        t.type("много")
        t.press(.enter)
        XCTAssertEqual(t.status, "! «много» — не число часов; введите целое число больше нуля")
        XCTAssertTrue(t.screen.line(3).contains("ного"), "the cell stays open (its end in sight): \(t.text)")
        t.press(.escape)
        XCTAssertTrue(t.screen.line(3).contains("100"), t.text)
        XCTAssertEqual(t.journal.writes, [])
        t.press(.function(2))
        t.press(.escape)
        XCTAssertFalse(t.screen.line(4).contains("▸2"), "a new row left empty goes: \(t.text)")
        XCTAssertEqual(t.journal.writes, [])
    }

    func testAPlanChangedElsewhereIsNotOverwrittenAndIsShownAgain() {
        let t = openEditor()
        t.journal.ktp.plans[Fixture.math] = [PlanRow(topic: "Числа", hours: 170)]
        t.press(.function(6))
        XCTAssertTrue(t.text.contains("Эту клетку уже изменили: Иванов И.И."), t.text)
        XCTAssertTrue(t.screen.line(3).contains("Числа"), "the journal's plan is read again: \(t.text)")
        XCTAssertEqual(t.journal.writes, [])
    }

    func testAFilesProblemsAreListedByRowAndAGoodFileFillsThePlan() {
        let t = openEditor(rows: [])
        XCTAssertTrue(t.text.contains("КТП пуст"), t.text)
        t.journal.ktp.importProblems = [
            ImportProblem(file: "ktp.csv", row: 1, column: "Часы", message: BilingualText(
                "неизвестный столбец (C). Переименуйте его", "unknown column (C). Rename it")),
            ImportProblem(file: "ktp.csv", row: 3, column: "Часов", message: BilingualText("«два»: ожидается целое число", "“два”: expected a whole number")),
        ]
        t.press(.function(3))
        t.type("/home/teacher/ktp.csv")
        t.press(.enter)
        XCTAssertEqual(t.journal.ktp.importedPaths, ["/home/teacher/ktp.csv"])
        XCTAssertTrue(t.text.contains("Файл не загружен: 2 ошибки (ничего не записано)"), t.text)
        XCTAssertTrue(t.text.contains("ktp.csv:1: Часы: неизвестный столбец (C). Переименуйте его"), t.text)
        XCTAssertTrue(t.text.contains("ktp.csv:3: Часов: «два»: ожидается целое число"), t.text)
        t.press(.escape)

        t.journal.ktp.importProblems = []
        t.journal.ktp.importRows = [PlanRow(topic: "Натуральные числа", hours: 170)]
        t.press(.function(3), .enter)
        XCTAssertEqual(t.journal.ktp.importedPaths.last, "/home/teacher/ktp.csv", "the corrected file is offered again")
        XCTAssertEqual(t.status, "КТП загружен из файла: 1 строка")
        XCTAssertTrue(t.screen.line(3).contains("Натуральные числа"), t.text)
    }

    func testACopyFillsAnEmptyPlanAndReplacesOneOnlyAfterAQuestion() {
        let colleague = PlanCopySource(
            id: PlanCopySource.ID(rawValue: 11), page: JournalPage(classID: ClassID(6), className: ClassName(grade: 5, letter: "Б"),
                                                                   subjectID: Fixture.math.subjectID, subjectName: "Математика"),
            teacher: PersonName(last: "Сидоров", first: "Павел", patronymic: "Андреевич"), yearName: "2026/2027", isLastYear: false,
            topics: 1, hours: 170)
        let t = openEditor()
        t.journal.ktp.sources = [(colleague, [PlanRow(topic: "Числа", hours: 170)])]
        t.press(.function(4))
        XCTAssertTrue(t.text.contains("▸ 5Б · Математика, Сидоров П.А. — этот год, 1 тема, 170 ч."), t.text)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Заменить КТП"), t.text)
        XCTAssertTrue(t.text.contains("В КТП уже 2 строки. Заменить их копией КТП 5Б"), t.text)
        XCTAssertEqual(t.journal.writes, [], "nothing is replaced before the answer")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["plan 5А · Математика Числа/170"])
        XCTAssertEqual(t.status, "КТП скопирован; даты по плану не копируются")
    }

    func testTheLessonCardShowsThePlansTopicAndOneKeyTakesIt() {
        let t = TestApp()
        t.journal.state.topics[Fixture.todaysLesson] = ""
        t.journal.ktp.plannedTopics[Fixture.todaysLesson] = PlannedTopic(number: 5, topic: "Сложение дробей", plannedDate: nil)
        t.openMathGrid()
        t.press(.function(7))
        XCTAssertTrue(t.screen.line(9).contains("По КТП (тема 5): Сложение дробей — F6 взять"), t.text)
        t.press(.function(6))
        XCTAssertTrue(t.screen.line(8).contains("Сложение дробей"), t.text)
        XCTAssertFalse(t.text.contains("По КТП"), "a typed topic hides the suggestion")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["topic 106 Сложение дробей"])
    }

    func testGivenAgainstPlannedForTheTeacherAndTheDeputysTable() {
        let t = openEditor(rows: [PlanRow(topic: "Натуральные числа", hours: 2), PlanRow(topic: "Дроби", hours: 1)])
        t.journal.ktp.lessons = [
            PlanProgress.Lesson(date: LocalDate(year: 2026, month: 11, day: 25), topic: ""),
            PlanProgress.Lesson(date: LocalDate(year: 2026, month: 11, day: 26), topic: "Числа и шкалы"),
            PlanProgress.Lesson(date: FakeJournal.today, topic: ""),
        ]
        t.press(.function(9))
        XCTAssertTrue(t.screen.line(0).contains("Дано по КТП: 5А · Математика на конец 26.11.2026"), t.text)
        XCTAssertEqual(t.screen.line(2).trimmingCharacters(in: .whitespaces), "По плану к этой дате 2 ч. из 3, дано 1 — отставание 1 ч.")
        XCTAssertTrue(t.screen.line(4).hasSuffix("! 1. Натуральные числа — 2 ч. с 25.11 → дано 1 ч.: 26.11 «Числа и шкалы»"), t.text)
        XCTAssertTrue(t.screen.line(5).hasSuffix("  2. Дроби — 1 ч. с 27.11 → не дано"), t.text)

        let deputy = TestApp()
        deputy.journal.ktp.overview = [
            PlanProgressLine(page: Fixture.math, teacher: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"),
                             plannedHours: 170, plannedToDate: 40, givenToDate: 37),
            PlanProgressLine(page: Fixture.physics, teacher: PersonName(last: "Сидоров", first: "Павел", patronymic: "Андреевич"),
                             plannedHours: 0, plannedToDate: 0, givenToDate: 20),
        ]
        deputy.type("deputy")
        deputy.press(.enter)
        deputy.type("demo")
        deputy.press(.enter)
        deputy.press(.control("g"))
        XCTAssertTrue(deputy.screen.line(0).contains("Выполнение КТП на конец 26.11.2026"), deputy.text)
        let header = deputy.screen.line(2)
        XCTAssertTrue(header.contains("Учитель") && header.contains("Класс, предмет") && header.contains("Разница"), header)
        let first = deputy.screen.line(3)
        XCTAssertTrue(first.contains("Петрова А.С.") && first.contains("5А · Математика") && first.hasSuffix("      40      37      -3"), first)
        XCTAssertTrue(deputy.screen.line(4).contains("нет КТП"), deputy.text)
        deputy.press(.enter)
        XCTAssertTrue(deputy.screen.line(0).contains("Дано по КТП: 5А · Математика"), "Enter opens the teaching's rows: \(deputy.text)")
    }
}
