import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The finals of 5А: the 1st quarter closed (Алексеев has a 5 in it), the 2nd open with its
/// order date, the year; the deputy's closing of a period and corrections after it.
extension FakeJournal: FinalsBackend {
    func finalsSheet(_ session: Session, page: JournalPage) throws -> FinalsSheet {
        var sheet = finals[page] ?? Fixture.finalsSheet(canCorrect: session.roles.contains(.deputy))
        if session.roles.contains(.deputy) {
            sheet = FinalsSheet(columns: sheet.columns.map {
                FinalColumn(kind: $0.kind, period: $0.period, dueOn: $0.dueOn, closedOn: $0.closedOn, isEditable: false, canCorrect: true)
            }, values: sheet.values, periodSuggestions: sheet.periodSuggestions, thresholds: sheet.thresholds)
        }
        return sheet
    }

    func setFinal(_ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID, value: String?, replacing seen: String?) throws {
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        var sheet = finals[page] ?? Fixture.finalsSheet(canCorrect: false)
        let cell = FinalsSheet.Cell(pupil: pupil, kind: kind)
        guard sheet.values[cell] == seen else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: sheet.values[cell])) }
        sheet.values[cell] = value
        finals[page] = sheet
        writes.append("final \(pupil) \(kind.storedKind) \(value ?? "nil")")
    }

    func finalHistory(_ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID) throws -> FinalHistory {
        FinalHistory(entries: [
            HistoryEntry(changedAt: "30.10.2026 12:00", who: "Завучева О.И.", terminal: "pts/2", oldValue: "2", newValue: "3"),
            HistoryEntry(changedAt: "24.10.2026 15:00", who: "Петрова А.С.", terminal: "pts/3", oldValue: nil, newValue: "2"),
        ], corrections: [FinalCorrection(
            kind: .retake, oldValue: "2", newValue: "3", orderNumber: "№ 12-у", orderDate: LocalDate(year: 2026, month: 10, day: 29),
            reason: "ликвидация задолженности", madeAt: "30.10.2026 12:00", who: "Завучева О.И."
        )])
    }

    func correctClosedFinal(
        _ session: Session, pupil: PupilID, subject: SubjectID, final finalKind: FinalKind, newValue: String, replacing seen: String,
        kind: FinalCorrectionKind, orderNumber: String, orderDate: LocalDate, reason: String
    ) throws {
        writes.append("correct \(pupil) \(finalKind.storedKind) \(seen)→\(newValue) \(kind.rawValue) \(orderNumber) \(orderDate.russian) \(reason)")
        let page = marks.keys.first { $0.subjectID == subject } ?? Fixture.math
        var sheet = finals[page] ?? Fixture.finalsSheet(canCorrect: true)
        sheet.values[FinalsSheet.Cell(pupil: pupil, kind: finalKind)] = newValue
        finals[page] = sheet
    }

    func closingReport(_ session: Session, period: PeriodID, classID: ClassID?) throws -> ClosingReport {
        let period = Fixture.periods.first { $0.id == period } ?? Fixture.periods[1]
        let all = [
            ClosingReport.ClassGaps(classID: ClassID(5), className: ClassName(grade: 5, letter: "А"), isClosed: false, subjects: [
                .init(page: "5А · Математика", pupilsWithoutFinal: ["Ёлкина Ю.", "Петров П."], lessonsWithoutTopic: 2),
            ]),
            ClosingReport.ClassGaps(classID: ClassID(6), className: ClassName(grade: 5, letter: "Б"), isClosed: false, subjects: []),
        ]
        return ClosingReport(period: period, classes: all.filter { classID == nil || $0.classID == classID })
    }

    func closePeriod(_ session: Session, _ periodID: PeriodID, forClass classID: ClassID?) throws {
        writes.append("close \(periodID) \(classID.map { "class \($0)" } ?? "all")")
    }

    func setFinalsDue(_ session: Session, period: PeriodID, on day: LocalDate?) throws {
        writes.append("due \(period) \(day?.russian ?? "nil")")
        dueDates[period] = day
    }

    func finalsDueDates(_ session: Session) throws -> [PeriodID: LocalDate] { dueDates }
}

extension Fixture {
    /// 5А's finals: the 1st quarter closed on 30.10 (Алексеев 5, Ёлкина 2), the 2nd open until
    /// its order of 28.12, the year; suggestions for the 1st quarter from the journal.
    static func finalsSheet(canCorrect: Bool) -> FinalsSheet {
        let columns = [
            FinalColumn(kind: .period(periods[0].id), period: periods[0], dueOn: LocalDate(year: 2026, month: 10, day: 28),
                        closedOn: LocalDate(year: 2026, month: 10, day: 30), isEditable: false, canCorrect: canCorrect),
            FinalColumn(kind: .period(periods[1].id), period: periods[1], dueOn: LocalDate(year: 2026, month: 12, day: 28),
                        closedOn: nil, isEditable: true, canCorrect: canCorrect),
            FinalColumn(kind: .year, period: periods[1], dueOn: LocalDate(year: 2026, month: 12, day: 28),
                        closedOn: nil, isEditable: true, canCorrect: canCorrect),
        ]
        return FinalsSheet(columns: columns, values: [
            .init(pupil: PupilID(1), kind: .period(periods[0].id)): "5",
            .init(pupil: PupilID(2), kind: .period(periods[0].id)): "2",
        ], periodSuggestions: [:], thresholds: [2.5, 3.5, 4.5])
    }
}
