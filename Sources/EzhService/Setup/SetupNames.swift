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

/// The year's classes and the school's subjects, as the rows of a timetable or a КТП name them.
struct ClassSubjectBook {
    let classes: ClassBook
    let subjects: SubjectBook

    init(_ frame: YearTimetableFrame, _ db: StoreTransaction) throws {
        classes = ClassBook(Array(frame.classes.values))
        subjects = SubjectBook(try SetupLookups.subjects(db))
    }

    /// A row's class and subject, with a problem at its column for each the school does not have.
    func find(
        className: String, subject: String, at place: SheetPlace, columns: (className: String, subject: String),
        _ problems: inout [ImportProblem]
    ) -> (schoolClass: SetupClassRow?, subject: (id: SubjectID, name: String)?) {
        let schoolClass = classes.find(className)
        if schoolClass == nil { problems.append(ImportProblem(place, columns.className, ClassBook.unknown(className))) }
        let found = subjects.find(subject)
        if found == nil { problems.append(ImportProblem(place, columns.subject, SubjectBook.unknown(subject))) }
        return (schoolClass, found)
    }
}
