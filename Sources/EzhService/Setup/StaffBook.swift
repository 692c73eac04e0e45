import EzhCore
internal import EzhStore

/// A member of staff as another file names them: who, by which name, with which login.
protocol NamedStaff {
    var id: StaffID { get }
    var name: PersonName { get }
    var login: String? { get }
}

extension StoredStaff: NamedStaff {}
extension SetupStaffRow: NamedStaff {}

/// Staff as files name them: by login, by full name («Иванова Анна Петровна», «Иванова Анна»),
/// or by surname and initials («Иванова А.П.») when only one person fits; case, extra spaces
/// and «ё» do not matter. The one lookup of every import that names a teacher.
struct StaffBook<Row: NamedStaff> {
    enum Match {
        case found(Row)
        /// Several people fit the name; the file must give the login.
        case ambiguous([Row])
        case unknown
    }

    let staff: [Row]
    private let byLogin: [String: Row]

    init(_ staff: [Row]) {
        self.staff = staff
        byLogin = Dictionary(staff.compactMap { row in row.login.map { ($0.lowercased(), row) } }, uniquingKeysWith: { first, _ in first })
    }

    func find(_ text: String) -> Match {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let row = byLogin[trimmed.lowercased()] { return .found(row) }
        let wanted = SetupName.key(trimmed)
        var matches = staff.filter { SetupName.key($0.name.full) == wanted || SetupName.key($0.name.lastAndFirst) == wanted }
        if matches.isEmpty, let initials = Self.initialsForm(trimmed) {
            matches = staff.filter { row in
                SetupName.key(row.name.last) == initials.last
                    && zip([row.name.first, row.name.patronymic], initials.letters).allSatisfy { SetupName.key(String($0.prefix(1))) == $1 }
                    && initials.letters.count <= (row.name.patronymic.isEmpty ? 1 : 2)
            }
        }
        // One person with two accounts is still one person.
        var seen = Set<StaffID>()
        let people = matches.filter { seen.insert($0.id).inserted }
        switch people.count {
        case 0: return .unknown
        case 1: return .found(people[0])
        default: return .ambiguous(people)
        }
    }

    /// Staff with exactly this full name (every account of each).
    func named(_ name: PersonName) -> [Row] {
        let key = SetupName.key(name.full)
        return staff.filter { SetupName.key($0.name.full) == key }
    }

    /// «Иванова А.П.», «Иванова А. П.», «Иванова А.»: the surname and the initials' letters.
    private static func initialsForm(_ text: String) -> (last: String, letters: [String])? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return nil }
        let rest = words.dropFirst().joined()
        guard rest.contains(".") else { return nil }
        let letters = rest.split(separator: ".").map { SetupName.key(String($0)) }
        guard (1...2).contains(letters.count), letters.allSatisfy({ $0.count == 1 }) else { return nil }
        return (SetupName.key(words[0]), letters)
    }

    /// The problem for a member of staff a file names who cannot be told.
    static func problem(_ text: String, _ match: Match) -> BilingualText? {
        switch match {
        case .found: return nil
        case .unknown:
            return BilingualText(
                "сотрудника «\(text)» нет; укажите логин или ФИО, как в файле сотрудников (ezh import staff)",
                "there is no member of staff “\(text)”; give the login or the full name as in the staff file (ezh import staff)")
        case .ambiguous(let rows):
            let names = rows.map { "\($0.name.full)\($0.login.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
            return BilingualText(
                "«\(text)» подходит нескольким сотрудникам: \(names); укажите логин",
                "“\(text)” fits several members of staff: \(names); give the login")
        }
    }
}
