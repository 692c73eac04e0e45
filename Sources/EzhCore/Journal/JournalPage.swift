/// One page of the class journal: a class (or one of its subgroups) and a subject. Teachers open
/// a page for a period and see its marks or attendance grid.
public struct JournalPage: Hashable, Sendable {
    public let classID: ClassID
    public let className: ClassName
    public let subjectID: SubjectID
    public let subjectName: String
    public let subgroupID: SubgroupID?
    public let subgroupName: String?

    public init(
        classID: ClassID, className: ClassName, subjectID: SubjectID, subjectName: String,
        subgroupID: SubgroupID? = nil, subgroupName: String? = nil
    ) {
        self.classID = classID
        self.className = className
        self.subjectID = subjectID
        self.subjectName = subjectName
        self.subgroupID = subgroupID
        self.subgroupName = subgroupName
    }

    /// «5А · Математика», «7Б (гр. 1) · Английский язык».
    public var title: String {
        let group = subgroupName.map { " (\($0))" } ?? ""
        return "\(className)\(group) · \(subjectName)"
    }
}
