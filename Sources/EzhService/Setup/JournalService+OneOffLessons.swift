import EzhCore
internal import EzhStore

/// One-off changes for one day, besides the timetable: a lesson cancelled, moved to another day
/// or lesson number, or an extra lesson added. Moved and added lessons are one-offs (origin
/// 'moved' / 'added') that regeneration never touches; a timetable lesson cancelled or moved away
/// leaves a `lesson_cancellation`, so it is not made again.
extension JournalService {
    /// Cancels a lesson of today or later; refused when it has entries.
    public func cancelLesson(_ session: Session, lesson id: LessonID) throws {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let lesson = try TimetableLessonQueries.lesson(id, db) else { throw JournalError.lessonNotFound }
            guard lesson.date >= today() else { throw TimetableRefusals.pastLesson }
            guard !lesson.hasEntries else { throw TimetableRefusals.hasEntries(date: lesson.date, number: lesson.number) }
            if lesson.origin == "timetable" {
                try TimetableLessonQueries.insertCancellation(teaching: lesson.teachingID, date: lesson.date, number: lesson.number, reason: "cancelled", db)
            }
            try TimetableLessonQueries.deleteLesson(id, db)
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(id)", field: "cancelled", from: describe(lesson), to: nil, scope: scope(lesson)
            ), in: db)
        }
    }

    /// Moves a lesson of today or later to another school day or lesson number (today or later),
    /// with that day's bell times; refused when the class, the teacher or the room is busy then.
    /// Its entries go with it.
    public func moveLesson(_ session: Session, lesson id: LessonID, to date: LocalDate, number: Int) throws {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let lesson = try TimetableLessonQueries.lesson(id, db) else { throw JournalError.lessonNotFound }
            let today = today()
            guard lesson.date >= today, date >= today else { throw TimetableRefusals.pastLesson }
            let times = try lessonTimes(classID: lesson.classID, date: date, number: number, db)
            try refuseLessonClash(
                classID: lesson.classID, subgroup: lesson.subgroup, teacher: lesson.teacherID, room: lesson.room, date: date,
                number: number, except: id, db)
            if lesson.origin == "timetable" {
                try TimetableLessonQueries.insertCancellation(teaching: lesson.teachingID, date: lesson.date, number: lesson.number, reason: "moved", db)
            }
            try TimetableLessonQueries.moveLesson(id, to: date, number: number, startsAt: times.startsAt, endsAt: times.endsAt, db)
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(id)", field: "moved", from: describe(lesson),
                to: Self.describeLesson(
                    date: date, number: number, startsAt: times.startsAt, endsAt: times.endsAt, room: lesson.room, teacher: lesson.teacherID),
                scope: ChangeScope(classID: lesson.classID, subjectID: lesson.subjectID, lessonDate: date)
            ), in: db)
        }
    }

    /// Adds an extra lesson on a school day of today or later; refused when the class, the
    /// teacher or the room is busy then. A page the class had no teaching for gets one.
    @discardableResult
    public func addLesson(_ session: Session, classID: ClassID, _ choice: TimetableLessonChoice, on date: LocalDate, number: Int) throws -> LessonID {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard date >= today() else { throw TimetableRefusals.pastLesson }
            let times = try lessonTimes(classID: classID, date: date, number: number, db)
            let subgroup = choice.subgroup.flatMap { $0.isEmpty ? nil : $0 }
            var subgroupID: SubgroupID?
            if let subgroup {
                guard let found = try TimetableQueries.subgroup(classID: classID, subjectID: choice.subjectID, name: subgroup, db) else {
                    throw TimetableRefusals.noSubgroup(subgroup)
                }
                subgroupID = found
            }
            guard try AccountQueries.staffName(choice.teacherID, db) != nil else {
                throw JournalError.notFound(BilingualText("учитель", "teacher"))
            }
            let room = choice.room.trimmingCharacters(in: .whitespaces)
            try refuseLessonClash(classID: classID, subgroup: subgroup, teacher: choice.teacherID, room: room, date: date, number: number, except: nil, db)
            let scope = ChangeScope(classID: classID, subjectID: choice.subjectID, lessonDate: date)
            var teaching = try TimetableQueries.teaching(classID: classID, subjectID: choice.subjectID, subgroup: subgroupID, db)?.id
            if teaching == nil {
                let made = try TimetableQueries.insertTeaching(classID: classID, subjectID: choice.subjectID, subgroup: subgroupID, teacher: choice.teacherID, db)
                try ChangeLog.record(stamp.change(
                    entity: "teaching", key: "teaching=\(made)", field: "teacher", from: nil, to: String(choice.teacherID.rawValue), scope: scope
                ), in: db)
                teaching = made
            }
            let id = try TimetableLessonQueries.insertLesson(
                teaching: teaching!, classID: classID, subjectID: choice.subjectID, subgroup: subgroupID, date: date, number: number,
                startsAt: times.startsAt, endsAt: times.endsAt, room: room, teacher: choice.teacherID, origin: "added", db)
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(id)", field: "added", from: nil,
                to: Self.describeLesson(
                    date: date, number: number, startsAt: times.startsAt, endsAt: times.endsAt, room: room, teacher: choice.teacherID),
                scope: scope
            ), in: db)
            return id
        }
    }

    /// The bell times of lesson `number` on a school day of the year, for the class's shift.
    private func lessonTimes(classID: ClassID, date: LocalDate, number: Int, _ db: StoreTransaction) throws -> LessonTimes {
        guard let year = try TimetableQueries.year(around: date, db), year.span.contains(date) else {
            throw TimetableRefusals.outsideYear(date)
        }
        guard !year.closed else { throw TimetableRefusals.closedYear }
        let calendar = try TimetableLessonQueries.calendar(year: year.id, span: year.span, weekDays: school.weekDays, db)
        guard let schoolDay = calendar.schoolDays.first(where: { $0.date == date }) else { throw TimetableRefusals.notSchoolDay(date) }
        guard let row = try TimetableQueries.classes(year: year.id, db).first(where: { $0.id == classID }) else {
            throw JournalError.notFound(BilingualText("класс", "class"))
        }
        guard let times = try TimetableLessonQueries.bells(db).times(schedule: schoolDay.schedule, shift: row.shift, number: number) else {
            throw TimetableRefusals.noBell(date: date, number: number)
        }
        return times
    }

    /// Refuses when another lesson then holds the class (the whole class, or the same subgroup),
    /// the teacher or the room, naming it.
    private func refuseLessonClash(
        classID: ClassID, subgroup: String?, teacher: StaffID, room: String, date: LocalDate, number: Int, except: LessonID?,
        _ db: StoreTransaction
    ) throws {
        let roomKey = room.trimmingCharacters(in: .whitespaces).lowercased()
        for other in try TimetableLessonQueries.lessons(on: date, number: number, db) where other.id != except {
            let kind: TimetableClash<Int>.Kind
            if other.classID == classID, subgroup == nil || other.subgroup == nil || subgroup == other.subgroup {
                kind = .classBusy
            } else if other.teacherID == teacher || other.actualTeacherID == teacher {
                kind = .teacherBusy
            } else if !roomKey.isEmpty, other.room.trimmingCharacters(in: .whitespaces).lowercased() == roomKey {
                kind = .roomBusy
            } else {
                continue
            }
            let className = try TimetableQueries.classes(year: try TimetableQueries.year(around: date, db)!.id, db)
                .first { $0.id == other.classID }?.name ?? ClassName(grade: 0, letter: "?")
            let teacherName = try AccountQueries.staffName(other.actualTeacherID ?? other.teacherID, db)?.withInitials ?? ""
            throw TimetableRefusals.refuseClash(
                at: TimetableRefusals.place(date: date, number: number), kind: kind,
                other: TeachingNames(className: className, subject: other.subject, subgroup: other.subgroup),
                teacher: teacherName, room: other.room)
        }
    }

    /// «2026-12-07 3 08:30-09:15 каб. 21 учитель 1»: a lesson's place as the history keeps it.
    static func describeLesson(date: LocalDate, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay, room: String, teacher: StaffID) -> String {
        "\(date.iso) \(number) \(startsAt.text)-\(endsAt.text) каб. \(room) учитель \(teacher)"
    }

    private func describe(_ lesson: TimetableLessonRow) -> String {
        Self.describeLesson(
            date: lesson.date, number: lesson.number, startsAt: lesson.startsAt, endsAt: lesson.endsAt, room: lesson.room,
            teacher: lesson.teacherID)
    }

    private func scope(_ lesson: TimetableLessonRow) -> ChangeScope {
        ChangeScope(classID: lesson.classID, subjectID: lesson.subjectID, lessonDate: lesson.date)
    }
}
