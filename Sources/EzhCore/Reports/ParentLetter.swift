/// «Информационное письмо для родителей» (REPORTS.md item 10): one pupil's period for the paper
/// diary: per subject the marks of the period, the weighted average and the period mark; the
/// lessons missed (of which for illness); the class teacher's line and the parent's signature line.
/// Several are printed on one A4 sheet, to cut and paste.
public struct ParentLetter: Hashable, Sendable {
    public struct SubjectLine: Hashable, Sendable {
        public let subject: String
        public let marks: [MarkValue]
        public let averages: MarkAverages
        public let final: String?

        public init(subject: String, marks: [MarkValue], averages: MarkAverages, final: String?) {
            self.subject = subject
            self.marks = marks
            self.averages = averages
            self.final = final
        }
    }

    public let pupil: PersonName
    public let subjects: [SubjectLine]
    /// Attendance entries of the period; counted as the monthly attendance counts them.
    public let attendance: [AttendanceCode]

    public init(pupil: PersonName, subjects: [SubjectLine], attendance: [AttendanceCode]) {
        self.pupil = pupil
        self.subjects = subjects
        self.attendance = attendance
    }

    public var missed: Int { attendance.filter(MonthlyAttendance.isMissed).count }
    public var missedIll: Int { attendance.filter { $0 == .ill }.count }

    /// The letter as a small document: its title block names the pupil; portrait, no page numbers.
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        return ReportDocument(
            titleBlock: .init(school: school, title: "Информационное письмо: \(pupil.lastAndFirst)", className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 4, alignment: .leading), .init(weight: 7, alignment: .leading), .init(weight: 1.6), .init(weight: 1.6)],
            headerRows: [[.text("Предмет"), .text("Отметки"), .text("Средний балл"), .text("За период")]],
            bodyRows: subjects.map { line in
                [.text(line.subject), .text(line.marks.map(\.code).joined(separator: " ")),
                 .text(MarkAverages.format(line.averages.weighted)), line.final.map { Cell.text($0) } ?? .empty]
            },
            footerRows: [[.text("Пропущено уроков"), .text(missedIll > 0 ? "\(missed), из них по болезни \(missedIll)" : "\(missed)"), .empty, .empty]],
            signatures: [.init(role: "Классный руководитель", name: classTeacher), .init(role: "Подпись родителя", name: "")]
        )
    }

    /// All letters of a class as one table, for CSV and XLSX: a row per pupil and subject.
    public static func table(_ letters: [ParentLetter], school: String, className: String, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let rows: [[Cell]] = letters.flatMap { letter in
            letter.subjects.map { line in
                [.text(letter.pupil.lastAndFirst), .text(line.subject), .text(line.marks.map(\.code).joined(separator: " ")),
                 .text(MarkAverages.format(line.averages.weighted)), line.final.map { Cell.text($0) } ?? .empty]
            } + [[.text(letter.pupil.lastAndFirst), .text("Пропущено уроков"), .empty, .number(letter.missed), .empty]]
        }
        return ReportDocument(
            titleBlock: .init(school: school, title: "Информационные письма для родителей", className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 4, alignment: .leading), .init(weight: 4, alignment: .leading), .init(weight: 6, alignment: .leading),
                      .init(weight: 1.6), .init(weight: 1.6)],
            headerRows: [[.text("Ученик"), .text("Предмет"), .text("Отметки"), .text("Средний балл"), .text("За период")]],
            bodyRows: rows
        )
    }
}
