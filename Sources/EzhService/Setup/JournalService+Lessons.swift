import EzhCore
internal import EzhStore

/// Unwinds a lesson generation that is refused or a dry run, handing back its report.
private struct GenerationRollback: Error {
    let report: LessonGenerationReport
}

extension JournalService {
    /// The deputy (or administrator) makes the year's lessons again from the timetable, the
    /// calendar and the bells, from `from` (default: today, or the year's first day if it has not
    /// begun). Imports of bells, the calendar and the timetable do this themselves; this is the
    /// same step on demand (`ezh lessons generate`). Refused as a whole, changing nothing, when a
    /// lesson with entries would be dropped or a lesson has no bell time.
    public func generateLessons(_ session: Session, from: LocalDate? = nil, dryRun: Bool = false) throws -> LessonGenerationReport {
        do {
            return try write(session) { db, stamp in
                try require(.manageSchoolYear, try viewer(for: session, db))
                let report = try regenerateLessons(db, stamp, from: from, dryRun: dryRun)
                if !report.isAccepted || dryRun { throw GenerationRollback(report: report) }
                return report
            }
        } catch let rollback as GenerationRollback {
            return rollback.report
        }
    }

    /// Brings the stored lessons of the open year in line with its timetable from `from` on
    /// (nil: today, not before the year's first day): inserts the lessons the timetable calls for,
    /// gives kept lessons new times, rooms or teachers, removes empty lessons it no longer calls
    /// for. Lessons added or moved by hand are never touched and a cancelled one is not made again.
    /// When refused (a lesson with entries would go, or a bell is missing) nothing is written and
    /// the report says why; the caller's transaction must then be rolled back or left unchanged.
    /// One history row sums up what changed: lessons are made, not typed.
    func regenerateLessons(_ db: StoreTransaction, _ stamp: ChangeStamp, from: LocalDate?, dryRun: Bool) throws -> LessonGenerationReport {
        guard let year = try SetupYearQueries.current(on: today(), db) else { return LessonGenerationReport(from: nil, dryRun: dryRun) }
        let start = max(from ?? timeZone.localDate(of: stamp.at), year.span.first)
        var report = LessonGenerationReport(from: start, dryRun: dryRun)
        let slots = try TimetableWrites.slots(year: year.id, db)
        // With no timetable yet there is nothing to make lessons from, and nothing is removed.
        guard start <= year.span.last, !slots.isEmpty else { return report }
        let frame = try YearTimetableFrame(year: year, db)
        let entries = slots.compactMap { frame.entry($0, source: $0.id) }
        let cancelled = Set(try LessonGenerationQueries.cancellations(year: year.id, db).compactMap { place in
            frame.teachings[place.teaching].map { LessonSlot(key: frame.key(of: $0), date: place.date, number: place.number) }
        })
        let bells = try BellWrites.bellSchedules(db) ?? BellSchedules([], defaultName: "")
        let plan = try planLessons(year: year, frame: frame, entries: entries, bells: bells, cancelled: cancelled, from: start, db)
        report.missingBells = plan.missingBells.map(\.text)

        let existing = try LessonGenerationQueries.lessons(year: year.id, from: start, db).compactMap { lesson -> ExistingLesson? in
            guard let teaching = frame.teachings[lesson.teaching] else { return nil }
            let key = frame.key(of: teaching)
            return ExistingLesson(
                id: lesson.id, key: key, names: frame.names(of: key), date: lesson.date, number: lesson.number,
                startsAt: lesson.times.startsAt, endsAt: lesson.times.endsAt, room: lesson.room, teacher: lesson.teacher,
                hasEntries: lesson.hasEntries, isOneOff: lesson.isOneOff)
        }
        let changes = LessonRegeneration.plan(existing: existing, planned: plan.lessons, from: start)
        report.refusal = changes.refusal
        report.added = changes.toInsert.count
        report.updated = changes.toUpdate.count
        report.deleted = changes.toDelete.count
        guard report.isAccepted, !changes.changesNothing else { return report }

        for lesson in changes.toInsert {
            guard let teaching = frame.teachingByKey[lesson.key] else { continue }
            try LessonGenerationQueries.insert(
                teaching: teaching, date: lesson.date, number: lesson.number, times: LessonTimes(lesson.startsAt, lesson.endsAt),
                room: lesson.room, teacher: lesson.teacher, db)
        }
        for update in changes.toUpdate {
            let lesson = update.lesson
            try LessonGenerationQueries.update(
                update.id, times: LessonTimes(lesson.startsAt, lesson.endsAt), room: lesson.room, teacher: lesson.teacher, db)
        }
        for id in changes.toDelete { try LessonGenerationQueries.delete(id, db) }
        try ChangeLog.record(stamp.change(
            entity: "lessons", key: "year=\(year.id)", field: "generated", from: nil, to: report.summary.russian
        ), in: db)
        return report
    }

    /// The lessons step of an import that changed the year's frame: its refusal and missing bells
    /// become the file's problems (so nothing is written), and what it did a notice.
    func regenerateAfterImport(_ db: StoreTransaction, _ stamp: ChangeStamp, _ report: inout ImportReport) throws {
        guard report.problems.isEmpty else { return }
        let lessons = try regenerateLessons(db, stamp, from: nil, dryRun: report.dryRun)
        let file = report.file
        let fileProblem = { (text: BilingualText) in ImportProblem(file: file, row: nil, column: nil, message: text) }
        report.problems += (lessons.refusal.map { [$0] } ?? []).map(fileProblem) + lessons.missingBells.map(fileProblem)
        if lessons.from != nil, !lessons.changesNothing { report.notices.append(fileProblem(lessons.summary)) }
    }

    /// The planner run once per group of classes that share their days off: a holiday for some
    /// grades only (the first grade's February week) gives those grades a calendar of their own.
    private func planLessons(
        year: YearRow, frame: YearTimetableFrame, entries: [TimetableEntry<Int64>], bells: BellSchedules,
        cancelled: Set<LessonSlot>, from: LocalDate, _ db: StoreTransaction
    ) throws -> (lessons: [PlannedLesson], missingBells: [MissingBell]) {
        let daysOff = try CalendarWrites.daysOff(year: year.id, db)
        let working = try CalendarWrites.workingDays(year: year.id, db).map { WorkingDay($0.key, worksAs: $0.value.worksAs) }
        let special = try CalendarWrites.scheduleDays(year: year.id, db).map { ScheduleDay(DateSpan($0.key, $0.key), schedule: $0.value) }
        let week = SchoolWeekLength(rawValue: school.weekDays) ?? .fiveDays
        var groups: [[Int64]: Set<ClassID>] = [:]
        for schoolClass in frame.classes.values {
            let own = daysOff.filter { $0.grades?.contains(schoolClass.name.grade) ?? true }.map(\.id)
            groups[own, default: []].insert(schoolClass.id)
        }
        var lessons: [PlannedLesson] = []
        var missing: [MissingBell] = []
        for (offIDs, classIDs) in groups.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let calendar = SchoolCalendar(
                year: year.span, week: week,
                daysOff: daysOff.filter { offIDs.contains($0.id) }.map { DayOff($0.span, name: $0.name) },
                workingDays: working, scheduleDays: special)
            let plan = LessonPlanner.plan(
                days: calendar.schoolDays, bells: bells, shifts: frame.classes.mapValues(\.shift),
                entries: entries.filter { classIDs.contains($0.key.classID) }, cancelled: cancelled, from: from)
            lessons += plan.lessons
            missing += plan.missingBells.filter { bell in !missing.contains { $0.place == bell.place } }
        }
        return (lessons, missing)
    }
}
