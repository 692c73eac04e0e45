import EzhCore
import EzhService
import EzhStore
import EzhTUI
import Foundation
import GRDB

/// The teacher's path through the real interface, in this process: Enter on today's lesson
/// opens its grid; typing a mark or an attendance code writes it (rules, history, access log, a
/// durable commit) and redraws. Each entry is interleaved with the same rows written by plain SQL.
struct EntryBenchmarks {
    let service: JournalService
    /// The service's own store: the plain-SQL baselines read on its warm connections.
    let store: JournalStore
    let facts: SchoolFacts
    let counts: SampleCounts
    let keymaps: KeymapLoader

    func run() throws -> [BenchmarkResult] {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("teacher"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as teacher")
        let grid = try warmGrid(ui)
        try ui.act(UserKeys.openTodaysGrid, expecting: ScreenText.marksGrid, what: "Enter on today's lesson")
        let plain = try PlainJournalWrites(journal: store.path, author: facts.teacher, at: BenchmarkSchool.moment)
        let mark = try markEntry(ui, plain: plain)
        let attendance = try attendanceEntry(ui, plain: plain)
        return [grid, mark, attendance]
    }

    /// Enter on today's lesson and the frame of its grid, Esc back (not measured); against the
    /// plain query of the cells it shows, on the same warm connection.
    private func warmGrid(_ ui: Interface) throws -> BenchmarkResult {
        let page = facts.lesson.page
        let span = facts.period.span
        let (open, raw) = try Samples.interleaved(counts.fast, {
            ui.act(UserKeys.openTodaysGrid)
        }, after: {
            ui.act([.escape])
        }, baseline: {
            _ = try store.pool.read { db in
                try PlainReads.gridCells(classID: page.classID.rawValue, subjectID: page.subjectID.rawValue,
                                         subgroup: page.subgroupID?.rawValue ?? 0, span: span, db)
            }
        })
        return BenchmarkResult(
            name: "open a grid, warm (UI)", measured: open, baseline: raw, baselineName: "plain SQL of its cells",
            budget: .milliseconds(20)
        )
    }

    /// A 4 or a 5 typed on the first pupil in today's column (the cursor moves down; Up brings
    /// it back, not measured), against the same rows for the last pupil by plain SQL.
    private func markEntry(_ ui: Interface, plain: PlainJournalWrites) throws -> BenchmarkResult {
        var value = 4
        let key = "assignment=%;pupil=\(facts.firstPupil.rawValue)"
        let firstAssignment = {
            try store.pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM assignment WHERE lesson_id = ? ORDER BY position LIMIT 1",
                                   arguments: [facts.lesson.lessonID.rawValue])
            }
        }
        // The first mark of an empty lesson asks for the column's work type; Enter keeps the default.
        let acceptWorkType: [Key] = try firstAssignment() == nil ? [.enter] : []
        ui.act(UserKeys.text("4") + acceptWorkType + [.up])
        guard let assignment = try firstAssignment() else { throw Interface.Unexpected(description: "typing a mark made no assignment in today's lesson") }
        let before = try changes(entity: "mark", keyLike: key)
        var plainValue = 4
        let (entry, rows) = try Samples.interleaved(counts.fast, {
            value = 9 - value
            ui.act(UserKeys.text(String(value)))
        }, after: {
            ui.act([.up])
        }, baseline: {
            plainValue = 9 - plainValue
            try plain.setMark(assignment: assignment, pupil: facts.lastPupil.rawValue, value: String(plainValue), scope: facts.scope)
        })
        try expectChanges(entity: "mark", keyLike: key, since: before, what: "marks typed in the grid")
        return BenchmarkResult(
            name: "enter a mark (UI)", measured: entry, baseline: rows, baselineName: "the same rows by plain SQL",
            budget: .ratio(2)
        )
    }

    /// Tab to the attendance grid; «н» on the first pupil (Н; the cursor moves down, Up is not
    /// measured) and Delete (cleared) in turn, against the same rows by plain SQL.
    private func attendanceEntry(_ ui: Interface, plain: PlainJournalWrites) throws -> BenchmarkResult {
        try ui.act(UserKeys.attendanceTab, expecting: ScreenText.attendanceGrid, what: "Tab in the marks grid")
        let key = "lesson=\(facts.lesson.lessonID.rawValue);pupil=\(facts.firstPupil.rawValue)"
        let before = try changes(entity: "attendance", keyLike: key)
        var absent = false
        var plainAbsent = false
        let lesson = facts.lesson.lessonID.rawValue
        let (entry, rows) = try Samples.interleaved(counts.fast, {
            absent.toggle()
            ui.act(absent ? UserKeys.text("н") : [.delete])
        }, after: {
            if absent { ui.act([.up]) }
        }, baseline: {
            plainAbsent.toggle()
            try plain.setAttendance(lesson: lesson, pupil: facts.lastPupil.rawValue, code: plainAbsent ? AttendanceCode.absent.rawValue : nil,
                                    scope: facts.scope)
        })
        try expectChanges(entity: "attendance", keyLike: key, since: before, what: "attendance typed in the grid")
        ui.act([.escape])
        return BenchmarkResult(
            name: "enter attendance (UI)", measured: entry, baseline: rows, baselineName: "the same rows by plain SQL",
            budget: .ratio(2)
        )
    }

    private func changes(entity: String, keyLike: String) throws -> Int {
        try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM change_history WHERE entity = ? AND entity_key LIKE ?",
                             arguments: [entity, keyLike]) ?? 0
        }
    }

    /// Every measured key must have reached the database: a refused entry is not an entry.
    private func expectChanges(entity: String, keyLike: String, since before: Int, what: String) throws {
        let made = try changes(entity: entity, keyLike: keyLike) - before
        guard made >= counts.fast.count else {
            throw Interface.Unexpected(description: "\(what): \(made) of \(counts.fast.count) reached the history (refused?)")
        }
    }
}

