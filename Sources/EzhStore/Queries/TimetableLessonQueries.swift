import EzhCore
import GRDB

/// The lessons the timetable makes, as its editor changes them: regeneration from a date, and
/// one-off changes (a lesson cancelled, moved or added on one day).
public enum TimetableLessonQueries {
    private static let lessonSelect = """
        SELECT l.id, l.teaching_id, l.class_id, l.subject_id, l.subgroup_id, l.date, l.lesson_number, l.starts_at,
               l.ends_at, l.room, l.scheduled_teacher_id, l.actual_teacher_id, l.origin, sg.name AS subgroup,
               s.short_name AS subject_short, s.name AS subject,
               (l.topic <> '' OR l.homework <> '' OR l.attendance_taken_at IS NOT NULL
                OR EXISTS (SELECT 1 FROM assignment a WHERE a.lesson_id = l.id)
                OR EXISTS (SELECT 1 FROM attendance at WHERE at.lesson_id = l.id)) AS has_entries
        FROM lesson l
        JOIN subject s ON s.id = l.subject_id
        LEFT JOIN subgroup sg ON sg.id = l.subgroup_id
        """

    private static func lesson(_ row: Row) -> TimetableLessonRow {
        TimetableLessonRow(
            id: LessonID(row["id"]), teachingID: row["teaching_id"], classID: ClassID(row["class_id"]),
            subjectID: SubjectID(row["subject_id"]), subgroupID: (row["subgroup_id"] as Int64?).map(SubgroupID.init),
            subgroup: row["subgroup"], subject: row["subject"], subjectShort: row["subject_short"], date: LocalDate(iso: row["date"])!, number: row["lesson_number"],
            startsAt: TimeOfDay(text: row["starts_at"])!, endsAt: TimeOfDay(text: row["ends_at"])!, room: row["room"],
            teacherID: StaffID(row["scheduled_teacher_id"]),
            actualTeacherID: (row["actual_teacher_id"] as Int64?).map(StaffID.init), origin: row["origin"],
            hasEntries: row["has_entries"])
    }

    public static func lesson(_ id: LessonID, _ db: Database) throws -> TimetableLessonRow? {
        try Row.fetchOne(db, sql: "\(lessonSelect) WHERE l.id = ?", arguments: [id.rawValue]).map(lesson)
    }

    /// A class's lessons from a day on, in date and lesson order.
    public static func lessons(of classID: ClassID, from day: LocalDate, _ db: Database) throws -> [TimetableLessonRow] {
        try Row.fetchAll(db, sql: "\(lessonSelect) WHERE l.class_id = ? AND l.date >= ? ORDER BY l.date, l.lesson_number, l.id",
                         arguments: [classID.rawValue, day.iso]).map(lesson)
    }

    /// Every lesson at one place in time, all classes: what a one-off change must not clash with.
    public static func lessons(on day: LocalDate, number: Int, _ db: Database) throws -> [TimetableLessonRow] {
        try Row.fetchAll(db, sql: "\(lessonSelect) WHERE l.date = ? AND l.lesson_number = ? ORDER BY l.class_id, l.id",
                         arguments: [day.iso, number]).map(lesson)
    }

    /// A class's lessons on the days of a span, for the editor's week.
    public static func lessons(of classID: ClassID, in span: DateSpan, _ db: Database) throws -> [TimetableLessonRow] {
        try Row.fetchAll(db, sql: "\(lessonSelect) WHERE l.class_id = ? AND l.date BETWEEN ? AND ? ORDER BY l.date, l.lesson_number",
                         arguments: [classID.rawValue, span.first.iso, span.last.iso]).map(lesson)
    }

    public static func insertLesson(
        teaching: Int64, classID: ClassID, subjectID: SubjectID, subgroup: SubgroupID?, date: LocalDate, number: Int,
        startsAt: TimeOfDay, endsAt: TimeOfDay, room: String, teacher: StaffID, origin: String, _ db: Database
    ) throws -> LessonID {
        try db.execute(sql: """
            INSERT INTO lesson (teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at,
                                room, scheduled_teacher_id, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [teaching, classID.rawValue, subjectID.rawValue, subgroup?.rawValue, date.iso, number,
                             startsAt.text, endsAt.text, room, teacher.rawValue, origin])
        return LessonID(db.lastInsertedRowID)
    }

    /// Gives a lesson the timetable's times, room and teacher.
    public static func updateLesson(_ id: LessonID, startsAt: TimeOfDay, endsAt: TimeOfDay, room: String, teacher: StaffID, _ db: Database) throws {
        try db.execute(sql: "UPDATE lesson SET starts_at = ?, ends_at = ?, room = ?, scheduled_teacher_id = ? WHERE id = ?",
                       arguments: [startsAt.text, endsAt.text, room, teacher.rawValue, id.rawValue])
    }

    /// Moves a lesson to another day or lesson number; it becomes a one-off ('moved').
    public static func moveLesson(_ id: LessonID, to date: LocalDate, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE lesson SET date = ?, lesson_number = ?, starts_at = ?, ends_at = ?, origin = 'moved' WHERE id = ?
            """, arguments: [date.iso, number, startsAt.text, endsAt.text, id.rawValue])
    }

    public static func deleteLesson(_ id: LessonID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM lesson WHERE id = ?", arguments: [id.rawValue])
    }

    /// Remembers that a timetable lesson was cancelled or moved away, so it is not made again.
    public static func insertCancellation(teaching: Int64, date: LocalDate, number: Int, reason: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO lesson_cancellation (teaching_id, date, lesson_number, reason) VALUES (?, ?, ?, ?)
            """, arguments: [teaching, date.iso, number, reason])
    }

    // MARK: - Calendar and bells

    /// The year's calendar as stored: days off, working days, days on another bell schedule.
    public static func calendar(year: YearID, span: DateSpan, weekDays: Int, _ db: Database) throws -> SchoolCalendar {
        let daysOff = try Row.fetchAll(db, sql: "SELECT starts_on, ends_on, name FROM day_off WHERE year_id = ?", arguments: [year.rawValue])
            .map { DayOff(DateSpan(LocalDate(iso: $0["starts_on"])!, LocalDate(iso: $0["ends_on"])!), name: $0["name"]) }
        let working = try Row.fetchAll(db, sql: "SELECT date, as_weekday FROM working_day WHERE year_id = ?", arguments: [year.rawValue])
            .map { WorkingDay(LocalDate(iso: $0["date"])!, worksAs: $0["as_weekday"]) }
        let special = try Row.fetchAll(db, sql: """
            SELECT ds.date, bs.name FROM day_schedule ds JOIN bell_schedule bs ON bs.id = ds.schedule_id WHERE ds.year_id = ?
            """, arguments: [year.rawValue])
            .map { row -> ScheduleDay in
                let day = LocalDate(iso: row["date"])!
                return ScheduleDay(DateSpan(day, day), schedule: row["name"])
            }
        return SchoolCalendar(
            year: span, week: SchoolWeekLength(rawValue: weekDays) ?? .fiveDays, daysOff: daysOff, workingDays: working,
            scheduleDays: special)
    }

    /// The bell schedules with their times; the default one's name.
    public static func bells(_ db: Database) throws -> BellSchedules {
        let rows = try Row.fetchAll(db, sql: """
            SELECT bs.name, bs.is_default, b.shift, b.lesson_number, b.starts_at, b.ends_at
            FROM bell_schedule bs JOIN bell b ON b.schedule_id = bs.id
            """)
        var shifts: [String: [Int: [Int: LessonTimes]]] = [:]
        var defaultName = ""
        for row in rows {
            let name: String = row["name"]
            if row["is_default"] == 1 { defaultName = name }
            shifts[name, default: [:]][row["shift"], default: [:]][row["lesson_number"]] =
                LessonTimes(TimeOfDay(text: row["starts_at"])!, TimeOfDay(text: row["ends_at"])!)
        }
        return BellSchedules(shifts.map { BellSchedule(name: $0.key, shifts: $0.value) }, defaultName: defaultName)
    }
}
