import EzhCore
internal import EzhStore

/// The lessons of some classes made again from a day on, after their timetable changed: the
/// planner (timetable, calendar, bells) against the stored lessons, one-offs and cancelled places
/// left alone. A minimal, class-scoped regeneration for the timetable editor, until the `year`
/// import's regeneration of the whole school takes its place behind
/// `JournalService.regenerateLessons`.
enum ClassLessonRegeneration {
    static func run(
        from day: LocalDate, classes: Set<ClassID>, weekDays: Int, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> LessonChangeCounts {
        guard let year = try TimetableQueries.year(around: day, db) else { return .none }
        let calendar = try TimetableLessonQueries.calendar(year: year.id, span: year.span, weekDays: weekDays, db)
        let days = calendar.schoolDays
        let bells = try TimetableLessonQueries.bells(db)
        let classRows = try TimetableQueries.classes(year: year.id, db)
        let slots = try TimetableQueries.slots(year: year.id, db)
        var added = 0, updated = 0, removed = 0
        for classID in classes.sorted() {
            guard let classRow = classRows.first(where: { $0.id == classID }) else { continue }
            // Lines that ended before `day` play no part.
            let own = slots.filter { $0.classID == classID && ($0.validTo.map { $0 >= day } ?? true) }
            var pages: [TimetableKey: (teaching: Int64, subgroup: SubgroupID?)] = [:]
            let entries = own.map { row in
                let key = TimetableKey(classID: classID, subjectID: row.subjectID, subgroup: row.subgroup)
                pages[key] = (row.teachingID, row.subgroupID)
                return TimetableEntry(
                    key: key, names: TeachingNames(className: row.className, subject: row.subject, subgroup: row.subgroup),
                    teacher: row.teacherID, teacherName: row.teacher.withInitials, room: row.room, weekday: row.weekday,
                    number: row.number, validFrom: row.validFrom, validTo: row.validTo, source: row.id)
            }
            let cancelled = Set(try TimetableLessonQueries.cancellations(of: classID, from: day, db))
            let planned = LessonPlanner.plan(
                days: days, bells: bells, shifts: [classID: classRow.shift], entries: entries, cancelled: cancelled, from: day)
            let stored = try TimetableLessonQueries.lessons(of: classID, from: day, db)
            let existing = stored.map {
                ExistingLesson(
                    id: $0.id, key: $0.key, names: TeachingNames(className: classRow.name, subject: $0.subject, subgroup: $0.subgroup),
                    date: $0.date, number: $0.number, startsAt: $0.startsAt, endsAt: $0.endsAt, room: $0.room,
                    teacher: $0.teacherID, hasEntries: $0.hasEntries, isOneOff: $0.origin != "timetable")
            }
            let plan = LessonRegeneration.plan(existing: existing, planned: planned.lessons, from: day)
            if let refusal = plan.refusal {
                throw JournalError.invalidInput(field: BilingualText("Расписание", "Timetable"), problem: refusal)
            }
            let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
            for id in plan.toDelete {
                guard let lesson = byID[id] else { continue }
                try TimetableLessonQueries.deleteLesson(id, db)
                try record(id, lesson.key, lesson.date, from: describe(lesson), to: nil, stamp, db)
                removed += 1
            }
            for update in plan.toUpdate {
                guard let lesson = byID[update.id] else { continue }
                let new = update.lesson
                try TimetableLessonQueries.updateLesson(update.id, startsAt: new.startsAt, endsAt: new.endsAt, room: new.room, teacher: new.teacher, db)
                try record(update.id, lesson.key, lesson.date, from: describe(lesson), to: describe(new), stamp, db)
                updated += 1
            }
            for lesson in plan.toInsert {
                guard let page = pages[lesson.key] else { continue }
                let id = try TimetableLessonQueries.insertLesson(
                    teaching: page.teaching, classID: classID, subjectID: lesson.key.subjectID, subgroup: page.subgroup,
                    date: lesson.date, number: lesson.number, startsAt: lesson.startsAt, endsAt: lesson.endsAt, room: lesson.room,
                    teacher: lesson.teacher, origin: "timetable", db)
                try record(id, lesson.key, lesson.date, from: nil, to: describe(lesson), stamp, db)
                added += 1
            }
        }
        return LessonChangeCounts(added: added, updated: updated, removed: removed)
    }

    private static func record(
        _ id: LessonID, _ key: TimetableKey, _ date: LocalDate, from old: String?, to new: String?, _ stamp: ChangeStamp,
        _ db: StoreTransaction
    ) throws {
        try ChangeLog.record(stamp.change(
            entity: "lesson", key: "lesson=\(id)", field: "planned", from: old, to: new,
            scope: ChangeScope(classID: key.classID, subjectID: key.subjectID, lessonDate: date)
        ), in: db)
    }

    /// «2026-12-07 3 08:30-09:15 каб. 21 учитель 1»: a lesson's place as the history keeps it.
    static func describe(date: LocalDate, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay, room: String, teacher: StaffID) -> String {
        "\(date.iso) \(number) \(startsAt.text)-\(endsAt.text) каб. \(room) учитель \(teacher)"
    }

    private static func describe(_ lesson: TimetableLessonRow) -> String {
        describe(date: lesson.date, number: lesson.number, startsAt: lesson.startsAt, endsAt: lesson.endsAt, room: lesson.room, teacher: lesson.teacherID)
    }

    private static func describe(_ lesson: PlannedLesson) -> String {
        describe(date: lesson.date, number: lesson.number, startsAt: lesson.startsAt, endsAt: lesson.endsAt, room: lesson.room, teacher: lesson.teacher)
    }
}
