import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The week's absences of 5А and their corrections, refused as the service refuses them.
extension FakeJournal: AbsenceReviewBackend {
    func absenceReview(_ session: Session, classID: ClassID, week: DateSpan) throws -> AbsenceReview {
        state.reviewedWeeks.append(week)
        return AbsenceReview(className: Fixture.math.className, week: week,
                             entries: state.absences.filter { week.contains($0.date) })
    }

    func correctAbsence(
        _ session: Session, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?, note: String,
        replacingNote seenNote: String, reason: String
    ) throws {
        try refuseIfAsked()
        if code == nil, reason.trimmingCharacters(in: .whitespaces).isEmpty {
            throw JournalError.invalidInput(field: BilingualText("Причина", "Reason"), problem: BilingualText(
                "снять пропуск, внесённый по ошибке, можно только с указанием причины",
                "an absence entered in error is removed only with a reason"
            ))
        }
        guard let index = state.absences.firstIndex(where: { $0.lessonID == lesson && $0.pupil.id == pupil }) else {
            throw JournalError.lessonNotFound
        }
        let old = state.absences[index]
        guard old.code == seen || old.code == code else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: old.code.rawValue)) }
        guard code == nil || note == seenNote || old.note == seenNote || old.note == note else {
            throw JournalError.cellChanged(CellChange(
                current: old.note.isEmpty ? nil : old.note, who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7",
                field: CellChange.Field(TextLimit.absenceNote)
            ))
        }
        writes.append("absence \(lesson) pupil \(pupil) \(code?.rawValue ?? "nil") note «\(note)» reason «\(reason)»")
        if let code {
            state.absences[index] = AbsenceEntry(lessonID: old.lessonID, date: old.date, lessonNumber: old.lessonNumber,
                                                 subjectName: old.subjectName, pupil: old.pupil, code: code,
                                                 note: note == seenNote ? old.note : note)
        } else {
            state.absences.remove(at: index)
        }
    }
}
