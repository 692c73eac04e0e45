/// «Контроль ведения журнала» (section 3.5 of the instruction), for a month: per teacher the
/// share of the lessons given with a topic, with the attendance taken and with homework, those
/// entered late (under a permission), the share of their pupils with no mark and with a single
/// mark in the month, the lessons given against the КТП's plan for the month, and for a class
/// teacher the notices to parents their class needs and those sent in the month (section 4.2).
public struct JournalControl: Sendable {
    /// A class's notices to parents: the pupils due one on the report's last day (a weighted
    /// average below the pass line, unexcused absences over the threshold) and those sent in
    /// the month. Due pupils with nothing sent is what the deputy looks for.
    public struct ClassNotices: Hashable, Sendable {
        public let className: String
        /// The class teacher's name as the teacher rows spell it («Петрова О.И.»).
        public let teacher: String
        public let due: Int
        public let sent: Int

        public init(className: String, teacher: String, due: Int, sent: Int) {
            self.className = className
            self.teacher = teacher
            self.due = due
            self.sent = sent
        }

        /// Pupils due a notice and none sent in the month.
        public var isNeglected: Bool { due > 0 && sent == 0 }
    }

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
    public let notices: [ClassNotices]

    /// A class teacher who gave no lesson in the month still gets a row for their class's notices.
    public init(teachers: [Teacher], notices: [ClassNotices] = []) {
        let named = Set(teachers.map(\.name))
        let absent = Set(notices.map(\.teacher)).subtracting(named).filter { !$0.isEmpty }.map {
            Teacher(name: $0, lessons: 0, withTopic: 0, withAttendance: 0, withHomework: 0, enteredLate: 0,
                    pupils: 0, withoutMarks: 0, withOneMark: 0, planned: 0)
        }
        self.teachers = (teachers + absent).sorted { $0.name < $1.name }
        self.notices = notices
    }

    /// «(!)» after a count the deputy has to look at.
    public static let attentionMark = " (!)"

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
                      "сообщ. семьям", "из них прочитано, %", "сообщ. от семей",
                      "кл. рук. класса", "уведом. нужно", "уведом. отпр."]
        func noticeCells(_ classes: [ClassNotices]) -> [Cell] {
            guard !classes.isEmpty else { return [.empty, .empty, .empty] }
            let due = classes.map(\.due).reduce(0, +), sent = classes.map(\.sent).reduce(0, +)
            let neglected = classes.filter(\.isNeglected).map(\.className)
            let sentCell: Cell
            if neglected.isEmpty {
                sentCell = .number(sent)
            } else {
                // A teacher leading two classes: the neglected one is named, so the mark is not lost in the sum.
                let named = classes.count == 1 ? "" : " " + neglected.joined(separator: ", ")
                sentCell = .text("\(sent)\(Self.attentionMark)\(named)")
            }
            return [.text(classes.map(\.className).joined(separator: ", ")), .number(due), sentCell]
        }
        func row(_ name: String, _ t: Teacher) -> [Cell] {
            [.text(name), .number(t.lessons), .text(Self.percent(t.withTopic, of: t.lessons)), .text(Self.percent(t.withAttendance, of: t.lessons)),
             .text(Self.percent(t.withHomework, of: t.lessons)), .number(t.enteredLate), .number(t.pupils),
             .text(Self.percent(t.withoutMarks, of: t.pupils)), .text(Self.percent(t.withOneMark, of: t.pupils)),
             .number(t.planned), .number(t.withTopic - t.planned),
             .number(t.toFamilies), .text(Self.percent(t.readByFamilies, of: t.toFamilies)), .number(t.fromFamilies)]
        }
        let classesOf = Dictionary(grouping: notices, by: \.teacher)
        let schoolNotices: [Cell] = notices.isEmpty ? [.empty, .empty, .empty]
            : [.empty, .number(notices.map(\.due).reduce(0, +)), .number(notices.map(\.sent).reduce(0, +))]
        let neglected = notices.filter(\.isNeglected).map { $0.teacher.isEmpty ? $0.className : "\($0.className) (\($0.teacher))" }
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
            bodyRows: teachers.map { row($0.name, $0) + noticeCells(classesOf[$0.name] ?? []) },
            footerRows: [row("По школе", total) + schoolNotices],
            notes: [
                "Уроки месяца по день печати; тема, посещаемость (отметка «проведена», даже если все пришли) и д/з — доля этих уроков.",
                "Внесено с опозданием — уроки, записи которых сделаны после срока по разрешению заместителя.",
                "Ученики — пары «ученик × журнальная страница учителя» (класс или группа, кроме безотметочного 1 класса), числившиеся в классе в месяце; без отметок и с одной отметкой за месяц («.» — не отметка).",
                "По КТП — часы КТП, приходящиеся на месяц (по плановой дате темы, а без неё — по уроку расписания на её месте); «дано − план» — уроки месяца с темой минус план.",
                "Активность семей — по сообщениям месяца: учителя семьям (и доля открытых родителем или учеником) и семей учителю. Входы в дневник не считаются: ezh их отдельно не учитывает.",
                "Уведомления родителям (п. 4.2) — у классного руководителя: ученики класса, которым на последний день отчёта положено уведомление (средневзвешенный балл ниже порога по предмету или пропуски без уважительной причины сверх порога), и уведомления, отправленные за месяц; «(!)» — уведомления нужны, а не отправлено ни одного.",
            ] + (neglected.isEmpty ? [] : ["Уведомления нужны, но не отправлены: \(neglected.joined(separator: ", "))."]),
            signatures: [.init(role: "Заместитель директора", name: deputy)]
        )
    }
}
