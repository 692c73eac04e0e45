import EzhCore

/// Why the demo school could not be built through the imports: a defect of the generator (its
/// files must always import cleanly), named with what the import said.
enum DemoSetupError: UserFacingError {
    case refused(ImportKind, [ImportProblem])
    case lessonsRefused(BilingualText)
    case notImported(String)

    func message(in language: Language) -> String {
        let what: String
        switch self {
        case .refused(let kind, let problems):
            what = "\(kind.rawValue): " + problems.prefix(5).map { $0.text(in: language) }.joined(separator: "; ")
        case .lessonsRefused(let reason):
            what = reason.text(in: language)
        case .notImported(let name):
            what = name
        }
        return language == .ru ? "Демо-школа не собрана: \(what)" : "The demo school could not be built: \(what)"
    }
}
