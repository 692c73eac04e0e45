import Foundation

/// One pupil as the school's list (алфавитная книга) gives them: the natural key is the
/// personal-file number (номер личного дела).
public struct PupilLine: Sendable, Hashable {
    public var place: SheetPlace
    public var name: PersonName
    public var birthDate: LocalDate?
    public var sex: PupilSex
    public var personalFile: String
    public var className: ClassName
    /// The pupil's subgroup in a subject that splits the class: «Английский язык» → «1 группа».
    public var subgroups: [SubgroupChoice]
    public var phone: String?
    public var email: String?

    public init(
        place: SheetPlace, name: PersonName, birthDate: LocalDate?, sex: PupilSex, personalFile: String,
        className: ClassName, subgroups: [SubgroupChoice] = [], phone: String? = nil, email: String? = nil
    ) {
        self.place = place
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
        self.personalFile = personalFile
        self.className = className
        self.subgroups = subgroups
        self.phone = phone
        self.email = email
    }
}

/// A pupil's sex as the school's lists write it: «м» or «ж».
public enum PupilSex: String, Sendable, Hashable, CaseIterable {
    case male = "m"
    case female = "f"

    /// «м»/«муж»/«мужской», «ж»/«жен»/«женский», or m/f/male/female; nil for anything else.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "м", "муж", "муж.", "мужской", "m", "male": self = .male
        case "ж", "жен", "жен.", "женский", "f", "female": self = .female
        default: return nil
        }
    }
}

/// One subject's subgroup of a pupil.
public struct SubgroupChoice: Sendable, Hashable {
    public var subject: String
    public var group: String

    public init(subject: String, group: String) {
        self.subject = subject
        self.group = group
    }
}
