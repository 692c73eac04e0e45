import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The grid shared with other terminals and typed into fast: a stale cell is refused and shown
/// as it is, a refusal stops the entry and drops the keys typed after it, a wait for another
/// terminal says so, pupils outside the class are skipped, and keys go nowhere unseen.
final class ConcurrentGridTests: XCTestCase {
    private static let signInAndOpenMath: [Key] = Key.typing("teacher") + [.enter] + Key.typing("demo") + [.enter, .enter]
    /// The 27.11 column (today's lesson) of the fixture.
    private static let today = 5

    private func run(_ journal: FakeJournal, _ terminal: SteppedTerminal) -> Application {
        let app = Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
        XCTAssertThrowsError(try app.run(on: terminal)) { XCTAssertTrue($0 is ScriptedTerminal.ScriptEnded) }
        return app
    }

    private func status(_ frame: ScreenBuffer) -> String {
        frame.line(frame.rows - 2).trimmingCharacters(in: .whitespaces)
    }

    /// The screen's text with every run of spaces and line breaks as one space, so a message
    /// wrapped over two status lines reads as one sentence.
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Stale cells

    func testAStaleCellIsRefusedWithWhoWhenAndWhereAndThenShowsWhatItHolds() {
        let t = TestApp()
        t.openMathGrid()
        // Another terminal enters 2 for the first pupil; this screen still shows the cell empty.
        t.journal.markElsewhere(.grade(2), pupil: PupilID(1), column: Self.today)
        let cursor = t.screen.cursor
        t.type("5")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(flat(t.text).contains("! Эту клетку уже изменили: Сидоров Иван, 27.11.2026 10:58, терминал pts/7; теперь в "
                                            + "ней «2». Ничего не записано; проверьте клетку и введите снова."), t.text)
        XCTAssertEqual(t.screen.cursor, cursor, "the cursor stays on the refused cell")
        XCTAssertEqual(t.screen.line(5), " 1 Алексеев Борис       │   5     4     -     5           2     │ 4.00 4.20    5",
                       "the cell shows the other terminal's 2")
        // Having seen the 2, the teacher may replace it.
        t.type("5")
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5"])
    }

    func testUndoThatMeetsALaterEntryFromAnotherTerminalIsRefusedAndSaysWhy() {
        let t = TestApp()
        t.openMathGrid()
        t.type("2")
        t.journal.markElsewhere(.grade(5), pupil: PupilID(1), column: Self.today)
        t.press(.control("z"))
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 2"], "the other terminal's 5 is not erased")
        XCTAssertTrue(flat(t.text).contains("! Отменить нельзя: после вас клетку изменили: Сидоров Иван, 27.11.2026 10:58, "
                                            + "терминал pts/7; теперь в ней «5»."), t.text)
        XCTAssertTrue(t.screen.line(5).contains("5           5     │"), t.screen.line(5))
        t.press(.control("z"))
        XCTAssertEqual(t.status, "Нечего отменять", "the refused undo is gone, not retried")
    }

    func testUndoFromTheCommandLineSaysWhatItDid() {
        let t = TestApp()
        t.openMathGrid()
        t.type("2")
        t.type(":undo")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 2", "mark 1 col 5 nil"])
        XCTAssertEqual(t.status, "Отменено: Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)")
    }

    func testAnAbsenceCorrectionFromAStaleWeekIsRefusedAndTheWeekShowsTheCodeNow() throws {
        let t = TestApp()
        t.signIn()
        t.press(.function(6))
        // The subject teacher turns Ёлкина's Н of 25.11 into ОП meanwhile: she came late.
        let index = try XCTUnwrap(t.journal.state.absences.firstIndex { $0.lessonID == LessonID(105) && $0.pupil.id == PupilID(2) })
        let shown = t.journal.state.absences[index]
        t.journal.state.absences[index] = AbsenceEntry(
            lessonID: shown.lessonID, date: shown.date, lessonNumber: shown.lessonNumber, subjectName: shown.subjectName,
            pupil: shown.pupil, code: .late, note: shown.note
        )
        t.type("1")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(flat(t.text).contains("Эту клетку уже изменили: Сидоров Иван"), t.text)
        XCTAssertTrue(t.screen.line(4).hasSuffix("Математика              ОП"), t.screen.line(4))
    }

    func testAnIdleGridShowsAnotherTerminalsEntryWithoutAKey() {
        let journal = FakeJournal()
        let terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause,
            .run { journal.markElsewhere(.grade(3), pupil: PupilID(2), column: Self.today) }, .pause,
        ])
        _ = run(journal, terminal)
        XCTAssertEqual(terminal.frames.last?.line(6), " 2 Ёлкина Юлия          │   3           -     4     .     3     │ 3.33 3.50")
        XCTAssertTrue(journal.pageChecks >= 2)
    }

    func testAnIdleGridIsNotReadAgainWhenOthersChangedNothingOfIt() {
        let journal = FakeJournal()
        let terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause, .run { journal.commitElsewhere() }, .pause,
            .run { journal.markElsewhere(.grade(3), page: Fixture.physics, pupil: PupilID(2), column: Self.today) }, .pause,
        ])
        let reads = journal.gridReads
        _ = run(journal, terminal)
        XCTAssertEqual(journal.gridReads - reads, 1, "only the opening read")
    }

    // MARK: Type-ahead

    func testARefusalStopsTheEntryAndTheKeysTypedAfterItAreDropped() {
        let journal = FakeJournal()
        let terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause,
            .run { journal.markElsewhere(.grade(2), pupil: PupilID(2), column: Self.today) },
            // Typed fast: all of it is queued before the first mark is written.
            .keys(Key.typing("5432")),
        ])
        _ = run(journal, terminal)
        XCTAssertEqual(journal.writes, ["mark 1 col 5 5"], "nothing typed after the refusal landed on another pupil")
        let last = terminal.frames.last!
        XCTAssertTrue(flat(last.text()).contains("Эту клетку уже изменили: Сидоров Иван"), last.text())
        XCTAssertEqual(last.cursor, CursorPosition(row: 6, column: 58), "the cursor stays on the second pupil's cell")
        XCTAssertEqual(terminal.keysRead, Self.signInAndOpenMath.count + 4, "the dropped keys were taken off the terminal")
    }

    func testAFailedWriteStopsTheEntryAndTheMessageStaysUntilTheNextKey() {
        let journal = FakeJournal()
        let terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause,
            .run { journal.refuseNextWrite = .journalBusy(seconds: 10) },
            .keys(Key.typing("543")), .pause, .pause,
        ])
        _ = run(journal, terminal)
        XCTAssertEqual(journal.writes, [])
        for frame in terminal.frames.suffix(2) {
            XCTAssertTrue(flat(frame.text()).contains("! Журнал занят другим терминалом дольше 10 с. Ничего не записано; введите снова."),
                          frame.text())
            XCTAssertEqual(frame.cursor, CursorPosition(row: 5, column: 58))
        }
    }

    func testAWaitForAnotherTerminalIsShownWhileItWaits() {
        let journal = FakeJournal()
        let terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause, .run { journal.nextWriteWaits = true }, .keys(Key.typing("54")),
        ])
        _ = run(journal, terminal)
        let waiting = terminal.frames.filter { status($0) == "ждём другой терминал…" }
        XCTAssertEqual(waiting.count, 1)
        XCTAssertEqual(journal.writes, ["mark 1 col 5 5", "mark 2 col 5 4"], "a wait that ends in a write goes on")
        XCTAssertEqual(status(terminal.frames.last!), "Иванова Мария · 27.11 урок 3 · Работа на уроке (вес 1)", "the notice goes with the wait")
    }

    // MARK: Cells that take no entry

    /// Иванова (3) left the class on 20.11; Петров (5) came on 30.11.
    private func journalWithPupilsComingAndGoing() -> FakeJournal {
        let journal = FakeJournal()
        let quarter = Fixture.periods[1].span
        let pupils = Fixture.pupils.map { pupil in
            let days: [DateSpan]? = switch pupil.number {
            case 3: [DateSpan(quarter.first, LocalDate(year: 2026, month: 11, day: 20))]
            case 5: [DateSpan(LocalDate(year: 2026, month: 11, day: 30), quarter.last)]
            default: nil
            }
            return GridPupil(id: pupil.id, number: pupil.number, name: pupil.name, daysInClass: days)
        }
        let grid = Fixture.marksGrid()
        journal.marks[Fixture.math] = MarksGrid(page: grid.page, period: grid.period, pupils: pupils, columns: grid.columns,
                                                cells: grid.cells, finals: grid.finals)
        return journal
    }

    func testFastEntrySkipsPupilsNotInTheClassThatDayAndTheirCellsLookLocked() {
        let t = TestApp()
        t.journal.marks = journalWithPupilsComingAndGoing().marks
        t.openMathGrid()
        XCTAssertEqual(t.screen.line(7), " 3 Иванова Мария        │         2     3     -     -     -     │ 2.50 2.50")
        XCTAssertEqual(t.screen.line(9), " 5 Петров Пётр          │   -     -     -     -     -     -     │")
        t.type("543")
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5", "mark 2 col 5 4", "mark 4 col 5 3"])
        XCTAssertEqual(t.status, "Константинопольская Анастасия · 27.11 урок 3 · Работа на уроке (вес 1)",
                       "no pupil below takes an entry: the cursor stays on the last who does")
    }

    func testACellOfAPupilNotInTheClassSaysSoAndRefuses() {
        let t = TestApp()
        t.journal.marks = journalWithPupilsComingAndGoing().marks
        t.openMathGrid()
        t.press(.down, .down)
        XCTAssertTrue(t.status.hasSuffix("нет в классе в этот день"), t.status)
        XCTAssertFalse(t.status.contains("можно до"))
        t.type("4")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertEqual(t.status, "! Ученика нет в классе на 27.11: в этот урок ему ничего не ставится.")
        // The lesson before the pupil left still takes an entry.
        t.press(.left, .left, .left, .left)
        XCTAssertFalse(t.status.contains("нет в классе"), t.status)
    }

    // MARK: Keys that must not be applied

    func testATooSmallWindowAppliesNoKeysToTheGridItHides() {
        let t = TestApp()
        t.openMathGrid()
        t.size = TerminalSize(rows: 10, columns: 30)
        XCTAssertTrue(flat(t.text).contains("Пока окно мало, нажатые клавиши ничего не меняют."), t.text)
        t.size = TerminalSize(rows: 5, columns: 20)
        _ = t.text
        t.type("5")
        t.press(.down, .delete)
        XCTAssertEqual(t.journal.writes, [])
        t.size = TerminalSize(rows: 24, columns: 80)
        XCTAssertEqual(t.status, "Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)", "the cursor did not move either")
        t.type("5")
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5"])
    }

    func testQuittingStillWorksWhileTheWindowIsTooSmall() {
        let t = TestApp()
        t.openMathGrid()
        t.size = TerminalSize(rows: 5, columns: 20)
        _ = t.text
        t.press(.function(10))
        XCTAssertFalse(t.app.isRunning)
    }

    func testKeysTypedRightAfterTheWindowShrankAreNotApplied() {
        let journal = FakeJournal()
        var terminal: SteppedTerminal!
        terminal = SteppedTerminal([
            .keys(Self.signInAndOpenMath), .pause,
            .run { terminal.size = TerminalSize(rows: 5, columns: 20) },
            .keys([.resize] + Key.typing("54")),
        ])
        _ = run(journal, terminal)
        XCTAssertEqual(journal.writes, [])
    }

    func testDigitsOfOtherScriptsAreNotMarks() {
        let t = TestApp()
        t.openMathGrid()
        for digit in ["５", "٥", "⁵", "۵", "५", "₅"] {
            t.type(digit)
            XCTAssertEqual(t.journal.writes, [], digit)
            XCTAssertEqual(t.status, "! Введите отметку 1–5 или точку; Delete стирает.", digit)
        }
        XCTAssertNil(CellInput.markBeforeKeymap(.character("５")))
        XCTAssertEqual(CellInput.markBeforeKeymap(.character("5")), .grade(5))
    }
}
