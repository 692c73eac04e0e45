import EzhCore

/// What one imported row did to the journal.
enum RowOutcome {
    case added
    case changed
    case unchanged

    /// The outcome of setting a value: nothing stored before, the same, or another.
    init<T: Equatable>(old: T?, new: T) {
        self = old == nil ? .added : old == new ? .unchanged : .changed
    }
}

extension ImportReport {
    mutating func count(_ outcome: RowOutcome) {
        switch outcome {
        case .added: added += 1
        case .changed: changed += 1
        case .unchanged: unchanged += 1
        }
    }

    /// A notice about the file as a whole.
    mutating func notice(_ message: BilingualText) {
        notices.append(ImportProblem(file: file, row: nil, column: nil, message: message))
    }
}
