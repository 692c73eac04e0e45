import EzhCore
import Foundation

/// The demo school's people, classes and calendar as the generator makes them, before they are
/// written into the school's files: ids are the generator's own (positions plus one), which the
/// journal does not share; `DemoIDs` finds the journal's rows by their natural keys.
enum DemoRows {
    struct Period: Sendable, Hashable {
        var id: PeriodID
        var scheme: PeriodScheme
        var number: Int
        var span: DateSpan
        /// When the administrator closes it; nil while it stays open.
        var closedAt: Date?
    }

    struct DayOff: Sendable, Hashable {
        var id: Int64
        var span: DateSpan
        var name: String

        init(id: Int64, span: DateSpan, name: String) {
            self.id = id
            self.span = span
            self.name = name
        }
    }
    struct Bell: Sendable, Hashable {
        var id: Int64
        var shift: Int
        var lessonNumber: Int
        var startsAt: TimeOfDay
        var endsAt: TimeOfDay

        init(id: Int64, shift: Int, lessonNumber: Int, startsAt: TimeOfDay, endsAt: TimeOfDay) {
            self.id = id
            self.shift = shift
            self.lessonNumber = lessonNumber
            self.startsAt = startsAt
            self.endsAt = endsAt
        }
    }
    struct Staff: Sendable, Hashable {
        var id: StaffID
        var name: PersonName
        /// «Учитель математики», «Заместитель директора по УВР».
        var position: String

        init(id: StaffID, name: PersonName, position: String) {
            self.id = id
            self.name = name
            self.position = position
        }
    }
    enum Gender: String, Sendable, Hashable {
        case male = "m"
        case female = "f"
    }
    struct Pupil: Sendable, Hashable {
        var id: PupilID
        var name: PersonName
        var gender: Gender
        var birthDate: LocalDate?

        init(id: PupilID, name: PersonName, gender: Gender, birthDate: LocalDate?) {
            self.id = id
            self.name = name
            self.gender = gender
            self.birthDate = birthDate
        }
    }
    struct Parent: Sendable, Hashable {
        var id: ParentID
        var name: PersonName
        var phone: String?

        init(id: ParentID, name: PersonName, phone: String?) {
            self.id = id
            self.name = name
            self.phone = phone
        }
    }
    struct ParentLink: Sendable, Hashable {
        var parent: ParentID
        var pupil: PupilID
        /// «мать», «отец».
        var relation: String

        init(parent: ParentID, pupil: PupilID, relation: String) {
            self.parent = parent
            self.pupil = pupil
            self.relation = relation
        }
    }
    /// A pupil's stay in a class, with the orders of arrival and departure (движение).
    struct ClassMembership: Sendable, Hashable {
        var id: Int64
        var pupil: PupilID
        var classID: ClassID
        var from: LocalDate
        /// The last day in the class; nil while the pupil stays.
        var to: LocalDate?
        var arrivalOrder: String?
        var arrivedFrom: String?
        var departureOrder: String?
        var departedTo: String?

        init(
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
    struct Subgroup: Sendable, Hashable {
        var id: SubgroupID
        var classID: ClassID
        var subject: SubjectID
        /// «1 группа».
        var name: String

        init(id: SubgroupID, classID: ClassID, subject: SubjectID, name: String) {
            self.id = id
            self.classID = classID
            self.subject = subject
            self.name = name
        }
    }
    struct SubgroupMembership: Sendable, Hashable {
        var subgroup: SubgroupID
        var pupil: PupilID
        var period: PeriodID

        init(subgroup: SubgroupID, pupil: PupilID, period: PeriodID) {
            self.subgroup = subgroup
            self.pupil = pupil
            self.period = period
        }
    }
    struct Teaching: Sendable, Hashable {
        var id: Int64
        var classID: ClassID
        var subject: SubjectID
        var subgroup: SubgroupID?
        var teacher: StaffID

        init(id: Int64, classID: ClassID, subject: SubjectID, subgroup: SubgroupID?, teacher: StaffID) {
            self.id = id
            self.classID = classID
            self.subject = subject
            self.subgroup = subgroup
            self.teacher = teacher
        }
    }
}
