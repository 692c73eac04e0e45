/// «Дано по КТП»: a teaching's lesson plan against the lessons given (sections 2.6 and 3.5 of the
/// instruction: the deputy checks that the programme is covered).
///
/// Every hour of the plan has a planned day: its row's planned date when the teacher set one,
/// otherwise the day of the lesson the timetable holds at that place (the plan's fifth hour is
/// due at the teaching's fifth lesson). Lessons are given in order: the lessons with a topic,
/// the first covering the plan's first hour. On a day, «planned» counts the hours due by the
/// end of it and «given» the lessons up to it with a topic; given minus planned is how far
/// ahead (positive) or behind (negative) the teaching is.
public struct PlanProgress: Hashable, Sendable {
    /// A lesson of the teaching as the timetable holds it, with its topic if given.
    public struct Lesson: Hashable, Sendable {
        public let date: LocalDate
        public let topic: String

        public init(date: LocalDate, topic: String) {
            self.date = date
            self.topic = topic
        }

        public var isGiven: Bool { !topic.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// One plan row: when it is due and the lessons that covered it.
    public struct Row: Hashable, Sendable {
        public let number: Int
        public let row: PlanRow
        /// The row's first hour's day: the planned date, or the timetable's lesson at its place.
        public let dueDate: LocalDate?
        /// The given lessons that covered this row's hours, in order.
        public let given: [Lesson]

        public var isDone: Bool { given.count >= row.hours }
    }

    public let day: LocalDate
    public let rows: [Row]
    public let plannedHours: Int
    /// Plan hours due by the end of `day`.
    public let plannedToDate: Int
    /// Lessons up to `day` with a topic.
    public let givenToDate: Int

    /// Given minus planned: negative when behind the plan.
    public var difference: Int { givenToDate - plannedToDate }

    public init(rows planRows: [PlanRow], lessons: [Lesson], on day: LocalDate) {
        self.day = day
        plannedHours = planRows.totalHours
        let given = lessons.filter(\.isGiven)
        var hour = 0
        var rows: [Row] = []
        var dueHours = 0
        for (index, planRow) in planRows.enumerated() {
            for each in stride(from: hour + 1, through: hour + planRow.hours, by: 1) {
                let due = planRow.plannedDate ?? (lessons.indices.contains(each - 1) ? lessons[each - 1].date : nil)
                if let due, due <= day { dueHours += 1 }
            }
            let first = planRow.plannedDate ?? (lessons.indices.contains(hour) ? lessons[hour].date : nil)
            let covered = Array(given.dropFirst(hour).prefix(max(planRow.hours, 0)))
            rows.append(Row(number: index + 1, row: planRow, dueDate: first, given: covered))
            hour += max(planRow.hours, 0)
        }
        self.rows = rows
        plannedToDate = dueHours
        givenToDate = given.filter { $0.date <= day }.count
    }
}
