/// One row of a lesson plan (КТП): a topic, the hours it takes and, when the teacher set it, the
/// day it is planned for. Its number is its place in the plan.
public struct PlanRow: Hashable, Sendable {
    public var topic: String
    public var hours: Int
    public var plannedDate: LocalDate?

    public init(topic: String, hours: Int = 1, plannedDate: LocalDate? = nil) {
        self.topic = topic
        self.hours = hours
        self.plannedDate = plannedDate
    }
}

extension [PlanRow] {
    public var totalHours: Int { map(\.hours).reduce(0, +) }

    /// The row holding plan hour `hour` (1-based): a topic of three hours covers three lessons.
    public func rowIndex(ofHour hour: Int) -> Int? {
        guard hour > 0 else { return nil }
        var through = 0
        for (index, row) in enumerated() {
            through += row.hours
            if hour <= through { return index }
        }
        return nil
    }
}
