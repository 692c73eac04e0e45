/// A kind of work a mark is given for (тип задания), with the weight the school gives it.
public struct WorkType: Hashable, Sendable, Identifiable {
    public let id: WorkTypeID
    public let name: String
    /// A short form for narrow grid headers: «К/р», «Д/з».
    public let abbreviation: String
    public let weight: Double

    public init(id: WorkTypeID, name: String, abbreviation: String, weight: Double) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.weight = weight
    }

    /// The weight as a teacher reads it: "1", "1.5", "2".
    public var weightText: String {
        weight == weight.rounded() ? String(Int(weight)) : String(format: "%.1f", weight)
    }
}

extension TextLimit {
    /// An assignment's own topic (a контрольная's «Сложение дробей»).
    public static let assignmentTopic = TextLimit("Тема задания", "Assignment topic", maximum: 500)
}
