/// The result of checking the whole access log.
public enum AuditVerification: Sendable, Equatable {
    case intact(entries: Int)
    case broken(seq: Int64, reason: Reason)

    public enum Reason: Sendable, Equatable {
        /// The entry's content does not match its hash: it was changed.
        case changed
        /// Sequence numbers jump: entries before this one were removed.
        case removedBefore(expected: Int64)
        /// The entry does not follow the one stored before it: inserted, moved or reordered.
        case notLinked
        /// A change in the history has no log entry: its entry was removed.
        case unloggedChange(historyID: Int64)
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.intact(let count), .ru): "Журнал доступа цел: \(count) записей, цепочка сходится."
        case (.intact(let count), .en): "The access log is intact: \(count) entries, the chain holds."
        case (.broken(let seq, let reason), .ru): "Журнал доступа нарушен на записи № \(seq): \(reason.text(.ru))."
        case (.broken(let seq, let reason), .en): "The access log is broken at entry #\(seq): \(reason.text(.en))."
        }
    }
}

extension AuditVerification.Reason {
    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.changed, .ru): "содержимое записи изменено после внесения"
        case (.changed, .en): "the entry was changed after it was written"
        case (.removedBefore(let expected), .ru): "пропущены записи, ожидалась № \(expected)"
        case (.removedBefore(let expected), .en): "entries are missing, #\(expected) was expected"
        case (.notLinked, .ru): "запись не продолжает предыдущую (вставлена или переставлена)"
        case (.notLinked, .en): "the entry does not follow the previous one (inserted or reordered)"
        case (.unloggedChange(let id), .ru): "изменение № \(id) в истории не отражено в журнале доступа (запись удалена)"
        case (.unloggedChange(let id), .en): "history change #\(id) has no access-log entry (the entry was removed)"
        }
    }
}
