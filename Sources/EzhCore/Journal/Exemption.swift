public enum ExemptionTag {}
public typealias ExemptionID = EntityID<ExemptionTag>

/// An exemption (освобождение, ОСВ): a pupil excused from some or all subjects over a span of
/// days, on an order or a medical certificate. The grids show «осв» in the pupil's cells of
/// those lessons and take no mark there.
public struct Exemption: Hashable, Sendable, Identifiable {
    public let id: ExemptionID
    public let pupil: PupilID
    public let days: DateSpan
    /// The subjects it covers; nil: all of them.
    public let subjects: [SubjectID]?
    /// Their names, for lists and refusals (empty when it covers all).
    public let subjectNames: [String]
    /// The order or certificate it rests on: «приказ № 12 от 01.11, справка ЛФК».
    public let reason: String

    public init(id: ExemptionID, pupil: PupilID, days: DateSpan, subjects: [SubjectID]?, subjectNames: [String], reason: String) {
        self.id = id
        self.pupil = pupil
        self.days = days
        self.subjects = subjects
        self.subjectNames = subjectNames
        self.reason = reason
    }

    /// Whether a lesson of `subject` on `day` falls under it.
    public func covers(_ subject: SubjectID, on day: LocalDate) -> Bool {
        days.contains(day) && (subjects?.contains(subject) ?? true)
    }
}

/// What the class teacher or the deputy types to record an exemption.
public struct ExemptionDraft: Hashable, Sendable {
    public let pupil: PupilID
    public let days: DateSpan
    public let subjects: [SubjectID]?
    public let reason: String

    public init(pupil: PupilID, days: DateSpan, subjects: [SubjectID]?, reason: String) {
        self.pupil = pupil
        self.days = days
        self.subjects = subjects
        self.reason = reason
    }
}
