import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The grids of 5А mathematics and physics: read, written with the rules' windows judged as the
/// service judges them, each write recorded in `writes`; a cell's history.
extension FakeJournal: GridBackend {
    /// Refuses like the service: the column's window at the fake's time, unless a permission
    /// covers it. A late entry is recorded with its permission.
    func judge(_ column: GridColumn) throws {
        switch column.entryStatus(at: now()) {
        case .closed(let since):
            throw RuleRefusal(rule: column.window?.rule ?? .dayEntries, reason: .deadlinePassed(since), timeZone: Self.zone)
        case .notYetOpen(let opensAt):
            throw RuleRefusal(rule: column.window?.rule ?? .dayEntries, reason: .notStarted(opensAt: opensAt), timeZone: Self.zone)
        case .late(let permission, _):
            writes.append("late under \(permission.id)")
        case .open, .readOnly:
            break
        }
    }

    func periods(for page: JournalPage) throws -> [Period] { Fixture.periods }

    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid {
        gridReads += 1
        guard let grid = marks[page] else { throw JournalError.notFound(.verbatim(page.title)) }
        return grid
    }

    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid {
        gridReads += 1
        guard let grid = attendance[page] else { throw JournalError.notFound(.verbatim(page.title)) }
        return grid
    }

    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?
    ) throws -> GridColumn {
        waitForOtherTerminal()
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = marks[page], let index = grid.columns.firstIndex(of: column) else { throw JournalError.lessonNotFound }
        try judge(grid.columns[index])
        let now = grid.value(pupil: pupil, column: index)
        guard now == value || now == seen else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: now?.code)) }
        grid.set(value, pupil: pupil, column: index)
        marks[page] = grid
        writes.append("mark \(pupil) col \(index) \(value?.code ?? "nil")")
        return column
    }

    func setAttendance(
        _ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?
    ) throws {
        waitForOtherTerminal()
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = attendance[page], let index = grid.columns.firstIndex(where: { $0.lessonID == lesson }) else {
            throw JournalError.lessonNotFound
        }
        try judge(grid.columns[index])
        let now = grid.value(pupil: pupil, column: index)
        guard now == code || now == seen else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: now?.rawValue)) }
        grid.set(code, pupil: pupil, column: index)
        attendance[page] = grid
        writes.append("attendance \(pupil) lesson \(lesson) \(code?.rawValue ?? "nil")")
    }

    func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry] {
        [HistoryEntry(changedAt: "27.11.2026 10:50", who: "Петрова А.С.", terminal: "pts/3", oldValue: nil, newValue: "4"),
         HistoryEntry(changedAt: "27.11.2026 10:52", who: "Петрова А.С.", terminal: "pts/3", oldValue: "4", newValue: "5")]
    }

    func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry] { [] }
}
