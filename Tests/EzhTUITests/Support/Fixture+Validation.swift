import EzhCore
import EzhService
import Foundation

/// The fixture's grids with the rules' entry windows (default settings, Moscow time), and a week
/// of absences of 5А.
extension Fixture {
    /// The grid with each column's window for `kind`, and `permission` on the columns whose
    /// dates it covers.
    static func withWindows<Value>(_ grid: JournalGrid<Value>, kind: EntryKind, permission: LatePermission? = nil) -> JournalGrid<Value> {
        let period = PeriodState(span: grid.period.span, isClosed: grid.period.isClosed)
        let columns = grid.columns.map { column in
            let timing = LessonTiming(date: column.date, start: column.start, end: column.end, pupilsDayEnd: column.end)
            return GridColumn(
                lessonID: column.lessonID, date: column.date, lessonNumber: column.lessonNumber, start: column.start,
                end: column.end, assignmentID: column.assignmentID, workType: column.workType, topic: column.topic,
                isEditable: column.isEditable, window: FakeJournal.engine.window(for: kind, lesson: timing, period: period),
                latePermission: permission.flatMap { $0.dates.contains(column.date) ? $0 : nil }
            )
        }
        var cells: [JournalGrid<Value>.Cell: Value] = [:]
        for pupil in grid.pupils {
            for index in grid.columns.indices {
                if let value = grid.value(pupil: pupil.id, column: index) { cells[.init(pupil: pupil.id, column: index)] = value }
            }
        }
        return JournalGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns, cells: cells, finals: grid.finals)
    }

    /// Permission № 7: the teacher may enter 5А mathematics attendance of 25.11 until 28.11 21:00.
    static let latePermission = LatePermission(
        id: PermissionID(7), teacher: StaffID(1), classID: math.classID, subjectID: math.subjectID,
        dates: DateSpan(LocalDate(year: 2026, month: 11, day: 25), LocalDate(year: 2026, month: 11, day: 25)),
        kinds: [.attendance], reason: "болезнь учителя",
        expiresAt: FakeJournal.zone.instant(LocalDate(year: 2026, month: 11, day: 28), TimeOfDay(hour: 21, minute: 0))
    )

    /// The week 23.11–29.11: three Н still to correct and one illness already noted.
    static let absences: [AbsenceEntry] = {
        func entry(_ lesson: Int64, day: Int, number: Int, subject: String, pupil: Int, _ code: AttendanceCode, note: String = "") -> AbsenceEntry {
            AbsenceEntry(lessonID: LessonID(lesson), date: LocalDate(year: 2026, month: 11, day: day), lessonNumber: number,
                         subjectName: subject, pupil: pupils[pupil - 1], code: code, note: note)
        }
        return [
            entry(105, day: 25, number: 3, subject: "Математика", pupil: 2, .absent),
            entry(201, day: 23, number: 2, subject: "Физика", pupil: 4, .ill, note: "справка"),
            entry(202, day: 27, number: 1, subject: "Русский язык", pupil: 4, .absent),
            entry(203, day: 26, number: 4, subject: "Литература", pupil: 5, .absent),
        ]
    }()
}
