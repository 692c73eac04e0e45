/// «Классный журнал за год» printed as the paper journal is laid out: for each subject (and
/// subgroup) spreads of two pages, the left one the pupils × lesson dates with marks and
/// absences, the right one the same dates with the topic and the homework; the subject's last
/// left page carries the period, year, exam and final marks. Each page is a section of the PDF;
/// the contents (subjects, teachers, lessons) are what the screen and the spreadsheets show.
public struct ClassJournalBook: Sendable {
    public struct Lesson: Hashable, Sendable {
        public let id: LessonID
        public let date: LocalDate
        public let topic: String
        public let homework: String

        public init(id: LessonID, date: LocalDate, topic: String, homework: String) {
            self.id = id
            self.date = date
            self.topic = topic
            self.homework = homework
        }
    }

    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName

        public init(id: PupilID, name: PersonName) {
            self.id = id
            self.name = name
        }
    }

    /// One subject's page of the journal (a subgroup's, where the class is split).
    public struct SubjectPage: Hashable, Sendable {
        public let subject: String
        public let subgroup: String?
        public let teacher: String
        public let pupils: [Pupil]
        public let lessons: [Lesson]
        /// What a cell shows: the marks of the lesson («5», «4/5», «.» for an owed work) and an
        /// absence code («Н», «Б», …), per lesson and pupil.
        public let cells: [LessonID: [PupilID: String]]
        /// The subject's finals per pupil, keyed «I», «II», …, «год», «экз», «итог».
        public let finals: [PupilID: [String: String]]

        public init(
            subject: String, subgroup: String?, teacher: String, pupils: [Pupil], lessons: [Lesson],
            cells: [LessonID: [PupilID: String]], finals: [PupilID: [String: String]]
        ) {
            self.subject = subject
            self.subgroup = subgroup
            self.teacher = teacher
            self.pupils = pupils.sorted { PersonName.alphabetical($0.name, $1.name) }
            self.lessons = lessons.sorted { $0.date < $1.date }
            self.cells = cells
            self.finals = finals
        }

        var title: String { subgroup.map { "\(subject) (\($0))" } ?? subject }
    }

    /// Lesson dates per spread, as the paper journal's ruled columns.
    public static let datesPerSpread = 24

    public let className: ClassName
    public let year: String
    public let classTeacher: String
    public let finalColumns: [String]
    public let pages: [SubjectPage]

    public init(className: ClassName, year: String, classTeacher: String, finalColumns: [String], pages: [SubjectPage]) {
        self.className = className
        self.year = year
        self.classTeacher = classTeacher
        self.finalColumns = finalColumns
        self.pages = pages
    }

    /// The contents: one row per subject page, with its teacher and lessons.
    public func contents(school: String, printDate: LocalDate) -> ReportDocument {
        ReportDocument(
            titleBlock: .init(school: school, title: "Классный журнал", className: className.description, period: "\(year) учебный год", printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 1.2), .init(weight: 8, alignment: .leading), .init(weight: 6, alignment: .leading), .init(weight: 2.4),
                      .init(weight: 2.4), .init(weight: 2.4)],
            headerRows: [["№", "Предмет", "Учитель", "Уроков", "с темой", "Разворотов"].map { .text($0) }],
            bodyRows: pages.enumerated().map { index, page in
                [.number(index + 1), .text(page.title), .text(page.teacher), .number(page.lessons.count),
                 .number(page.lessons.filter { !$0.topic.isEmpty }.count), .number(Self.spreads(page.lessons.count))]
            },
            footerRows: [[.empty, .text("Всего"), .empty, .number(pages.map(\.lessons.count).reduce(0, +)),
                          .number(pages.map { $0.lessons.filter { !$0.topic.isEmpty }.count }.reduce(0, +)),
                          .number(pages.map { Self.spreads($0.lessons.count) }.reduce(0, +))]],
            notes: ["Разворот: слева — отметки и пропуски по датам уроков, справа — даты, темы и домашние задания."],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }

    static func spreads(_ lessons: Int) -> Int { max(1, (lessons + datesPerSpread - 1) / datesPerSpread) }

    /// Every page in journal order: per subject, the left and the right page of each spread.
    public func sections(school: String, printDate: LocalDate) -> [ReportDocument] {
        pages.flatMap { page -> [ReportDocument] in
            let chunks = stride(from: 0, to: max(page.lessons.count, 1), by: Self.datesPerSpread).map {
                Array(page.lessons[min($0, page.lessons.count)..<min($0 + Self.datesPerSpread, page.lessons.count)])
            }
            return chunks.enumerated().flatMap { index, lessons in
                [left(page, lessons, withFinals: index == chunks.count - 1, school: school, printDate: printDate),
                 right(page, lessons, school: school, printDate: printDate)]
            }
        }
    }

    private func left(_ page: SubjectPage, _ lessons: [Lesson], withFinals: Bool, school: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let finals = withFinals ? finalColumns : []
        let monthRow: [Cell] = [.empty, .text("Месяц")] + lessons.enumerated().map { index, lesson in
            index == 0 || lessons[index - 1].date.month != lesson.date.month ? .text(Self.monthName(lesson.date.month)) : .empty
        } + finals.map { _ in .empty }
        let dayRow: [Cell] = [.text("№"), .text("Ученик")] + lessons.map { .text(String($0.date.day)) } + finals.map { .text($0) }
        let body: [[Cell]] = page.pupils.enumerated().map { index, pupil in
            [.number(index + 1), .text(pupil.name.lastAndFirst)]
                + lessons.map { lesson in page.cells[lesson.id]?[pupil.id].map(Cell.text) ?? .empty }
                + finals.map { column in page.finals[pupil.id]?[column].map(Cell.text) ?? .empty }
        }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Классный журнал: \(page.title)", className: className.description,
                              period: "\(year) учебный год; учитель \(page.teacher)", printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.2), .init(weight: 8, alignment: .leading)] + lessons.map { _ in .init(weight: 1.3) } + finals.map { _ in .init(weight: 1.5) },
            headerRows: [monthRow, dayRow],
            bodyRows: body,
            notes: ["В клетке — отметки урока («.» — работа не сдана) и пропуск (Н, Б, УП, НП, ОП — опоздание, ОСВ — освобождён)."]
        )
    }

    private func right(_ page: SubjectPage, _ lessons: [Lesson], school: String, printDate: LocalDate) -> ReportDocument {
        ReportDocument(
            titleBlock: .init(school: school, title: "Классный журнал: \(page.title)", className: className.description,
                              period: "\(year) учебный год; учитель \(page.teacher)", printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 1.2), .init(weight: 2.4), .init(weight: 14, alignment: .leading), .init(weight: 10, alignment: .leading)],
            headerRows: [["№", "Дата", "Что пройдено на уроке", "Домашнее задание"].map { .text($0) }],
            bodyRows: lessons.enumerated().map { index, lesson in
                [.number(index + 1), .text(lesson.date.russian), lesson.topic.isEmpty ? .empty : .text(lesson.topic),
                 lesson.homework.isEmpty ? .empty : .text(lesson.homework)]
            },
            signatures: [.init(role: "Учитель", name: page.teacher)]
        )
    }

    public static func monthName(_ month: Int) -> String {
        ["", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"][month]
    }
}
