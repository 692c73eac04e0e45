/// One class's average in one subject over a span, as the school-wide report lists it: plain and
/// weighted, dots excluded.
public struct ClassSubjectAverage: Sendable, Hashable {
    public let classID: ClassID
    public let className: ClassName
    public let subject: String
    public let marks: Int
    public let plain: Double
    public let weighted: Double

    public init(classID: ClassID, className: ClassName, subject: String, marks: Int, plain: Double, weighted: Double) {
        self.classID = classID
        self.className = className
        self.subject = subject
        self.marks = marks
        self.plain = plain
        self.weighted = weighted
    }
}
