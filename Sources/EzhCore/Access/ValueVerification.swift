/// The result of comparing every journal value with the newest history row for it: a value
/// changed behind ezh's back (its table updated with no history row) or a value row deleted
/// behind its back (the history says it holds a value, the table has none) is named here.
public struct ValueVerification: Sendable, Equatable {
    /// How many values and newest history rows disagree.
    public let mismatches: Int
    /// The first of them, in the order kinds are checked (marks, attendance, finals, topics,
    /// homework), readable.
    public let first: ValueMismatch?

    public init(mismatches: Int, first: ValueMismatch?) {
        self.mismatches = mismatches
        self.first = first
    }

    public var holds: Bool { mismatches == 0 }

    public func message(in language: Language) -> String {
        guard let first else {
            return language == .ru
                ? "Значения журнала совпадают с историей изменений."
                : "Every journal value matches its change history."
        }
        let more = mismatches - 1
        switch language {
        case .ru:
            return "Значение журнала не совпадает с историей: \(first.text(.ru))"
                + (more > 0 ? " (и ещё \(more) таких значений, всего \(mismatches))." : ".")
        case .en:
            return "A journal value does not match its history: \(first.text(.en))"
                + (more > 0 ? " (and \(more) more such values, \(mismatches) in all)." : ".")
        }
    }
}

/// One journal value that disagrees with its newest history row.
public struct ValueMismatch: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case mark, attendance, periodFinal, topic, homework

        func name(_ language: Language) -> String {
            switch (self, language) {
            case (.mark, .ru): "оценка"
            case (.mark, .en): "mark"
            case (.attendance, .ru): "посещаемость"
            case (.attendance, .en): "attendance"
            case (.periodFinal, .ru): "итоговая отметка"
            case (.periodFinal, .en): "final mark"
            case (.topic, .ru): "тема урока"
            case (.topic, .en): "lesson topic"
            case (.homework, .ru): "домашнее задание"
            case (.homework, .en): "homework"
            }
        }
    }

    public let kind: Kind
    /// Where the value is, in words: pupil, class, subject, the lesson's day or the period.
    public let place: String
    /// The history row's key as stored («assignment=12;pupil=40»), for whoever digs further.
    public let key: String
    /// What the table holds (nil: no row).
    public let stored: String?
    /// The newest history row's new value, or nil when it cleared the value.
    public let recorded: String?
    /// Whether the value has any history row at all.
    public let hasHistory: Bool

    public init(kind: Kind, place: String, key: String, stored: String?, recorded: String?, hasHistory: Bool) {
        self.kind = kind
        self.place = place
        self.key = key
        self.stored = stored
        self.recorded = recorded
        self.hasHistory = hasHistory
    }

    public func text(_ language: Language) -> String {
        let what = "\(kind.name(language)) — \(place) [\(key)]"
        let table = stored.map { "«\($0)»" }
        let history = recorded.map { "«\($0)»" }
        switch language {
        case .ru:
            guard hasHistory else { return "\(what): в таблице \(table ?? "пусто"), а в истории изменений записей нет (изменено в обход ezh)" }
            guard let table else { return "\(what): по истории \(history ?? "пусто"), а в таблице значения нет (удалено в обход ezh)" }
            return "\(what): в таблице \(table), а последняя запись истории — \(history ?? "значение удалено") (изменено в обход ezh)"
        case .en:
            guard hasHistory else { return "\(what): the table holds \(table ?? "nothing") but the history has no row for it (changed behind ezh's back)" }
            guard let table else { return "\(what): the history says \(history ?? "empty") but the table has no value (deleted behind ezh's back)" }
            return "\(what): the table holds \(table) but the newest history row says \(history ?? "removed") (changed behind ezh's back)"
        }
    }
}
