import EzhCore

/// A small school year 2026/2027 and timetable builders shared by the setup tests.
enum SetupFixtures {
    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    static func span(_ first: String, _ last: String) -> DateSpan { DateSpan(day(first), day(last)) }

    static let year = span("2026-09-01", "2027-08-31")
    static let autumn = DayOff(span("2026-10-26", "2026-11-03"), name: "Осенние каникулы")
    static let unityDay = DayOff(span("2026-11-04", "2026-11-04"), name: "День народного единства")
    static let winter = DayOff(span("2026-12-29", "2027-01-11"), name: "Зимние каникулы")
    static let spring = DayOff(span("2027-03-22", "2027-03-29"), name: "Весенние каникулы")
    static let summer = DayOff(span("2027-05-27", "2027-08-31"), name: "Летние каникулы")
    /// Saturday 7 November follows Monday's timetable.
    static let workingSaturday = WorkingDay(day("2026-11-07"), worksAs: 1)
    /// Monday 28 December rings the shortened bells.
    static let shortenedDay = ScheduleDay(span("2026-12-28", "2026-12-28"), schedule: "Сокращённое")

    static let quarters = [
        CalendarPeriod(scheme: .quarters, number: 1, span: span("2026-09-01", "2026-10-25")),
        CalendarPeriod(scheme: .quarters, number: 2, span: span("2026-11-04", "2026-12-28")),
        CalendarPeriod(scheme: .quarters, number: 3, span: span("2027-01-12", "2027-03-21")),
        CalendarPeriod(scheme: .quarters, number: 4, span: span("2027-03-30", "2027-05-26")),
    ]
    static let halfYears = [
        CalendarPeriod(scheme: .halfYears, number: 1, span: span("2026-09-01", "2026-12-28")),
        CalendarPeriod(scheme: .halfYears, number: 2, span: span("2027-01-12", "2027-05-26")),
    ]

    static func calendar(week: SchoolWeekLength = .fiveDays) -> SchoolCalendar {
        SchoolCalendar(
            year: year, week: week, daysOff: [autumn, unityDay, winter, spring, summer],
            workingDays: [workingSaturday], scheduleDays: [shortenedDay], periods: quarters + halfYears)
    }

    static func times(_ start: String, _ end: String) -> LessonTimes {
        LessonTimes(TimeOfDay(text: start)!, TimeOfDay(text: end)!)
    }

    static let bells = BellSchedules([
        BellSchedule(name: "Основное", shifts: [
            1: [1: times("08:30", "09:15"), 2: times("09:25", "10:10"), 3: times("10:25", "11:10")],
            2: [1: times("13:30", "14:15"), 2: times("14:25", "15:10"), 3: times("15:20", "16:05")],
        ]),
        BellSchedule(name: "Сокращённое", shifts: [
            1: [1: times("08:30", "09:00"), 2: times("09:10", "09:40"), 3: times("09:50", "10:20")],
            2: [1: times("13:30", "14:00"), 2: times("14:10", "14:40"), 3: times("14:50", "15:20")],
        ]),
    ], defaultName: "Основное")

    static let class5A = (id: ClassID(1), name: ClassName(grade: 5, letter: "А"))
    static let class5B = (id: ClassID(2), name: ClassName(grade: 5, letter: "Б"))
    static let subjects: [String: SubjectID] = [
        "Математика": SubjectID(1), "Английский язык": SubjectID(2), "Физика": SubjectID(3), "Музыка": SubjectID(4),
    ]
    static let teachers: [String: StaffID] = ["Иванова И.И.": StaffID(1), "Петров П.П.": StaffID(2), "Смирнова С.С.": StaffID(3)]

    /// The timetable after a change of one class's whole week from `day`.
    static func changed(
        _ current: [TimetableEntry<EntrySource>], class classID: ClassID, from day: String, to new: [TimetableEntry<EntrySource>]
    ) -> [TimetableEntry<EntrySource>] {
        TimetableChange.replacing(from: Self.day(day), with: new, in: current) { $0.key.classID == classID }.result
    }

    /// One timetable line of 5А or 5Б, its source the row number given.
    static func line(
        _ row: Int, _ className: String, _ subject: String, group: String? = nil, teacher: String,
        room: String = "", weekday: Int, number: Int, from: String? = nil, to: String? = nil
    ) -> TimetableEntry<EntrySource> {
        let schoolClass = className == "5А" ? class5A : class5B
        return TimetableEntry(
            key: TimetableKey(classID: schoolClass.id, subjectID: subjects[subject]!, subgroup: group),
            names: TeachingNames(className: schoolClass.name, subject: subject, subgroup: group),
            teacher: teachers[teacher]!, teacherName: teacher, room: room, weekday: weekday, number: number,
            validFrom: from.map(day), validTo: to.map(day), source: EntrySource(file: "timetable.csv", row: row))
    }
}
