import EzhCore
internal import EzhStore

/// Finds a member of staff that another file names: by login, by full name («Иванова Анна
/// Петровна») or by name with initials («Иванова А.П.»), ignoring case and «ё».
struct StaffDirectory {
    enum Lookup {
        case found(StoredStaff)
        case unknown
        /// Several people fit the name; the file must give the login.
        case ambiguous
    }

    private let staff: [StoredStaff]

    init(_ staff: [StoredStaff]) {
        self.staff = staff
    }

    func lookup(_ text: String) -> Lookup {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let byLogin = staff.first(where: { $0.login?.lowercased() == wanted.lowercased() }) { return .found(byLogin) }
        let key = Self.key(wanted)
        let matches = staff.filter { Self.key($0.name.full) == key || Self.key($0.name.withInitials) == key }
        // One person with two accounts is still one person.
        let people = Set(matches.map(\.id))
        guard people.count <= 1 else { return .ambiguous }
        return matches.first.map(Lookup.found) ?? .unknown
    }

    /// Staff with exactly this full name.
    func named(_ name: PersonName) -> [StoredStaff] {
        let key = Self.key(name.full)
        return staff.filter { Self.key($0.name.full) == key }
    }

    /// Lower case, «ё» as «е», no spaces: «Иванова А. П.» and «иванова а.п.» are the same.
    static func key(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace }.map { $0 == "ё" ? "е" : $0 })
    }
}
