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
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// The key class lists sort by: lower case, «ё» as «е». Sorting many names, compute it once
    /// a name (`sortedAlphabetically`).
    public var sortKey: [String] {
        [last, first, patronymic].map { String($0.lowercased().map { $0 == "ё" ? "е" : $0 }) }
    }

    /// Sorts items by a name in class-list order, computing each name's key once.
    public static func sortedAlphabetically<T>(_ items: [T], by name: (T) -> PersonName) -> [T] {
        items.map { ($0, name($0).sortKey) }
            .sorted { $0.1.lexicographicallyPrecedes($1.1) }
            .map(\.0)
    }
}
