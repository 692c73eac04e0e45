/// «Контроль ведения журнала» (section 3.5 of the instruction), for a month: per teacher the
/// share of the lessons given with a topic, with the attendance taken and with homework, those
/// entered late (under a permission), the share of their pupils with no mark and with a single
/// mark in the month, and the lessons given against the КТП's plan for the month.
public struct JournalControl: Sendable {
    public struct Teacher: Hashable, Sendable {
        public let name: String
        /// Lessons of the month up to the day the report is made.
        public let lessons: Int
        public let withTopic: Int
        public let withAttendance: Int
        public let withHomework: Int
        /// Lessons whose entries were made after the deadline, under a late permission.
        public let enteredLate: Int
        /// Pupil × page pairs (a pupil of a class or subgroup the teacher teaches) on roll in the month.
        public let pupils: Int
        public let withoutMarks: Int
        public let withOneMark: Int
        /// Hours the КТП plans in the month (`PlanProgress`: an item's planned date, or else the
        /// timetable's lesson at its place).
        public let planned: Int
        /// The teacher's messages to families in the month, those a parent or pupil opened, and
        /// the families' messages to the teacher.
        public let toFamilies: Int
        public let readByFamilies: Int
        public let fromFamilies: Int

        public init(
            name: String, lessons: Int, withTopic: Int, withAttendance: Int, withHomework: Int, enteredLate: Int,
            pupils: Int, withoutMarks: Int, withOneMark: Int, planned: Int, toFamilies: Int = 0, readByFamilies: Int = 0, fromFamilies: Int = 0
        ) {
            self.name = name
            self.lessons = lessons
            self.withTopic = withTopic
            self.withAttendance = withAttendance
            self.withHomework = withHomework
            self.enteredLate = enteredLate
            self.pupils = pupils
            self.withoutMarks = withoutMarks
            self.withOneMark = withOneMark
            self.planned = planned
            self.toFamilies = toFamilies
            self.readByFamilies = readByFamilies
            self.fromFamilies = fromFamilies
        }
    }

    public let teachers: [Teacher]

    public init(teachers: [Teacher]) {
        self.teachers = teachers.sorted { $0.name < $1.name }
    }

    /// «87,5»: a share in percent with one decimal; «—» when there is nothing to share.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (part * 1000 + whole / 2) / whole
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10),\(tenths % 10)"
    }

    public func document(school: String, period: String, printDate: LocalDate, deputy: String) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let titles = ["Учитель", "Уроков", "с темой, %", "с посещ., %", "с д/з, %", "внесено с опозд.", "учеников",
                      "без отметок, %", "с одной отметкой, %", "по КТП (план)", "дано − план",
                      "сообщ. семьям", "из них прочитано, %", "сообщ. от семей"]
        func row(_ name: String, _ t: Teacher) -> [Cell] {
            [.text(name), .number(t.lessons), .text(Self.percent(t.withTopic, of: t.lessons)), .text(Self.percent(t.withAttendance, of: t.lessons)),
             .text(Self.percent(t.withHomework, of: t.lessons)), .number(t.enteredLate), .number(t.pupils),
             .text(Self.percent(t.withoutMarks, of: t.pupils)), .text(Self.percent(t.withOneMark, of: t.pupils)),
             .number(t.planned), .number(t.withTopic - t.planned),
             .number(t.toFamilies), .text(Self.percent(t.readByFamilies, of: t.toFamilies)), .number(t.fromFamilies)]
        }
        func sum(_ path: KeyPath<Teacher, Int>) -> Int { teachers.map { $0[keyPath: path] }.reduce(0, +) }
        let total = Teacher(
            name: "", lessons: sum(\.lessons), withTopic: sum(\.withTopic), withAttendance: sum(\.withAttendance), withHomework: sum(\.withHomework),
            enteredLate: sum(\.enteredLate), pupils: sum(\.pupils), withoutMarks: sum(\.withoutMarks), withOneMark: sum(\.withOneMark), planned: sum(\.planned),
            toFamilies: sum(\.toFamilies), readByFamilies: sum(\.readByFamilies), fromFamilies: sum(\.fromFamilies)
        )
        return ReportDocument(
            titleBlock: .init(school: school, title: "Контроль ведения журнала", className: "", period: period, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 5, alignment: .leading)] + Array(repeating: .init(weight: 2), count: titles.count - 1),
            headerRows: [titles.map { .text($0) }],
            bodyRows: teachers.map { row($0.name, $0) },
            footerRows: [row("По школе", total)],
            notes: [
                "Уроки месяца по день печати; тема, посещаемость (отметка «проведена», даже если все пришли) и д/з — доля этих уроков.",
                "Внесено с опозданием — уроки, записи которых сделаны после срока по разрешению заместителя.",
                "Ученики — пары «ученик × журнальная страница учителя» (класс или группа, кроме безотметочного 1 класса), числившиеся в классе в месяце; без отметок и с одной отметкой за месяц («.» — не отметка).",
                "По КТП — часы КТП, приходящиеся на месяц (по плановой дате темы, а без неё — по уроку расписания на её месте); «дано − план» — уроки месяца с темой минус план.",
                "Активность семей — по сообщениям месяца: учителя семьям (и доля открытых родителем или учеником) и семей учителю. Входы в дневник не считаются: ezh их отдельно не учитывает.",
            ],
            signatures: [.init(role: "Заместитель директора", name: deputy)]
        )
    }
}
