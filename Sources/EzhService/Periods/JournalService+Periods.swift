import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The deputy (or the administrator) closes a period for every class: from then on nothing
    /// in it changes except by the deputy's correction records (rule 5).
    public func closePeriod(_ session: Session, _ periodID: PeriodID) throws {
        let closed = try write(session) { db, stamp in
            try require(.closePeriod, try viewer(for: session, db))
            guard let period = try SchoolQueries.period(periodID, db) else { throw JournalError.notFound(.period) }
            guard !period.isClosed else { return false }
            try PeriodWrites.close(periodID, at: stamp.at, db)
            try ChangeLog.record(stamp.change(
                entity: "period", key: "period=\(periodID)", field: "closed", from: nil, to: InstantFormat.string(stamp.at)
            ), in: db)
            return true
        }
        if closed { anchorPeriodClosing(periodID) }
    }

    /// The teacher of a page sets a pupil's final for a period (rule 4: by the order's date;
    /// rule 5: not in a closed period), if the cell still holds `seen`, the final the teacher's
    /// screen showed (as `setMark`).
    public func setPeriodFinal(
        _ session: Session, page: JournalPage, period periodID: PeriodID, pupil: PupilID, value: String?, replacing seen: String?
    ) throws {
        try setFinal(session, page: page, kind: .period(periodID), pupil: pupil, value: value, replacing: seen)
    }

    /// After a period is closed, the deputy records a retake or an appeal with its order's
    /// number and date and the reason; the final takes the new value and the old one stays in
    /// the history. `seen` is the final the deputy corrects: one corrected meanwhile by another
    /// terminal is refused. The year's, exam and final marks follow the year's last period.
    public func correctClosedFinal(
        _ session: Session, pupil: PupilID, subject: SubjectID, period periodID: PeriodID, newValue: String, replacing seen: String,
        kind: FinalCorrectionKind, orderNumber: String, orderDate: LocalDate, reason: String
    ) throws {
        try correctClosedFinal(
            session, pupil: pupil, subject: subject, final: .period(periodID), newValue: newValue, replacing: seen, kind: kind,
            orderNumber: orderNumber, orderDate: orderDate, reason: reason
        )
    }

    public func correctClosedFinal(
        _ session: Session, pupil: PupilID, subject: SubjectID, final finalKind: FinalKind, newValue: String, replacing seen: String,
        kind: FinalCorrectionKind, orderNumber: String, orderDate: LocalDate, reason: String
    ) throws {
        try TextLimit.orderNumber.check(orderNumber.trimmingCharacters(in: .whitespaces))
        try TextLimit.reason.check(reason.trimmingCharacters(in: .whitespaces))
        try write(session) { db, stamp in
            try require(.correctClosedFinal, try viewer(for: session, db))
            if let periodID = finalKind.periodID { try refuseClosedYear(ofPeriod: periodID, db) }
            let cell = try FinalsQueries.final(pupil: pupil, subject: subject, kind: finalKind, db)
            guard let id = cell.id, let old = cell.value, let classID = try FinalsQueries.classOfFinal(id, db) else {
                throw JournalError.notFound(BilingualText(
                    "итоговая отметка ученика за этот период", "the pupil's final mark for this period"
                ))
            }
            let periodID = try finalsPeriod(of: finalKind, classID: classID, db)
            try refuseClosedYear(ofPeriod: periodID, db)
            guard try FinalsQueries.closings(ofClass: classID, db)[periodID] != nil else {
                throw JournalError.invalidInput(field: BilingualText("Период", "Period"), problem: BilingualText(
                    "ещё открыт: итоговую отметку меняет учитель, запись об исправлении не нужна",
                    "still open: the teacher changes the final mark, no correction record is needed"
                ))
            }
            guard FinalMarkValue.all.contains(newValue) else {
                throw JournalError.invalidInput(field: .finalMark, problem: .notAFinal(newValue))
            }
            let order = orderNumber.trimmingCharacters(in: .whitespaces)
            let why = reason.trimmingCharacters(in: .whitespaces)
            guard !order.isEmpty else {
                throw JournalError.invalidInput(
                    field: BilingualText("Приказ", "Order"), problem: BilingualText("укажите номер приказа", "type the order's number")
                )
            }
            guard !why.isEmpty else {
                throw JournalError.invalidInput(field: .reason, problem: BilingualText("укажите причину", "type the reason"))
            }
            guard orderDate <= timeZone.localDate(of: stamp.at) else {
                throw JournalError.invalidInput(field: BilingualText("Дата приказа", "Order date"), problem: BilingualText(
                    "\(orderDate.russian) ещё не наступила: укажите дату подписанного приказа",
                    "\(orderDate.russian) is still to come: give the date of the signed order"
                ))
            }
            let key = finalKey(pupil: pupil, subject: subject, kind: finalKind)
            guard old == seen else { throw JournalError.cellChanged(try cellChange(entity: "period_final", key: key, now: old, db)) }
            try FinalsQueries.correctFinal(
                id, kind: kind.rawValue, from: old, to: newValue, order: order, orderDate: orderDate, reason: why,
                by: stamp.account, at: stamp.at, db
            )
            try ChangeLog.record(stamp.change(
                entity: "period_final", key: key, field: "value (\(kind.rawValue), приказ \(order) от \(orderDate.russian))",
                from: old, to: newValue, scope: ChangeScope(classID: classID, subjectID: subject, lessonDate: nil)
            ), in: db)
        }
    }
}

/// A correction of a closed period's final: a retake of an academic debt, or an appeal.
public enum FinalCorrectionKind: String, Sendable, CaseIterable {
    case retake
    case appeal

    /// «пересдача», «апелляция».
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.retake, .ru): "пересдача"
        case (.appeal, .ru): "апелляция"
        case (.retake, .en): "retake"
        case (.appeal, .en): "appeal"
        }
    }
}

/// The values a period, year, exam or final mark can take.
public enum FinalMarkValue {
    public static let all: Set<String> = ["1", "2", "3", "4", "5", "н/а", "зач", "незач", "осв"]
    /// In the order a list offers them.
    public static let ordered = ["5", "4", "3", "2", "1", "н/а", "зач", "незач", "осв"]
}
