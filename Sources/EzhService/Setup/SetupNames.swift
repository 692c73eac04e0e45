import EzhCore
internal import EzhStore

/// How files write the names of classes, subjects, subgroups and people, compared the way a
/// person would: case, extra spaces and «ё» do not matter; in class names neither do spaces,
/// hyphens, quotes or a Latin letter that looks Cyrillic («5A» is «5А»).
enum SetupName {
    static func key(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    static func classKey(_ text: String) -> String {
        let latin: [Character: Character] = [
            "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
        ]
        let kept = text.uppercased().filter { !$0.isWhitespace && !"-«»\"'".contains($0) }
        return String(kept.map { latin[$0] ?? $0 }).replacingOccurrences(of: "Ё", with: "Е")
    }
}

/// The year's classes by the names files give them.
struct ClassBook {
    let byKey: [String: SetupClassRow]

    init(_ classes: [SetupClassRow]) {
        byKey = Dictionary(classes.map { (SetupName.classKey($0.name.description), $0) }, uniquingKeysWith: { first, _ in first })
    }

    func find(_ text: String) -> SetupClassRow? { byKey[SetupName.classKey(text)] }

    /// «класса «5Д» нет в школе; …».
    static func unknown(_ text: String) -> BilingualText {
        BilingualText(
            "класса «\(text)» нет в учебном году; загрузите его файлом классов или исправьте название",
            "there is no class “\(text)” in the school year; import it with the classes file or correct the name")
    }
}

/// The school's subjects by name.
struct SubjectBook {
    private(set) var byKey: [String: (id: SubjectID, name: String)]

    init(_ subjects: [(id: SubjectID, name: String)]) {
        byKey = Dictionary(subjects.map { (SetupName.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
    }

    func find(_ text: String) -> (id: SubjectID, name: String)? { byKey[SetupName.key(text)] }

    mutating func add(_ id: SubjectID, _ name: String) { byKey[SetupName.key(name)] = (id, name) }

    static func unknown(_ text: String) -> BilingualText {
        BilingualText(
            "предмета «\(text)» нет в школе; загрузите учебный план с этим предметом или исправьте название",
            "there is no subject “\(text)”; import the curriculum with it or correct the name")
    }
}

/// Staff as files name them: by login, by full name, or by surname and initials when only one
/// person fits.
struct StaffBook {
    enum Match {
        case found(SetupStaffRow)
        case ambiguous([SetupStaffRow])
        case unknown
    }

    let staff: [SetupStaffRow]
    private let byLogin: [String: SetupStaffRow]

    init(_ staff: [SetupStaffRow]) {
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
        switch matches.count {
        case 0: return .unknown
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
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

    /// The problem for a teacher a file names who cannot be told.
    static func problem(_ text: String, _ match: Match) -> BilingualText? {
        switch match {
        case .found: return nil
        case .unknown:
            return BilingualText(
                "сотрудника «\(text)» нет; укажите логин учителя или его ФИО, как в файле сотрудников",
                "there is no member of staff “\(text)”; give the teacher's login or full name as in the staff file")
        case .ambiguous(let rows):
            let names = rows.map { "\($0.name.full)\($0.login.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
            return BilingualText(
                "«\(text)» подходит нескольким сотрудникам: \(names); укажите логин",
                "“\(text)” fits several members of staff: \(names); give the login")
        }
    }
}
