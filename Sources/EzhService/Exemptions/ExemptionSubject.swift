import EzhCore

/// A subject an exemption may cover, as the form lists it.
public struct ExemptionSubject: Hashable, Sendable {
    public let id: SubjectID
    public let name: String

    public init(id: SubjectID, name: String) {
        self.id = id
        self.name = name
    }
}
