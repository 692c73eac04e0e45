import EzhCore
internal import EzhStore
import Foundation

/// The deputy's timetable editor: a class's, teacher's or room's week as the timetable lines in
/// force on a day hold it, and changes to one place of a class's week (weekday, lesson number)
/// that take effect from a day.
///
/// A change from day D ends the place's lines in force on D the day before (removes those that
/// would start on or after D) and adds the new ones from D (`TimetableChange`). The year's
/// lessons are then made again from D; a lesson with entries that would be dropped
/// refuses the whole change.
extension JournalService {
    /// The classes of the year around today.
    public func timetableClasses(_ session: Session) throws -> [TimetableClass] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db) else { return [] }
            return try TimetableQueries.classes(year: year.id, db).map { TimetableClass(id: $0.id, name: $0.name, room: $0.room) }
        }
    }

    /// The week of `day` for a class, a teacher or a room, as the version in force on `day` has it.
    public func timetableWeek(_ session: Session, _ view: TimetableView, on day: LocalDate) throws -> TimetableGridWeek {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: day, db) else {
                throw JournalError.notFound(BilingualText("учебный год", "school year"))
            }
            // A day outside the year (the summer after it) has no timetable in force.
            let inForce = year.span.contains(day) ? try TimetableQueries.slots(year: year.id, db).filter { $0.isInForce(on: day) } : []
            let shown: [TimetableSlotRow]
            let title: String
            var lessons: [TimetableWeekLesson] = []
            switch view {
            case .ofClass(let classID):
                shown = inForce.filter { $0.classID == classID }
                guard let row = try TimetableQueries.classes(year: year.id, db).first(where: { $0.id == classID }) else {
                    throw JournalError.notFound(BilingualText("класс", "class"))
                }
                title = row.name.description
                let monday = day.adding(days: 1 - day.weekday)
                lessons = try TimetableLessonQueries.lessons(of: classID, in: DateSpan(monday, monday.adding(days: 6)), db).map(weekLesson)
            case .ofTeacher(let staffID):
                shown = inForce.filter { $0.teacherID == staffID }
                title = try AccountQueries.staffName(staffID, db)?.withInitials ?? ""
            case .ofRoom(let room):
                let key = room.trimmingCharacters(in: .whitespaces).lowercased()
                shown = inForce.filter { $0.room.trimmingCharacters(in: .whitespaces).lowercased() == key }
                title = room
            }
            let bellNumbers = try TimetableLessonQueries.bells(db).schedules.values.flatMap { $0.shifts.values.flatMap(\.keys) }
            let used = shown.map(\.number) + bellNumbers.filter { $0 > 0 }
            let numbers = (used.min() ?? 1)...(used.max() ?? 7)
            return TimetableGridWeek(
                view: view, title: title, day: day, weekDays: school.weekDays, numbers: numbers,
                lines: shown.map(line), lessons: lessons)
        }
    }

    /// What a class's cell may hold: its subjects with subgroups and teachers, the staff, the rooms.
    public func timetableChoices(_ session: Session, classID: ClassID) throws -> TimetableChoices {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db),
                  let row = try TimetableQueries.classes(year: year.id, db).first(where: { $0.id == classID })
            else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let subjects = try TimetableQueries.subjects(of: classID, db).map {
                TimetableSubjectChoice(id: $0.id, name: $0.name, shortName: $0.shortName, subgroups: $0.subgroups, teachers: $0.teachers)
            }
            let staff = try NameQueries.staff(db).sorted { PersonName.alphabetical($0.name, $1.name) }
                .map { TimetableTeacher(id: $0.id, name: $0.name) }
            var rooms = try TimetableQueries.rooms(year: year.id, db)
            if !row.room.isEmpty { rooms = [row.room] + rooms.filter { $0 != row.room } }
            return TimetableChoices(subjects: subjects, staff: staff, rooms: rooms, classRoom: row.room)
        }
    }

    /// Changes one cell of a class's week from `day` on (never before today): refused when the new
    /// line clashes with a class, teacher or room, naming what it clashes with, and when the
    /// lessons made again would drop one with entries, listing them. A new teacher for a subject
    /// is that page's teacher in all its lines from `day`.
    public func editTimetable(
        _ session: Session, classID: ClassID, weekday: Int, number: Int, _ edit: TimetableEdit, from day: LocalDate
    ) throws -> TimetableChangeOutcome {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            let today = today()
            guard day >= today else { throw TimetableRefusals.beforeToday(today) }
            guard let year = try TimetableQueries.year(around: day, db), year.span.contains(day) else {
                throw TimetableRefusals.outsideYear(day)
            }
            guard !year.closed else { throw TimetableRefusals.closedYear }
            guard let row = try TimetableQueries.classes(year: year.id, db).first(where: { $0.id == classID }) else {
                throw JournalError.notFound(BilingualText("класс", "class"))
            }
            var change = TimetablePlaceChange(
                classID: classID, className: row.name, weekday: weekday, number: number, day: day,
                slots: try TimetableQueries.slots(year: year.id, db))
            try change.apply(edit, db)
            guard !change.change.changesNothing || change.teacherChange != nil else {
                return TimetableChangeOutcome(from: day, changed: false, lessons: .none)
            }
            try change.refuseClashes()
            try change.store(year: year.id, stamp, db)
            let lessons = try regenerateLessons(from: day, stamp, db)
            return TimetableChangeOutcome(from: day, changed: true, lessons: lessons)
        }
    }

    /// Makes the year's lessons again from `day` on, from the timetable, the calendar and the
    /// bells (the imports' regeneration, `regenerateLessons(_:_:from:dryRun:)`), and refuses the
    /// edit (its transaction rolls back) when a lesson with entries would be dropped, listing
    /// them, or a lesson would have no bell time.
    func regenerateLessons(from day: LocalDate, _ stamp: ChangeStamp, _ db: StoreTransaction) throws -> LessonChangeCounts {
        let report = try regenerateLessons(db, stamp, from: day, dryRun: false)
        if let refusal = report.refusal {
            throw JournalError.invalidInput(field: BilingualText("Расписание", "Timetable"), problem: refusal)
        }
        if let missing = report.missingBells.first {
            throw JournalError.invalidInput(field: BilingualText("Звонки", "Bells"), problem: missing)
        }
        return LessonChangeCounts(added: report.added, updated: report.updated, removed: report.deleted)
    }

    private func line(_ row: TimetableSlotRow) -> TimetableGridLine {
        TimetableGridLine(
            classID: row.classID, className: row.className, subjectID: row.subjectID, subject: row.subject,
            subjectShort: row.subjectShort, subgroup: row.subgroup, teacherID: row.teacherID, teacher: row.teacher,
            room: row.room, weekday: row.weekday, number: row.number)
    }

    private func weekLesson(_ row: TimetableLessonRow) -> TimetableWeekLesson {
        TimetableWeekLesson(
            id: row.id, date: row.date, number: row.number, subjectID: row.subjectID, subjectShort: row.subjectShort,
            subgroup: row.subgroup, room: row.room, origin: TimetableWeekLesson.Origin(rawValue: row.origin) ?? .timetable,
            hasEntries: row.hasEntries)
    }
}
