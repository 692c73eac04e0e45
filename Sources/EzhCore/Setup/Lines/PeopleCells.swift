import Foundation

/// How the school's own spreadsheets write the values of the people files, read into the
/// journal's values: the sheet mappings and the interface's forms read cells the same way.
public enum PeopleCells {
    /// «5А», «5 А», «5-а», «10Б» → ClassName; nil when there is no grade 1-11 followed by a letter.
    /// A Latin letter that looks Cyrillic («5A» typed on the English layout) is read as the Cyrillic one.
    public static func className(_ text: String) -> ClassName? {
        let compact = String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "«" && $0 != "»" }
            .map { latinLookalikes[$0] ?? $0 })
        let digits = compact.prefix(while: \.isNumber)
        let letter = String(compact.dropFirst(digits.count))
        guard let grade = Int(digits), (1...11).contains(grade), !letter.isEmpty, letter.count <= 3,
              letter.allSatisfy(\.isLetter)
        else { return nil }
        return ClassName(grade: grade, letter: letter)
    }

    private static let latinLookalikes: [Character: Character] = [
        "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х",
    ]

    /// A staff role as a school names it: «учитель», «классный руководитель», «завуч» /
    /// «заместитель директора», «директор», «администратор», or the English names.
    public static func staffRole(_ text: String) -> Role? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "ё", with: "е")
        switch name {
        case "учитель", "педагог", "teacher": return .teacher
        case "классный руководитель", "кл. руководитель", "кл.руководитель", "классный", "class teacher", "class_teacher":
            return .classTeacher
        case "завуч", "заместитель директора", "зам. директора", "зам.директора", "заместитель директора по увр",
             "deputy", "deputy director", "deputy head":
            return .deputy
        case "директор", "director", "head", "headteacher": return .director
        case "администратор", "администратор эж", "administrator", "admin": return .administrator
        default: return nil
        }
    }

    /// A list cell split at «,» or «;» (and new lines), trimmed, empty items dropped.
    public static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// «Английский язык: 1 группа; Информатика: 2 группа» → the pupil's subgroups; nil when an
    /// item lacks its subject or its group.
    public static func subgroups(_ text: String) -> [SubgroupChoice]? {
        var choices: [SubgroupChoice] = []
        for item in text.split(whereSeparator: { $0 == ";" || $0.isNewline }) {
            let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !item.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            choices.append(SubgroupChoice(subject: parts[0], group: parts[1]))
        }
        return choices
    }
}
