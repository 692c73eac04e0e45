import EzhCore
import Foundation

/// What a school's year leaves in its journal by a given day, beyond what the school imports:
/// lessons held (topic, homework, register), assignments with marks, attendance, period finals,
/// closed periods, and pupils who arrived or left. The demo simulates it and `importJournalHistory`
/// writes it over a school set up through the imports. Ids refer to rows already in the journal,
/// except assignments and arriving pupils, which get the ids given here.
public struct JournalHistory: Sendable, Hashable {
    public var lessons: [HeldLesson] = []
    public var assignments: [Assignment] = []
    public var marks: [Mark] = []
    public var attendance: [Attendance] = []
    public var finals: [PeriodFinal] = []
    public var closedPeriods: [ClosedPeriod] = []
    public var arrivals: [Arrival] = []
    public var departures: [Departure] = []

    public init() {}
}

extension JournalHistory {
    /// A lesson that has been held: what the teacher wrote and when the register was taken.
    public struct HeldLesson: Sendable, Hashable {
        public var id: LessonID
        public var topic: String
        public var homework: String
        public var attendanceTakenAt: Date

        public init(id: LessonID, topic: String, homework: String, attendanceTakenAt: Date) {
            self.id = id
            self.topic = topic
            self.homework = homework
            self.attendanceTakenAt = attendanceTakenAt
        }
    }

    public struct Assignment: Sendable, Hashable {
        public var id: AssignmentID
        public var lesson: LessonID
        public var workType: WorkTypeID
        public var topic: String
        /// 1 for the lesson's first assignment, 2 for the next.
        public var position: Int

        public init(id: AssignmentID, lesson: LessonID, workType: WorkTypeID, topic: String, position: Int) {
            self.id = id
            self.lesson = lesson
            self.workType = workType
            self.topic = topic
            self.position = position
        }
    }

    public struct Mark: Sendable, Hashable {
        public var assignment: AssignmentID
        public var lesson: LessonID
        public var pupil: PupilID
        public var value: MarkValue
        public var changedAt: Date
        public var changedBy: AccountID

        public init(assignment: AssignmentID, lesson: LessonID, pupil: PupilID, value: MarkValue, changedAt: Date, changedBy: AccountID) {
            self.assignment = assignment
            self.lesson = lesson
            self.pupil = pupil
            self.value = value
            self.changedAt = changedAt
            self.changedBy = changedBy
        }
    }

    public struct Attendance: Sendable, Hashable {
        public var lesson: LessonID
        public var pupil: PupilID
        public var code: AttendanceCode
        public var changedAt: Date
        public var changedBy: AccountID

        public init(lesson: LessonID, pupil: PupilID, code: AttendanceCode, changedAt: Date, changedBy: AccountID) {
            self.lesson = lesson
            self.pupil = pupil
            self.code = code
            self.changedAt = changedAt
            self.changedBy = changedBy
        }
    }

    /// A pupil's final for a period.
    public struct PeriodFinal: Sendable, Hashable {
        public var pupil: PupilID
        public var classID: ClassID
        public var subject: SubjectID
        public var period: PeriodID
        /// "1"…"5", "н/а", "зач", "незач", "осв".
        public var value: String
        public var changedAt: Date
        public var changedBy: AccountID

        public init(
            pupil: PupilID, classID: ClassID, subject: SubjectID, period: PeriodID, value: String, changedAt: Date,
            changedBy: AccountID
        ) {
            self.pupil = pupil
            self.classID = classID
            self.subject = subject
            self.period = period
            self.value = value
            self.changedAt = changedAt
            self.changedBy = changedBy
        }
    }

    /// A period the administrator closed, once its finals were in.
    public struct ClosedPeriod: Sendable, Hashable {
        public var period: PeriodID
        public var at: Date
        public var by: AccountID

        public init(period: PeriodID, at: Date, by: AccountID) {
            self.period = period
            self.at = at
            self.by = by
        }
    }

    /// A pupil new to the school who joined a class during the year, under an order.
    public struct Arrival: Sendable, Hashable {
        public var pupil: PupilID
        public var name: PersonName
        /// "m" or "f".
        public var sex: String
        public var birthDate: LocalDate
        public var personalFile: String
        public var classID: ClassID
        public var from: LocalDate
        public var order: String
        public var arrivedFrom: String
        /// The subgroups joined, each for a period of the class's from the arrival on.
        public var subgroups: [SubgroupPeriod]
        public var parents: [ArrivingParent]

        public init(
            pupil: PupilID, name: PersonName, sex: String, birthDate: LocalDate, personalFile: String, classID: ClassID,
            from: LocalDate, order: String, arrivedFrom: String, subgroups: [SubgroupPeriod], parents: [ArrivingParent]
        ) {
            self.pupil = pupil
            self.name = name
            self.sex = sex
            self.birthDate = birthDate
            self.personalFile = personalFile
            self.classID = classID
            self.from = from
            self.order = order
            self.arrivedFrom = arrivedFrom
            self.subgroups = subgroups
            self.parents = parents
        }
    }

    public struct SubgroupPeriod: Sendable, Hashable {
        public var subgroup: SubgroupID
        public var period: PeriodID

        public init(subgroup: SubgroupID, period: PeriodID) {
            self.subgroup = subgroup
            self.period = period
        }
    }

    /// A parent of an arriving pupil: one the journal has (a brother's or sister's), or a new one.
    public enum ArrivingParent: Sendable, Hashable {
        case known(ParentID, relation: String)
        case new(PersonName, phone: String?, relation: String)
    }

    /// A pupil who left the school during the year, under an order.
    public struct Departure: Sendable, Hashable {
        public var pupil: PupilID
        public var classID: ClassID
        /// The last day in the class.
        public var lastDay: LocalDate
        public var order: String
        public var departedTo: String

        public init(pupil: PupilID, classID: ClassID, lastDay: LocalDate, order: String, departedTo: String) {
            self.pupil = pupil
            self.classID = classID
            self.lastDay = lastDay
            self.order = order
            self.departedTo = departedTo
        }
    }
}
