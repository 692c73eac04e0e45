import EzhCore

/// Grids built directly from domain values: 5А mathematics in the 2nd quarter of 2026/27.
enum Fixture {
    static let math = JournalPage(classID: ClassID(5), className: ClassName(grade: 5, letter: "А"),
                                  subjectID: SubjectID(1), subjectName: "Математика")
    static let physics = JournalPage(classID: ClassID(5), className: ClassName(grade: 5, letter: "А"),
                                     subjectID: SubjectID(2), subjectName: "Физика")

    static let periods = [
        Period(id: PeriodID(1), scheme: .quarters, number: 1,
               span: DateSpan(LocalDate(year: 2026, month: 9, day: 1), LocalDate(year: 2026, month: 10, day: 24)), isClosed: true),
        Period(id: PeriodID(2), scheme: .quarters, number: 2,
               span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))),
    ]

    static let classwork = WorkType(id: WorkTypeID(1), name: "Работа на уроке", abbreviation: "Р/у", weight: 1)
    static let test = WorkType(id: WorkTypeID(2), name: "Контрольная работа", abbreviation: "К/р", weight: 2)

    static let pupils: [GridPupil] = [
        ("Алексеев", "Борис"), ("Ёлкина", "Юлия"), ("Иванова", "Мария"),
        ("Константинопольская", "Анастасия"), ("Петров", "Пётр"),
    ].enumerated().map { index, name in
        GridPupil(id: PupilID(Int64(index + 1)), number: index + 1, name: PersonName(last: name.0, first: name.1))
    }

    /// Lesson ids are 101...112; today's (27.11, lesson 3) is 106.
    static let todaysLesson = LessonID(106)

    static let lessonDays: [(day: Int, month: Int, number: Int)] = [
        (16, 11, 2), (18, 11, 3), (20, 11, 1), (23, 11, 2), (25, 11, 3), (27, 11, 3),
        (30, 11, 2), (2, 12, 3), (4, 12, 1), (7, 12, 2), (9, 12, 3), (11, 12, 1),
    ]

    /// Today's lesson (index 5) already has its classwork column, so typing into it writes at
    /// once; `todayWithoutAssignment` leaves it empty, so its first mark asks for the type.
    static func columns(editable: Bool = true, todayWithoutAssignment: Bool = false) -> [GridColumn] {
        let assigned = todayWithoutAssignment ? 5 : 6
        return lessonDays.enumerated().map { index, lesson in
            let start = TimeOfDay(hour: 8 + lesson.number, minute: 0)
            return GridColumn(
                lessonID: LessonID(Int64(101 + index)), date: LocalDate(year: 2026, month: lesson.month, day: lesson.day),
                lessonNumber: lesson.number, start: start, end: TimeOfDay(minutes: start.minutes + 45),
                assignmentID: index < assigned ? AssignmentID(Int64(index + 1)) : nil,
                workType: index == 3 ? test : (index < assigned ? classwork : nil),
                // The 20.11 lesson was a substitute's: this teacher may only read it.
                isEditable: editable && index != 2
            )
        }
    }

    static func marksGrid(page: JournalPage = math, todayWithoutAssignment: Bool = false) -> MarksGrid {
        let marks: [(Int64, Int, MarkValue)] = [
            (1, 0, .grade(5)), (1, 1, .grade(4)), (1, 3, .grade(5)),
            (2, 0, .grade(3)), (2, 3, .grade(4)), (2, 4, .dot),
            (3, 1, .grade(2)), (3, 2, .grade(3)),
        ]
        var cells: [MarksGrid.Cell: MarkValue] = [:]
        for (pupil, column, value) in marks { cells[.init(pupil: PupilID(pupil), column: column)] = value }
        return MarksGrid(page: page, period: periods[1], pupils: pupils, columns: columns(todayWithoutAssignment: todayWithoutAssignment), cells: cells,
                         finals: [PupilID(1): "5"])
    }

    static func attendanceGrid(page: JournalPage = math) -> AttendanceGrid {
        // Attendance has one column per lesson, whatever the assignments.
        let lessons = columns().map {
            GridColumn(lessonID: $0.lessonID, date: $0.date, lessonNumber: $0.lessonNumber, start: $0.start, end: $0.end,
                       isEditable: $0.isEditable)
        }
        let cells: [AttendanceGrid.Cell: AttendanceCode] = [
            .init(pupil: PupilID(4), column: 0): .ill, .init(pupil: PupilID(4), column: 1): .ill,
            .init(pupil: PupilID(2), column: 4): .late, .init(pupil: PupilID(5), column: 3): .absent,
        ]
        return AttendanceGrid(page: page, period: periods[1], pupils: pupils, columns: lessons, cells: cells)
    }
}
