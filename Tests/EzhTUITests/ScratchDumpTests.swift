import EzhCore
@testable import EzhService
@testable import EzhTUI
import XCTest

final class ScratchDumpTests: XCTestCase {
    func dump(_ name: String, _ t: TestApp) {
        let text = "=== \(name)\n" + t.text.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n") + "\n"
        let handle = FileHandle(forWritingAtPath: "/tmp/ezh-dump.txt")!
        handle.seekToEndOfFile()
        handle.write(text.data(using: .utf8)!)
        handle.closeFile()
    }

    func testHelp() {
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: "default")
        XCTAssertEqual(loaded.problems, [])
        try! HelpText.text(for: loaded.keymap, strings: Strings(.ru)).write(toFile: "/tmp/ezh-help.txt", atomically: true, encoding: .utf8)
        let vim = KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: "vim")
        XCTAssertEqual(vim.problems, [])
    }

    func testDump() {
        let t = TestApp()
        t.journal.attendance[Fixture.math] = Fixture.withWindows(Fixture.attendanceGrid(), kind: .attendance)
        t.openMathGrid()
        t.press(.tab)
        dump("att today", t)
        t.press(.left)
        dump("att 25.11", t)
        t.type("н")
        dump("typed", t)
        t.press(.function(7))
        dump("card 25.11", t)
        t.press(.escape, .right, .function(7))
        dump("card 27.11", t)
        t.press(.escape, .escape)
        t.journal.state.due = DueOverview(teacherName: "Петрова А.С.", today: [
            DueItem(kind: .topic, lesson: lesson(106, day: 27, number: 3), deadline: FakeJournal.zone.instant(FakeJournal.today, TimeOfDay(hour: 21, minute: 0))),
        ], closingSoon: [
            DueItem(kind: .marks, lesson: lesson(103, day: 20, number: 1), deadline: FakeJournal.zone.instant(LocalDate(year: 2026, month: 11, day: 27), TimeOfDay(hour: 21, minute: 0)), detail: "Контрольная работа: 5 из 25 без отметки"),
        ], overdue: [
            DueItem(kind: .attendance, lesson: lesson(105, day: 25, number: 3), deadline: FakeJournal.zone.instant(LocalDate(year: 2026, month: 11, day: 25), TimeOfDay(hour: 21, minute: 0))),
        ])
        t.press(.function(12))
        t.signIn()
        dump("home", t)
        t.press(.function(6))
        dump("absences", t)
        t.press(.escape, .function(7))
        dump("permissions teacher", t)
    }

    func lesson(_ id: Int64, day: Int, number: Int) -> LessonSummary {
        LessonSummary(lessonID: LessonID(id), page: Fixture.math, date: LocalDate(year: 2026, month: 11, day: day), lessonNumber: number,
                      start: TimeOfDay(hour: 8 + number, minute: 0), end: TimeOfDay(hour: 8 + number, minute: 45), room: "21", topic: "")
    }
}
