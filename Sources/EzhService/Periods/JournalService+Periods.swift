import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The administrator closes a period: from then on nothing in it changes except by the
    /// deputy's correction records (rule 5).
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
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard viewer.taughtPages.contains(page), SchoolAction.setPeriodFinals.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.verbatim(page.title))
            }
            try refuseClosedYear(ofClass: page.classID, db)
            if let value, !FinalMarkValue.all.contains(value) {
                throw JournalError.invalidInput(field: .finalMark, problem: .notAFinal(value))
            }
            guard let (_, state) = try RuleQueries.periodState(ofClass: page.classID, on: try periodEnd(periodID, db), db)
            else { throw JournalError.notFound(.period) }
            guard try GridQueries.isPupil(pupil, on: page, day: state.span.last, period: periodID, db)
                || GridQueries.isPupil(pupil, on: page, day: state.span.first, period: periodID, db)
            else { throw JournalError.pupilNotOnPage }
            let context = EntryContext(
                kind: .periodFinal, teacher: viewer.staffID, classID: page.classID, subjectID: page.subjectID,
                lesson: nil, period: state, now: stamp.at
            )
            let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: stamp.at, db) } ?? []
            let permission: PermissionID?
            switch try ruleEngine(db).judge(context, permissions: permissions) {
            case .allowed: permission = nil
            case .allowedLate(let id): permission = id
            case .refused(let refusal): throw refusal
            }
            let old = try PeriodWrites.final(pupil: pupil, subject: page.subjectID, period: periodID, db).value
            guard old != value else { return }
            let key = "pupil=\(pupil);subject=\(page.subjectID);period=\(periodID)"
            guard old == seen else { throw JournalError.cellChanged(try cellChange(entity: "period_final", key: key, now: old, db)) }
            try PeriodWrites.setFinal(
                value, pupil: pupil, classID: page.classID, subject: page.subjectID, period: periodID, at: stamp.at,
                by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "period_final", key: key, field: "value", from: old, to: value, permission: permission,
                scope: ChangeScope(classID: page.classID, subjectID: page.subjectID, lessonDate: nil)
            ), in: db)
        }
    }

    /// After a period is closed, the deputy records a retake or an appeal with its order number
    /// and reason; the final takes the new value and the old one stays in the history. `seen` is
    /// the final the deputy corrects: one corrected meanwhile by another terminal is refused.
    public func correctClosedFinal(
        _ session: Session, pupil: PupilID, subject: SubjectID, period periodID: PeriodID, newValue: String, replacing seen: String,
        kind: FinalCorrectionKind, orderNumber: String, reason: String
    ) throws {
        try TextLimit.orderNumber.check(orderNumber.trimmingCharacters(in: .whitespaces))
        try TextLimit.reason.check(reason.trimmingCharacters(in: .whitespaces))
        try write(session) { db, stamp in
            try require(.correctClosedFinal, try viewer(for: session, db))
            try refuseClosedYear(ofPeriod: periodID, db)
            guard let period = try SchoolQueries.period(periodID, db) else { throw JournalError.notFound(.period) }
            guard period.isClosed else {
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
            let cell = try PeriodWrites.final(pupil: pupil, subject: subject, period: periodID, db)
            guard let id = cell.id, let old = cell.value else {
                throw JournalError.notFound(BilingualText(
                    "итоговая отметка ученика за этот период", "the pupil's final mark for this period"
                ))
            }
            let key = "pupil=\(pupil);subject=\(subject);period=\(periodID)"
            guard old == seen else { throw JournalError.cellChanged(try cellChange(entity: "period_final", key: key, now: old, db)) }
            try PeriodWrites.correctFinal(
                id, kind: kind.rawValue, from: old, to: newValue, order: order, reason: why, by: stamp.account, at: stamp.at, db
            )
            try ChangeLog.record(stamp.change(
                entity: "period_final", key: key, field: "value (\(kind.rawValue), приказ \(order))", from: old, to: newValue
            ), in: db)
        }
    }

    private func periodEnd(_ id: PeriodID, _ db: StoreTransaction) throws -> LocalDate {
        guard let period = try SchoolQueries.period(id, db) else { throw JournalError.notFound(.period) }
        return period.span.last
    }
}

/// A correction of a closed period's final: a retake of an academic debt, or an appeal.
public enum FinalCorrectionKind: String, Sendable, CaseIterable {
    case retake
    case appeal
}

/// The values a period, year, exam or final mark can take.
public enum FinalMarkValue {
    public static let all: Set<String> = ["1", "2", "3", "4", "5", "н/а", "зач", "незач", "осв"]
}
