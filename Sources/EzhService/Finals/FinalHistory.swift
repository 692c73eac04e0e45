import EzhCore

/// A final's history for the grid's history view: its changes, and the corrections recorded
/// after its period was closed.
public struct FinalHistory: Sendable, Hashable {
    public let entries: [HistoryEntry]
    public let corrections: [FinalCorrection]

    public init(entries: [HistoryEntry], corrections: [FinalCorrection]) {
        self.entries = entries
        self.corrections = corrections
    }
}

/// A retake or an appeal recorded after closing, under the school's order.
public struct FinalCorrection: Sendable, Hashable {
    public let kind: FinalCorrectionKind
    public let oldValue: String
    public let newValue: String
    public let orderNumber: String
    /// Nil on corrections recorded before the order's date was asked (schema 2).
    public let orderDate: LocalDate?
    public let reason: String
    public let madeAt: String
    public let who: String

    public init(
        kind: FinalCorrectionKind, oldValue: String, newValue: String, orderNumber: String, orderDate: LocalDate?, reason: String,
        madeAt: String, who: String
    ) {
        self.kind = kind
        self.oldValue = oldValue
        self.newValue = newValue
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.reason = reason
        self.madeAt = madeAt
        self.who = who
    }

    /// «пересдача 2 → 3, приказ № 12-у от 05.06.2027: ликвидация задолженности (Петрова А.В.)».
    public func summary(in language: Language) -> String {
        let date = orderDate.map { language == .ru ? " от \($0.russian)" : " of \($0.russian)" } ?? ""
        let order = language == .ru ? "приказ \(orderNumber)\(date)" : "order \(orderNumber)\(date)"
        return "\(kind.name(in: language)) \(oldValue) → \(newValue), \(order): \(reason)" + (who.isEmpty ? "" : " (\(who))")
    }
}

/// A correction of one of a class's finals, with whose and which, for the class's reports.
public struct ClassFinalCorrection: Sendable, Hashable {
    public let pupil: PersonName
    public let subject: String
    public let final: FinalKind
    public let correction: FinalCorrection

    public init(pupil: PersonName, subject: String, final: FinalKind, correction: FinalCorrection) {
        self.pupil = pupil
        self.subject = subject
        self.final = final
        self.correction = correction
    }
}
