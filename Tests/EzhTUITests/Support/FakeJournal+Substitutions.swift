import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// One lesson of the school's day and who gives it, as the deputy records it; a teacher's
/// declaration and the deputy's decision on it.
extension FakeJournal: SubstitutionsBackend {
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson] {
        let summary = LessonSummary(lessonID: Fixture.todaysLesson, page: Fixture.math, date: day, lessonNumber: 3,
                                    start: TimeOfDay(hour: 11, minute: 0), end: TimeOfDay(hour: 11, minute: 45), room: "21", topic: "")
        return [SchoolLesson(summary: summary, scheduledTeacher: "Петрова А.С.", substitute: state.substitute?.name,
                             substituteID: state.substitute?.id, status: substitutions.status)]
    }

    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?, replacing seen: StaffID?) throws {
        try refuseIfAsked()
        // Петрова (1) is the lesson's scheduled teacher: choosing her records no substitute.
        let wanted = substitute == StaffID(1) ? nil : substitute
        let now = state.substitute
        guard now?.id == wanted || now?.id == seen else {
            throw JournalError.cellChanged(CellChange(
                current: now?.name ?? "Петрова А.С.", who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7",
                field: CellChange.Field("Кто ведёт урок", "Who gives the lesson")
            ))
        }
        writes.append("substitution \(lesson) \(substitute.map(String.init(describing:)) ?? "nil")")
        state.substitute = wanted.map { ($0, "Завучева О.И.") }
    }

    func declaredSubstitutions(_ session: Session) throws -> [SchoolLesson] {
        substitutions.status?.state == .declared ? try schoolLessons(session, on: Self.today) : []
    }

    func confirmSubstitution(_ session: Session, lesson: LessonID, declaredBy declarer: StaffID) throws {
        try refuseIfAsked()
        writes.append("confirm \(lesson) \(declarer)")
        substitutions.status = nil
    }

    func rejectSubstitution(_ session: Session, lesson: LessonID, declaredBy declarer: StaffID) throws {
        try refuseIfAsked()
        writes.append("reject \(lesson) \(declarer)")
        state.substitute = nil
        substitutions.status = substitutions.status.map { SubstitutionStatus(state: .rejected, teacherID: $0.teacherID, teacher: $0.teacher) }
    }

    func lessonsToSubstitute(_ session: Session) throws -> [SchoolLesson] { substitutions.offered }

    /// The declarer is told of their substitution on their start screen from now on.
    func declareSubstitution(_ session: Session, lesson: LessonID) throws {
        try refuseIfAsked()
        writes.append("declare \(lesson)")
        guard let offered = substitutions.offered.first(where: { $0.summary.lessonID == lesson }) else { return }
        substitutions.notices[session.login, default: []].append(SubstitutionNotice(
            lesson: offered.summary, side: .youSubstitute, otherTeacher: offered.scheduledTeacher, isDeclared: true
        ))
    }
}

/// Substitutions beyond the deputy's one lesson: the notices each login's start screen shows,
/// the state of that lesson's substitution, and the lessons a teacher is offered to declare.
final class FakeSubstitutions {
    var notices: [String: [SubstitutionNotice]] = [:]
    var status: SubstitutionStatus?
    var offered: [SchoolLesson] = []
    /// The lesson card's note, as the service words it for the reader.
    var cardNotice: SubstitutionNotice?
}
