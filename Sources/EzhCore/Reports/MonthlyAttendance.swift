/// «Посещаемость за месяц» (REPORTS.md item 5): pupils × days of a month; per cell the lessons the
/// pupil missed that day; per pupil the lessons missed, of which for illness (Б) and without a
/// valid reason (НП), the lates (ОП) and the whole days missed. A pure function of the month's
/// facts, so the numbers are tested without a database.
public struct MonthlyAttendance: Hashable, Sendable {
    /// One pupil as the class's roster gives them for the month.
    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName
        /// The days of the month the pupil belonged to the class (one span per stay).
        public let stays: [DateSpan]

        public init(id: PupilID, name: PersonName, stays: [DateSpan]) {
            self.id = id
            self.name = name
            self.stays = stays
        }

        func isInClass(on day: LocalDate) -> Bool { stays.contains { $0.contains(day) } }
    }

    /// A lesson's attendance entry for one pupil.
    public struct Entry: Hashable, Sendable {
        public let pupil: PupilID
        public let date: LocalDate
        public let code: AttendanceCode

        public init(pupil: PupilID, date: LocalDate, code: AttendanceCode) {
            self.pupil = pupil
            self.date = date
            self.code = code
        }
    }

    public struct Row: Hashable, Sendable {
        public let pupil: PupilID
        public let name: PersonName
        /// Lessons missed per day of the month; nil on days the pupil was not in the class.
        public let missedByDay: [Int?]
        public let missed: Int
        public let ill: Int
        public let unexcused: Int
        public let late: Int
        public let wholeDays: Int
    }

    public let year: Int
    public let month: Int
    public let days: [LocalDate]
    public let rows: [Row]

    /// Whether an entry means the pupil was not at the lesson: a late pupil came, and a pupil
    /// exempt from attending (ОСВ) is not counted as missing it.
    public static func isMissed(_ code: AttendanceCode) -> Bool { code.isAbsence && code != .exempt }

    /// `lessonsByPupil` counts the lessons that concern each pupil per day (whole-class lessons and
    /// those of the pupil's subgroups): a whole day missed is one where every one of them was missed.
    public init(year: Int, month: Int, pupils: [Pupil], lessonsByPupil: [PupilID: [LocalDate: Int]], entries: [Entry]) {
        self.year = year
        self.month = month
        let first = LocalDate(year: year, month: month, day: 1)
        let days = first.through(LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)))
        self.days = days
        let entriesByPupil = Dictionary(grouping: entries, by: \.pupil)
        rows = pupils.sorted { PersonName.alphabetical($0.name, $1.name) }.map { pupil in
            let own = (entriesByPupil[pupil.id] ?? []).filter { pupil.isInClass(on: $0.date) }
            let missedEntries = own.filter { Self.isMissed($0.code) }
            let missedPerDay = Dictionary(grouping: missedEntries, by: \.date).mapValues(\.count)
            let lessons = lessonsByPupil[pupil.id] ?? [:]
            let wholeDays = missedPerDay.filter { day, count in (lessons[day] ?? 0) > 0 && count >= lessons[day]! }.count
            return Row(
                pupil: pupil.id,
                name: pupil.name,
                missedByDay: days.map { pupil.isInClass(on: $0) ? (missedPerDay[$0] ?? 0) : nil },
                missed: missedEntries.count,
                ill: own.filter { $0.code == .ill }.count,
                unexcused: own.filter { $0.code == .unexcused }.count,
                late: own.filter { $0.code == .late }.count,
                wholeDays: wholeDays
            )
        }
    }

    static let monthNames = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]

    /// «ноябрь 2026».
    public var periodTitle: String { "\(Self.monthNames[month - 1]) \(year)" }

    /// The printable document: landscape, one column per day, totals per pupil and per day.
    public func document(school: String, className: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let totalTitles = ["Пропущено уроков", "из них по болезни", "без уваж. причины", "Опоздания", "Дней целиком"]
        let header: [Cell] = [.text("№"), .text("Ученик")] + days.map { .text(String($0.day)) } + totalTitles.map { .text($0) }
        let body: [[Cell]] = rows.enumerated().map { index, row in
            let dayCells: [Cell] = row.missedByDay.map { value in
                guard let value else { return .text("—") }
                return value == 0 ? .empty : .number(value)
            }
            return [.number(index + 1), .text(row.name.lastAndFirst)] + dayCells
                + [row.missed, row.ill, row.unexcused, row.late, row.wholeDays].map { .number($0) }
        }
        let perDay: [Cell] = days.indices.map { index in
            let sum = rows.compactMap { $0.missedByDay[index] }.reduce(0, +)
            return sum == 0 ? .empty : .number(sum)
        }
        let totals = [\Row.missed, \.ill, \.unexcused, \.late, \.wholeDays].map { path in Cell.number(rows.map { $0[keyPath: path] }.reduce(0, +)) }
        let footer: [[Cell]] = [[.empty, .text("Итого")] + perDay + totals]
        let columns = [ReportDocument.Column(weight: 1.4), ReportDocument.Column(weight: 9, alignment: .leading)]
            + days.map { _ in ReportDocument.Column(weight: 1.1) }
            + totalTitles.map { _ in ReportDocument.Column(weight: 3.2) }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Посещаемость за месяц", className: className, period: periodTitle, printDate: printDate),
            orientation: .landscape, columns: columns, headerRows: [header], bodyRows: body, footerRows: footer,
            notes: [
                "В клетке — число пропущенных уроков за день; «—» — ученик в этот день не числился в классе.",
                "Пропуском считаются Н, Б, УП, НП; опоздание (ОП) и освобождение (ОСВ) — нет. День целиком — пропущены все уроки ученика за день.",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }
}
