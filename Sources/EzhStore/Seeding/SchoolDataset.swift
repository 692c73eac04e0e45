import EzhCore
import Foundation

/// A whole school as plain values, ids already assigned: what a generator produces and
/// `importDataset(_:into:)` writes. Each nested type mirrors one table of the schema; the
/// change history is not here, since the importer derives it from the marks and attendance.
public struct SchoolDataset: Sendable, Hashable {
    public var school: School
    /// School settings (key, value), e.g. the demo accounts the login screen lists.
    public var settings: [Setting]
    public var year: AcademicYear
    public var periods: [Period]
    public var daysOff: [DayOff]
    public var bells: [Bell]
    public var subjects: [Subject]
    public var workTypes: [WorkType]
    public var staff: [Staff]
    public var pupils: [Pupil]
    public var parents: [Parent]
    public var parentLinks: [ParentLink]
    public var classes: [SchoolClass]
    public var classMemberships: [ClassMembership]
    public var subgroups: [Subgroup]
    public var subgroupMemberships: [SubgroupMembership]
    public var curriculum: [CurriculumLine]
    public var teachings: [Teaching]
    public var timetableSlots: [TimetableSlot]
    /// The КТП of every teaching: topics with hours adding up to the curriculum's.
    public var lessonPlan: [LessonPlanItem]
    public var lessons: [Lesson]
    public var assignments: [Assignment]
    public var marks: [Mark]
    public var attendance: [Attendance]
    public var periodFinals: [PeriodFinal]
    public var accounts: [Account]
    public var accountRoles: [AccountRole]

    public init(
        school: School, settings: [Setting], year: AcademicYear, periods: [Period], daysOff: [DayOff], bells: [Bell],
        subjects: [Subject], workTypes: [WorkType], staff: [Staff], pupils: [Pupil], parents: [Parent],
        parentLinks: [ParentLink], classes: [SchoolClass], classMemberships: [ClassMembership],
        subgroups: [Subgroup], subgroupMemberships: [SubgroupMembership], curriculum: [CurriculumLine],
        teachings: [Teaching], timetableSlots: [TimetableSlot], lessonPlan: [LessonPlanItem], lessons: [Lesson],
        assignments: [Assignment], marks: [Mark], attendance: [Attendance], periodFinals: [PeriodFinal],
        accounts: [Account], accountRoles: [AccountRole]
    ) {
        self.school = school
        self.settings = settings
        self.year = year
        self.periods = periods
        self.daysOff = daysOff
        self.bells = bells
        self.subjects = subjects
        self.workTypes = workTypes
        self.staff = staff
        self.pupils = pupils
        self.parents = parents
        self.parentLinks = parentLinks
        self.classes = classes
        self.classMemberships = classMemberships
        self.subgroups = subgroups
        self.subgroupMemberships = subgroupMemberships
        self.curriculum = curriculum
        self.teachings = teachings
        self.timetableSlots = timetableSlots
        self.lessonPlan = lessonPlan
        self.lessons = lessons
        self.assignments = assignments
        self.marks = marks
        self.attendance = attendance
        self.periodFinals = periodFinals
        self.accounts = accounts
        self.accountRoles = accountRoles
    }
}

/// The id of a `teaching` row (who teaches which subject to which class or subgroup).
public typealias TeachingID = Int64

extension SchoolDataset {
    public struct School: Sendable, Hashable {
        public var name: String
        /// An IANA zone identifier: "Europe/Moscow".
        public var timeZone: String
        public var weekDays: Int
        public var isDemo: Bool
        public var createdAt: Date

        public init(name: String, timeZone: String, weekDays: Int, isDemo: Bool, createdAt: Date) {
            self.name = name
            self.timeZone = timeZone
            self.weekDays = weekDays
            self.isDemo = isDemo
            self.createdAt = createdAt
        }
    }

    public struct Setting: Sendable, Hashable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct AcademicYear: Sendable, Hashable {
        public var id: YearID
        /// "2026/2027".
        public var name: String
        public var span: DateSpan

        public init(id: YearID, name: String, span: DateSpan) {
            self.id = id
            self.name = name
            self.span = span
        }
    }

    public struct Period: Sendable, Hashable {
        public var id: PeriodID
        public var scheme: PeriodScheme
        public var number: Int
        public var span: DateSpan
        public var finalsDueOn: LocalDate?
        public var closedAt: Date?

        public init(
            id: PeriodID, scheme: PeriodScheme, number: Int, span: DateSpan,
            finalsDueOn: LocalDate?, closedAt: Date?
        ) {
            self.id = id
            self.scheme = scheme
            self.number = number
            self.span = span
            self.finalsDueOn = finalsDueOn
            self.closedAt = closedAt
        }
    }

    /// Holidays (каникулы) and single non-school days.
    public struct DayOff: Sendable, Hashable {
        public var id: Int64
        public var span: DateSpan
        public var name: String

        public init(id: Int64, span: DateSpan, name: String) {
            self.id = id
            self.span = span
            self.name = name
        }
    }

    public struct Bell: Sendable, Hashable {
        public var id: Int64
        public var shift: Int
        public var lessonNumber: Int
        public var startsAt: TimeOfDay
        public var endsAt: TimeOfDay

        public init(id: Int64, shift: Int, lessonNumber: Int, startsAt: TimeOfDay, endsAt: TimeOfDay) {
            self.id = id
            self.shift = shift
            self.lessonNumber = lessonNumber
            self.startsAt = startsAt
            self.endsAt = endsAt
        }
    }

    public struct Subject: Sendable, Hashable {
        public var id: SubjectID
        public var name: String
        public var shortName: String

        public init(id: SubjectID, name: String, shortName: String) {
            self.id = id
            self.name = name
            self.shortName = shortName
        }
    }

    public struct WorkType: Sendable, Hashable {
        public var id: WorkTypeID
        public var name: String
        public var abbreviation: String
        public var weight: Double
        public var isDefault: Bool

        public init(id: WorkTypeID, name: String, abbreviation: String, weight: Double, isDefault: Bool) {
            self.id = id
            self.name = name
            self.abbreviation = abbreviation
            self.weight = weight
            self.isDefault = isDefault
        }
    }

    public struct Staff: Sendable, Hashable {
        public var id: StaffID
        public var name: PersonName
        /// «Учитель математики», «Заместитель директора по УВР».
        public var position: String

        public init(id: StaffID, name: PersonName, position: String) {
            self.id = id
            self.name = name
            self.position = position
        }
    }

    public enum Gender: String, Sendable, Hashable {
        case male = "m"
        case female = "f"
    }

    public struct Pupil: Sendable, Hashable {
        public var id: PupilID
        public var name: PersonName
        public var gender: Gender
        public var birthDate: LocalDate?

        public init(id: PupilID, name: PersonName, gender: Gender, birthDate: LocalDate?) {
            self.id = id
            self.name = name
            self.gender = gender
            self.birthDate = birthDate
        }
    }

    public struct Parent: Sendable, Hashable {
        public var id: ParentID
        public var name: PersonName
        public var phone: String?

        public init(id: ParentID, name: PersonName, phone: String?) {
            self.id = id
            self.name = name
            self.phone = phone
        }
    }

    public struct ParentLink: Sendable, Hashable {
        public var parent: ParentID
        public var pupil: PupilID
        /// «мать», «отец».
        public var relation: String

        public init(parent: ParentID, pupil: PupilID, relation: String) {
            self.parent = parent
            self.pupil = pupil
            self.relation = relation
        }
    }

    public struct SchoolClass: Sendable, Hashable {
        public var id: ClassID
        public var name: ClassName
        public var scheme: PeriodScheme
        public var classTeacher: StaffID?
        public var shift: Int

        public init(id: ClassID, name: ClassName, scheme: PeriodScheme, classTeacher: StaffID?, shift: Int) {
            self.id = id
            self.name = name
            self.scheme = scheme
            self.classTeacher = classTeacher
            self.shift = shift
        }
    }

    /// A pupil's stay in a class, with the orders of arrival and departure (движение).
    public struct ClassMembership: Sendable, Hashable {
        public var id: Int64
        public var pupil: PupilID
        public var classID: ClassID
        public var from: LocalDate
        /// The last day in the class; nil while the pupil stays.
        public var to: LocalDate?
        public var arrivalOrder: String?
        public var arrivedFrom: String?
        public var departureOrder: String?
        public var departedTo: String?

        public init(
            id: Int64, pupil: PupilID, classID: ClassID, from: LocalDate, to: LocalDate?,
            arrivalOrder: String?, arrivedFrom: String?, departureOrder: String?, departedTo: String?
        ) {
            self.id = id
            self.pupil = pupil
            self.classID = classID
            self.from = from
            self.to = to
            self.arrivalOrder = arrivalOrder
            self.arrivedFrom = arrivedFrom
            self.departureOrder = departureOrder
            self.departedTo = departedTo
        }
    }

    public struct Subgroup: Sendable, Hashable {
        public var id: SubgroupID
        public var classID: ClassID
        public var subject: SubjectID
        /// «1 группа».
        public var name: String

        public init(id: SubgroupID, classID: ClassID, subject: SubjectID, name: String) {
            self.id = id
            self.classID = classID
            self.subject = subject
            self.name = name
        }
    }

    public struct SubgroupMembership: Sendable, Hashable {
        public var subgroup: SubgroupID
        public var pupil: PupilID
        public var period: PeriodID

        public init(subgroup: SubgroupID, pupil: PupilID, period: PeriodID) {
            self.subgroup = subgroup
            self.pupil = pupil
            self.period = period
        }
    }

    /// One line of the учебный план: hours of a subject in a class over the year.
    public struct CurriculumLine: Sendable, Hashable {
        public var classID: ClassID
        public var subject: SubjectID
        public var hoursPerYear: Int

        public init(classID: ClassID, subject: SubjectID, hoursPerYear: Int) {
            self.classID = classID
            self.subject = subject
            self.hoursPerYear = hoursPerYear
        }
    }

    public struct Teaching: Sendable, Hashable {
        public var id: TeachingID
        public var classID: ClassID
        public var subject: SubjectID
        public var subgroup: SubgroupID?
        public var teacher: StaffID

        public init(id: TeachingID, classID: ClassID, subject: SubjectID, subgroup: SubgroupID?, teacher: StaffID) {
            self.id = id
            self.classID = classID
            self.subject = subject
            self.subgroup = subgroup
            self.teacher = teacher
        }
    }

    public struct TimetableSlot: Sendable, Hashable {
        public var id: Int64
        public var teaching: TeachingID
        /// ISO weekday, 1 = Monday.
        public var weekday: Int
        public var lessonNumber: Int
        public var room: String

        public init(id: Int64, teaching: TeachingID, weekday: Int, lessonNumber: Int, room: String) {
            self.id = id
            self.teaching = teaching
            self.weekday = weekday
            self.lessonNumber = lessonNumber
            self.room = room
        }
    }

    /// One line of a КТП (календарно-тематическое планирование).
    public struct LessonPlanItem: Sendable, Hashable {
        public var teaching: TeachingID
        /// 1, 2, … in teaching order.
        public var position: Int
        public var topic: String
        public var hours: Int

        public init(teaching: TeachingID, position: Int, topic: String, hours: Int) {
            self.teaching = teaching
            self.position = position
            self.topic = topic
            self.hours = hours
        }
    }

    public struct Lesson: Sendable, Hashable {
        public var id: LessonID
        public var teaching: TeachingID
        public var classID: ClassID
        public var subject: SubjectID
        public var subgroup: SubgroupID?
        public var date: LocalDate
        public var number: Int
        public var startsAt: TimeOfDay
        public var endsAt: TimeOfDay
        public var room: String
        public var scheduledTeacher: StaffID
        public var actualTeacher: StaffID?
        public var topic: String
        public var homework: String
        /// When the teacher took attendance; nil until the lesson is held.
        public var attendanceTakenAt: Date?

        public init(
            id: LessonID, teaching: TeachingID, classID: ClassID, subject: SubjectID, subgroup: SubgroupID?,
            date: LocalDate, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay, room: String,
            scheduledTeacher: StaffID, actualTeacher: StaffID?, topic: String, homework: String,
            attendanceTakenAt: Date? = nil
        ) {
            self.id = id
            self.teaching = teaching
            self.classID = classID
            self.subject = subject
            self.subgroup = subgroup
            self.date = date
            self.number = number
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.room = room
            self.scheduledTeacher = scheduledTeacher
            self.actualTeacher = actualTeacher
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
        public var pupil: PupilID
        public var value: MarkValue
        public var changedAt: Date
        public var changedBy: AccountID

        public init(assignment: AssignmentID, pupil: PupilID, value: MarkValue, changedAt: Date, changedBy: AccountID) {
            self.assignment = assignment
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
        public var note: String
        public var changedAt: Date
        public var changedBy: AccountID

        public init(
            lesson: LessonID, pupil: PupilID, code: AttendanceCode, note: String, changedAt: Date, changedBy: AccountID
        ) {
            self.lesson = lesson
            self.pupil = pupil
            self.code = code
            self.note = note
            self.changedAt = changedAt
            self.changedBy = changedBy
        }
    }

    public enum FinalKind: String, Sendable, Hashable {
        case period
        case year
        case exam
        case final
    }

    public struct PeriodFinal: Sendable, Hashable {
        public var id: Int64
        public var pupil: PupilID
        public var classID: ClassID
        public var subject: SubjectID
        public var kind: FinalKind
        /// Set exactly when `kind` is `.period`.
        public var period: PeriodID?
        /// "1"…"5", "н/а", "зач", "незач", "осв".
        public var value: String
        public var changedAt: Date
        public var changedBy: AccountID

        public init(
            id: Int64, pupil: PupilID, classID: ClassID, subject: SubjectID, kind: FinalKind,
            period: PeriodID?, value: String, changedAt: Date, changedBy: AccountID
        ) {
            self.id = id
            self.pupil = pupil
            self.classID = classID
            self.subject = subject
            self.kind = kind
            self.period = period
            self.value = value
            self.changedAt = changedAt
            self.changedBy = changedBy
        }
    }

    /// The one person an account belongs to.
    public enum AccountHolder: Sendable, Hashable {
        case staff(StaffID)
        case parent(ParentID)
        case pupil(PupilID)
    }

    public struct Account: Sendable, Hashable {
        public var id: AccountID
        public var login: String
        /// An encoded Argon2id string (`PasswordHasher.hash`).
        public var passwordHash: String
        public var holder: AccountHolder
        public var language: Language

        public init(id: AccountID, login: String, passwordHash: String, holder: AccountHolder, language: Language) {
            self.id = id
            self.login = login
            self.passwordHash = passwordHash
            self.holder = holder
            self.language = language
        }
    }

    public struct AccountRole: Sendable, Hashable {
        public var account: AccountID
        public var role: Role

        public init(account: AccountID, role: Role) {
            self.account = account
            self.role = role
        }
    }
}
