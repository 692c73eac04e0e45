import EzhCore

/// What the pupil's edit form shows: the pupil's own data and contacts, and their parents with
/// theirs. Lists never carry these; only the form asks for them.
public struct PupilCard: Sendable, Hashable {
    public let pupil: PupilID
    public let className: ClassName
    public let details: PupilDetails
    public let parents: [ParentContact]

    public init(pupil: PupilID, className: ClassName, details: PupilDetails, parents: [ParentContact]) {
        self.pupil = pupil
        self.className = className
        self.details = details
        self.parents = parents
    }
}

/// A pupil's data as a form edits it.
public struct PupilDetails: Sendable, Hashable {
    public var name: PersonName
    public var birthDate: LocalDate?
    public var sex: PupilSex
    public var personalFile: String
    public var phone: String
    public var email: String

    public init(name: PersonName, birthDate: LocalDate?, sex: PupilSex, personalFile: String, phone: String, email: String) {
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
        self.personalFile = personalFile
        self.phone = phone
        self.email = email
    }
}

/// One parent of a pupil as the form shows and edits them.
public struct ParentContact: Sendable, Hashable {
    /// nil for a parent the form is adding.
    public var id: ParentID?
    public var name: PersonName
    public var phone: String
    public var email: String
    /// «мать», «отец», «опекун»...
    public var relation: String

    public init(id: ParentID?, name: PersonName, phone: String, email: String, relation: String) {
        self.id = id
        self.name = name
        self.phone = phone
        self.email = email
        self.relation = relation
    }
}
