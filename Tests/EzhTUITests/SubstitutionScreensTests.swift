import EzhCore
@testable import EzhService
@testable import EzhTUI
import XCTest

/// Substitutions as the two teachers see them (the start screen, the lesson card, the grid), a
/// teacher's declaration on the spot and the deputy's decision on it.
final class SubstitutionScreensTests: XCTestCase {
    private static let algebra = JournalPage(classID: ClassID(7), className: ClassName(grade: 7, letter: "Б"),
                                             subjectID: SubjectID(9), subjectName: "Алгебра")

    private func lesson(_ id: LessonID, _ page: JournalPage, day: Int, month: Int, number: Int) -> LessonSummary {
        LessonSummary(lessonID: id, page: page, date: LocalDate(year: 2026, month: month, day: day), lessonNumber: number,
                      start: TimeOfDay(hour: 10, minute: 30), end: TimeOfDay(hour: 11, minute: 15), room: "21", topic: "")
    }

    private func lines(_ t: TestApp) -> [String] { (0..<t.size.rows).map { t.screen.line($0) } }

    func testTheSubstituteIsToldOnTheStartScreenAndPastOnesAreNotListed() {
        let t = TestApp()
        t.journal.substitutions.notices["teacher"] = [
            SubstitutionNotice(lesson: lesson(LessonID(500), Self.algebra, day: 24, month: 11, number: 2), side: .youSubstitute,
                               otherTeacher: "Иванова Е.К.", isDeclared: false),
            SubstitutionNotice(lesson: lesson(LessonID(501), Self.algebra, day: 1, month: 12, number: 3), side: .youSubstitute,
                               otherTeacher: "Иванова Е.К.", isDeclared: false),
        ]
        t.signIn()
        XCTAssertEqual(t.screen.line(3), " Замены")
        XCTAssertEqual(t.screen.line(4).trimmingCharacters(in: .whitespaces),
                       "▸ Вы замещаете: 7Б · Алгебра, вт 01.12, 3-й урок (по расписанию Иванова Е.К.)")
        XCTAssertEqual(t.screen.line(6).trimmingCharacters(in: .whitespaces), "Уроки сегодня, 27.11.2026")
        XCTAssertFalse(t.text.contains("24.11"), "a substitution already given is not news:\n\(t.text)")
    }

    func testTheScheduledTeacherIsToldWhoGivesTheirLessonAndTheGridAndCardSayIt() {
        let t = TestApp()
        let notice = SubstitutionNotice(lesson: lesson(Fixture.todaysLesson, Fixture.math, day: 27, month: 11, number: 3),
                                        side: .givenBySubstitute, otherTeacher: "Сидоров П.А.", isDeclared: true)
        t.journal.substitutions.notices["teacher"] = [notice]
        t.journal.substitutions.cardNotice = notice
        t.size = TerminalSize(rows: 24, columns: 100)
        t.signIn()
        XCTAssertEqual(t.screen.line(4).trimmingCharacters(in: .whitespaces),
                       "▸ Ваш урок 5А · Математика, пт 27.11, 3-й урок ведёт Сидоров П.А. (ждёт подтверждения)")
        XCTAssertEqual(t.status, "Замена заявлена учителем и ждёт подтверждения завуча — Enter откроет журнал")

        let grid = Fixture.marksGrid()
        t.journal.marks[Fixture.math] = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils,
                                                  columns: Fixture.columns(editable: false), cells: grid.cells, finals: grid.finals)
        t.press(.enter) // opens the grid on that lesson
        XCTAssertTrue(t.status.contains("27.11 урок 3"), t.status)
        XCTAssertTrue(t.status.contains("ведёт Сидоров П.А. (замена)"), t.status)
        t.type("5")
        let flat = t.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flat.contains("! Этот урок ведёт замещающий учитель Сидоров П.А.; записи в нём вносит только он (правило 6). "
                          + "Если замены не было, обратитесь к заместителю директора."), t.text)
        XCTAssertEqual(t.journal.writes, [])
        t.press(.function(7))
        XCTAssertTrue(t.text.contains("Замена: урок ведёт Сидоров П.А. (ждёт подтверждения)"), t.text)
    }

    private func offer(_ t: TestApp) {
        t.journal.substitutions.offered = [
            SchoolLesson(summary: LessonSummary(lessonID: LessonID(300), page: Fixture.physics, date: FakeJournal.today, lessonNumber: 1,
                                                start: TimeOfDay(hour: 8, minute: 30), end: TimeOfDay(hour: 9, minute: 15), room: "8", topic: ""),
                         scheduledTeacher: "Ершов В.В.", substitute: nil, substituteID: nil),
            SchoolLesson(summary: LessonSummary(lessonID: Fixture.todaysLesson, page: Fixture.physics,
                                                date: FakeJournal.today, lessonNumber: 3, start: TimeOfDay(hour: 10, minute: 50),
                                                end: TimeOfDay(hour: 11, minute: 35), room: "8", topic: ""),
                         scheduledTeacher: "Ершов В.В.", substitute: nil, substituteID: nil),
        ]
    }

    func testATeacherDeclaresASubstitutionOnTheSpotAndEntersTheLesson() {
        let t = TestApp()
        offer(t)
        t.size = TerminalSize(rows: 24, columns: 100)
        t.signIn()
        t.press(.control("r"))
        XCTAssertTrue(t.text.contains("Замена: чужой урок, 27.11.2026"), t.text)
        XCTAssertTrue(t.text.contains("▸  3  10:50–11:35  5А · Физика                 Ершов В.В.  ← идёт сейчас"), t.text)
        t.press(.enter) // the lesson going on now is chosen
        XCTAssertTrue(t.text.contains("Заявить замену"), t.text)
        XCTAssertTrue(t.text.contains("Вы ведёте урок 5А · Физика (3-й урок 10:50–11:35) вместо"), t.text)
        XCTAssertEqual(t.journal.writes, [], "nothing is written before the confirmation")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["declare 106"])
        XCTAssertEqual(t.status, "Замена заявлена: 5А · Физика — урок ваш, ждёт подтверждения завуча")
        XCTAssertTrue(t.screen.line(0).contains("5А · Физика"), t.screen.line(0))
        t.press(.escape)
        XCTAssertEqual(t.screen.line(4).trimmingCharacters(in: .whitespaces),
                       "▸ Вы замещаете: 5А · Физика, пт 27.11, 3-й урок (по расписанию Ершов В.В.) (ждёт подтверждения)",
                       "the start screen is read again: \n\(t.text)")
    }

    func testCancellingTheConfirmationDeclaresNothing() {
        let t = TestApp()
        offer(t)
        t.signIn()
        t.press(.control("r"), .up, .enter, .escape)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(t.screen.line(3).hasPrefix(" Уроки сегодня"), t.text)
    }

    func testWithNoLessonToTakeTheTeacherIsToldSo() {
        let t = TestApp()
        t.signIn()
        t.press(.control("r"))
        XCTAssertEqual(t.status, "Сегодня нет чужих уроков без замены")
    }

    private func deputyWithADeclaration() -> TestApp {
        let t = TestApp()
        t.journal.state.substitute = (StaffID(3), "Сидоров П.А.")
        t.journal.substitutions.status = SubstitutionStatus(state: .declared, teacherID: StaffID(3), teacher: "Сидоров П.А.")
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter)
        t.press(.function(8))
        return t
    }

    func testTheDeputySeesADeclarationAndConfirmsIt() {
        let t = deputyWithADeclaration()
        XCTAssertEqual(t.screen.line(2).trimmingCharacters(in: .whitespaces), "Ждут подтверждения: 1 — 27.11 ур.3 5А · Математика")
        XCTAssertEqual(t.screen.line(3).trimmingCharacters(in: .whitespaces),
                       "▸  3  11:00  5А · Математика             Петрова А.С. → Сидоров П.А. (заявка)")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Подтвердить замену: ведёт Сидоров П.А."), t.text)
        XCTAssertTrue(t.text.contains("Отклонить замену (Сидоров П.А. больше не вносит урок)"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["confirm 106 3"])
        XCTAssertEqual(t.status, "Замена подтверждена: урок ведёт Сидоров П.А.")
        XCTAssertEqual(t.screen.line(2).trimmingCharacters(in: .whitespaces),
                       "▸  3  11:00  5А · Математика             Петрова А.С. → Сидоров П.А. (замена)")
    }

    func testTheDeputyRejectsADeclaration() {
        let t = deputyWithADeclaration()
        t.size = TerminalSize(rows: 24, columns: 100)
        t.press(.enter, .down, .enter)
        XCTAssertEqual(t.journal.writes, ["reject 106 3"])
        XCTAssertEqual(t.status, "Замена отклонена: урок снова ведёт Петрова А.С.")
        XCTAssertEqual(t.screen.line(2).trimmingCharacters(in: .whitespaces),
                       "▸  3  11:00  5А · Математика             Петрова А.С. (отклонена: Сидоров П.А.)")
    }

    func testTheDeputyCannotDeclare() {
        let t = TestApp()
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter)
        t.press(.control("r"))
        XCTAssertEqual(t.status, "! Нет доступа: «заявить замену: вести чужой урок» — не для ваших ролей")
        XCTAssertEqual(t.journal.writes, [])
    }
}
