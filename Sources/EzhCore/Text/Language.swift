/// The interface language: Russian by default, English as an option.
public enum Language: String, CaseIterable, Sendable {
    case ru
    case en
}

/// An error a person reads: it names what is wrong and what to do, in their language.
public protocol UserFacingError: Error {
    func message(in language: Language) -> String
}
