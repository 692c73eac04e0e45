import Foundation

/// A pupil as a grid row shows them: number in the class list and name, and the days of the
/// period they are in the class (a pupil who left or arrived during it takes no entry outside).
public struct GridPupil: Hashable, Sendable, Identifiable {
    public let id: PupilID
    public let number: Int
    public let name: PersonName
    /// The spans of the period the pupil is in the class; nil when that is all of it.
    public let daysInClass: [DateSpan]?
    /// The days an exemption (ОСВ) excuses the pupil from this page's subject.
    public let exemptDays: [DateSpan]

    public init(id: PupilID, number: Int, name: PersonName, daysInClass: [DateSpan]? = nil, exemptDays: [DateSpan] = []) {
        self.id = id
        self.number = number
        self.name = name
        self.daysInClass = daysInClass
        self.exemptDays = exemptDays
    }

    /// The same pupil with the days they are exempt from the page's subject.
    public func with(exemptDays days: [DateSpan]) -> GridPupil {
        GridPupil(id: id, number: number, name: name, daysInClass: daysInClass, exemptDays: days)
    }

    /// Whether an exemption excuses the pupil from this page's lesson on `day`.
    public func isExempt(on day: LocalDate) -> Bool {
        exemptDays.contains { $0.contains(day) }
    }

    /// Whether the pupil is in the class on `day`, so a lesson that day takes their entries.
    public func isInClass(on day: LocalDate) -> Bool {
        daysInClass?.contains { $0.contains(day) } ?? true
    }
}

/// One column of a grid: a lesson, and in the marks grid one of the lesson's assignments.
/// A lesson with no assignment yet still has one column, so a mark can be typed into it.
public struct GridColumn: Hashable, Sendable {
    public let lessonID: LessonID
    public let date: LocalDate
    public let lessonNumber: Int
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let assignmentID: AssignmentID?
    public let workType: WorkType?
    public let topic: String
    /// The assignment's own topic (a контрольная's «Сложение дробей»), empty when none.
    public let assignmentTopic: String
    /// Whether the signed-in user may change this column (their own or substituted lesson).
    public let isEditable: Bool
    /// When the grid's kind of entry (marks or attendance) may be made in this column.
    public let window: EntryWindow?
    /// A late-entry permission that covers this column once its window has closed.
    public let latePermission: LatePermission?

    public init(
        lessonID: LessonID, date: LocalDate, lessonNumber: Int, start: TimeOfDay, end: TimeOfDay,
        assignmentID: AssignmentID? = nil, workType: WorkType? = nil, topic: String = "", assignmentTopic: String = "",
        isEditable: Bool, window: EntryWindow? = nil, latePermission: LatePermission? = nil
    ) {
        self.lessonID = lessonID
        self.date = date
        self.lessonNumber = lessonNumber
        self.start = start
        self.end = end
        self.assignmentID = assignmentID
        self.workType = workType
        self.topic = topic
        self.assignmentTopic = assignmentTopic
        self.isEditable = isEditable
        self.window = window
        self.latePermission = latePermission
    }

    /// The same column with another assignment (after typing a mark created one, or a new
    /// type or topic was written); nil clears it (the lesson's last assignment was removed).
    public func with(assignment: AssignmentID?, workType: WorkType?, assignmentTopic: String = "") -> GridColumn {
        GridColumn(
            lessonID: lessonID, date: date, lessonNumber: lessonNumber, start: start, end: end,
            assignmentID: assignment, workType: workType, topic: topic, assignmentTopic: assignmentTopic,
            isEditable: isEditable, window: window, latePermission: latePermission
        )
    }

    /// Whether, and until when, the signed-in user can enter this column at `now`.
    public func entryStatus(at now: Date) -> CellEntryStatus {
        CellEntryStatus(isEditable: isEditable, window: window, permission: latePermission, at: now)
    }
}

/// What a cell allows at a given moment; the grid shows it (a lock glyph, the deadline in the
/// status line) before the teacher types, not only after a refusal.
public enum CellEntryStatus: Hashable, Sendable {
    /// Not the user's lesson: read only.
    case readOnly
    /// Open; `until` is the deadline, if there is one.
    case open(until: Date?)
    /// The lesson has not started yet.
    case notYetOpen(Date)
    /// Past its deadline, covered by a permission until it expires: entries are marked late.
    case late(LatePermission, until: Date)
    /// Past its deadline, no permission.
    case closed(since: Date)

    /// What an entry with this window allows at `now`, for someone who may (`isEditable`) or may
    /// not make it; a grid column and the lesson card both ask.
    public init(isEditable: Bool, window: EntryWindow?, permission: LatePermission?, at now: Date) {
        guard isEditable else { self = .readOnly; return }
        guard let window else { self = .open(until: nil); return }
        if let opensAt = window.opensAt, window.isBeforeOpening(now) { self = .notYetOpen(opensAt); return }
        guard let closesAt = window.closesAt, window.isPastDeadline(now) else { self = .open(until: window.closesAt); return }
        if let permission, permission.isValid(at: now) {
            self = .late(permission, until: permission.expiresAt)
        } else {
            self = .closed(since: closesAt)
        }
    }

    public var acceptsEntry: Bool {
        switch self {
        case .open, .late: true
        case .readOnly, .notYetOpen, .closed: false
        }
    }
}

/// A pupil's period final as shown at the right of the marks grid: "5", "н/а", "зач".
public typealias FinalMarkText = String

/// The marks or attendance of one journal page for one period: pupils as rows, lessons (or
/// assignments) as columns.
public struct JournalGrid<Value: Hashable & Sendable>: Sendable {
    public let page: JournalPage
    public let period: Period
    public let pupils: [GridPupil]
    public let columns: [GridColumn]
    public private(set) var cells: [Cell: Value]
    public let finals: [PupilID: FinalMarkText]

    public struct Cell: Hashable, Sendable {
        public let pupil: PupilID
        public let column: Int
        public init(pupil: PupilID, column: Int) {
            self.pupil = pupil
            self.column = column
        }
    }

    public init(
        page: JournalPage, period: Period, pupils: [GridPupil], columns: [GridColumn],
        cells: [Cell: Value], finals: [PupilID: FinalMarkText] = [:]
    ) {
        self.page = page
        self.period = period
        self.pupils = pupils
        self.columns = columns
        self.cells = cells
        self.finals = finals
    }

    public func value(pupil: PupilID, column: Int) -> Value? {
        cells[Cell(pupil: pupil, column: column)]
    }

    /// Replaces one cell after a successful write, so a screen need not reload the whole grid.
    public mutating func set(_ value: Value?, pupil: PupilID, column: Int) {
        cells[Cell(pupil: pupil, column: column)] = value
    }
}

public typealias MarksGrid = JournalGrid<MarkValue>
public typealias AttendanceGrid = JournalGrid<AttendanceCode>

extension JournalGrid where Value == MarkValue {
    /// The plain and weighted averages of one pupil's marks in this period.
    public func averages(for pupil: PupilID) -> MarkAverages {
        MarkAverages(columns.indices.compactMap { index in
            value(pupil: pupil, column: index).map { ($0, columns[index].workType?.weight ?? 1) }
        })
    }
}
