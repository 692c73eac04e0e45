/// A Russian full name: фамилия, имя, отчество (the patronymic may be absent).
public struct PersonName: Hashable, Sendable {
    public var last: String
    public var first: String
    public var patronymic: String

    public init(last: String, first: String, patronymic: String = "") {
        self.last = last
        self.first = first
        self.patronymic = patronymic
    }

    /// «Иванова Мария Петровна».
    public var full: String {
        [last, first, patronymic].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// «Иванова Мария»: what a grid row needs, and no more of the child's data.
    public var lastAndFirst: String { "\(last) \(first)" }

    /// «Иванова М.П.».
    public var withInitials: String {
        let initials = [first, patronymic].compactMap { $0.first.map { "\($0)." } }.joined()
        return initials.isEmpty ? last : "\(last) \(initials)"
    }

    /// Alphabetical order of the class list: last name, then first name, then patronymic,
    /// with «ё» sorted as «е» the way Russian class lists are.
    public static func alphabetical(_ lhs: PersonName, _ rhs: PersonName) -> Bool {
        let key: (PersonName) -> [String] = { name in
            [name.last, name.first, name.patronymic].map { $0.lowercased().replacingOccurrences(of: "ё", with: "е") }
        }
        return key(lhs).lexicographicallyPrecedes(key(rhs))
    }
}
