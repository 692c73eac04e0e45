public enum MessageThreadTag {}
/// A conversation: a member of staff and a pupil's family, or staff and the deputy.
public typealias MessageThreadID = EntityID<MessageThreadTag>

public enum MessageTag {}
/// One message in a thread; its text lives in versions (a correction is a new version).
public typealias MessageID = EntityID<MessageTag>

/// What a message is: written by a person, or a notice the class teacher reviewed and sent
/// (the deputy's control report counts those).
public enum MessageKind: String, Sendable, Hashable, CaseIterable {
    case message
    case notice
}

/// Whom a thread is between.
public enum MessageThreadKind: String, Sendable, Hashable {
    /// A member of staff and the parents (or the pupil) of one pupil.
    case family
    /// Members of staff among themselves: a teacher and the deputy.
    case staff
}
