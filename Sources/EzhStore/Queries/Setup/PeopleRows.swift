import EzhCore

/// The academic year a setup import works in.
public struct SetupYear: Sendable, Hashable {
    public let id: YearID
    public let name: String
    public let span: DateSpan
}

/// A member of staff as stored, with their account (if any), roles and subjects.
public struct StoredStaff: Sendable, Hashable {
    public let id: StaffID
    public var name: PersonName
    public var position: String
    public var phone: String?
    public let accountID: AccountID?
    public let login: String?
    public var roles: Set<Role>
    public var subjects: Set<SubjectID>
}

/// A class of the year as stored.
public struct StoredClass: Sendable, Hashable {
    public let id: ClassID
    public let name: ClassName
    public var classTeacher: StaffID?
    public var room: String
    public var shift: Int
    public var scheme: PeriodScheme
}

/// A pupil as stored, with the class they are in on the import's day (nil: not in a class of
/// the year on that day).
public struct StoredPupil: Sendable, Hashable {
    public let id: PupilID
    public var name: PersonName
    public var sex: PupilSex
    public var birthDate: LocalDate?
    public var personalFile: String?
    public var phone: String?
    public var email: String?
    public var classID: ClassID?

    public init(
        id: PupilID, name: PersonName, sex: PupilSex, birthDate: LocalDate?, personalFile: String?, phone: String?,
        email: String?, classID: ClassID?
    ) {
        self.id = id
        self.name = name
        self.sex = sex
        self.birthDate = birthDate
        self.personalFile = personalFile
        self.phone = phone
        self.email = email
        self.classID = classID
    }
}

/// A parent as stored, with their children and the relation to each.
public struct StoredParent: Sendable, Hashable {
    public let id: ParentID
    public var name: PersonName
    public var phone: String?
    public var email: String?
    public var children: [PupilID: String]

    public init(id: ParentID, name: PersonName, phone: String?, email: String?, children: [PupilID: String]) {
        self.id = id
        self.name = name
        self.phone = phone
        self.email = email
        self.children = children
    }
}

/// A subgroup of a class in a subject.
public struct StoredSubgroup: Sendable, Hashable {
    public let id: SubgroupID
    public let classID: ClassID
    public let subjectID: SubjectID
    public let name: String

    public init(id: SubgroupID, classID: ClassID, subjectID: SubjectID, name: String) {
        self.id = id
        self.classID = classID
        self.subjectID = subjectID
        self.name = name
    }
}
