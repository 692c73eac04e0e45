import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The validation layer's part of the fake journal: deadlines judged like the service judges
/// them, lesson cards, what is due, the week's absences, permissions and substitutions. Every
/// write is recorded in `writes`.
extension FakeJournal {
    static let deputySession = Session(
        accountID: AccountID(2), login: "deputy", displayName: "Завучева Ольга Ивановна",
        roles: [.deputy], staffID: StaffID(2), language: .ru, keymapName: "default"
    )

    static let engine = RuleEngine(settings: .defaults, timeZone: zone)

    /// Refuses like the service: the column's window at the fake's time, unless a permission
    /// covers it. A late entry is recorded with its permission.
    func judge(_ column: GridColumn) throws {
        switch column.entryStatus(at: now()) {
        case .closed(let since):
            throw RuleRefusal(rule: column.window?.rule ?? .dayEntries, reason: .deadlinePassed(since), timeZone: Self.zone)
        case .notYetOpen(let opensAt):
            throw RuleRefusal(rule: column.window?.rule ?? .dayEntries, reason: .notStarted(opensAt: opensAt), timeZone: Self.zone)
        case .late(let permission, _):
            writes.append("late under \(permission.id)")
        case .open, .readOnly:
            break
        }
    }

    // MARK: Lesson card

    func lessonCard(_ session: Session, lesson: LessonID) throws -> LessonCard {
        guard let column = Fixture.columns().first(where: { $0.lessonID == lesson }) else { throw JournalError.lessonNotFound }
        let summary = LessonSummary(
            lessonID: lesson, page: Fixture.math, date: column.date, lessonNumber: column.lessonNumber, start: column.start,
            end: column.end, room: "21", topic: state.topics[lesson] ?? ""
        )
        let timing = LessonTiming(date: column.date, start: column.start, end: column.end, pupilsDayEnd: TimeOfDay(hour: 14, minute: 30))
        let period = PeriodState(span: Fixture.periods[1].span, isClosed: false)
        func terms(_ kind: EntryKind) -> LessonCard.Terms {
            LessonCard.Terms(window: Self.engine.window(for: kind, lesson: timing, period: period), permission: nil)
        }
        return LessonCard(
            lesson: summary, homework: state.homework[lesson] ?? "", attendanceTaken: state.attendanceTaken.contains(lesson),
            isEditable: column.isEditable, topicTerms: terms(.lessonRecord), homeworkTerms: terms(.homework),
            attendanceTerms: terms(.attendance)
        )
    }

    func setTopic(_ session: Session, lesson: LessonID, topic: String, replacing seen: String) throws -> String? {
        try refuseIfAsked()
        try judgeCard(lesson, \.topicTerms)
        try refuseIfStale(state.topics[lesson] ?? "", seen: seen, new: topic, field: .topic)
        state.topics[lesson] = topic
        writes.append("topic \(lesson) \(topic)")
        return state.textWarning
    }

    func setHomework(_ session: Session, lesson: LessonID, homework: String, replacing seen: String) throws -> String? {
        try refuseIfAsked()
        try judgeCard(lesson, \.homeworkTerms)
        try refuseIfStale(state.homework[lesson] ?? "", seen: seen, new: homework, field: .homework)
        state.homework[lesson] = homework
        writes.append("homework \(lesson) \(homework)")
        return state.textWarning
    }

    /// As the service: a text that differs from what the card showed was written meanwhile.
    private func refuseIfStale(_ stored: String, seen: String, new: String, field: TextLimit) throws {
        guard stored != new, stored != seen else { return }
        throw JournalError.cellChanged(CellChange(
            current: stored.isEmpty ? nil : stored, who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7",
            field: CellChange.Field(field)
        ))
    }

    /// Another terminal saves a lesson's topic or homework behind the card's back.
    func lessonTextElsewhere(topic: String? = nil, homework: String? = nil, lesson: LessonID = Fixture.todaysLesson) {
        if let topic { state.topics[lesson] = topic }
        if let homework { state.homework[lesson] = homework }
        changedElsewhere(Fixture.math)
    }

    func confirmAttendance(_ session: Session, lesson: LessonID) throws {
        try refuseIfAsked()
        try judgeCard(lesson, \.attendanceTerms)
        state.attendanceTaken.insert(lesson)
        writes.append("all present \(lesson)")
    }

    private func judgeCard(_ lesson: LessonID, _ terms: KeyPath<LessonCard, LessonCard.Terms>) throws {
        let card = try lessonCard(Self.session, lesson: lesson)
        let window = card[keyPath: terms].window
        let status = CellEntryStatus(isEditable: card.isEditable, window: window, permission: nil, at: now())
        if case .closed(let since) = status {
            throw RuleRefusal(rule: window.rule, reason: .deadlinePassed(since), timeZone: Self.zone)
        }
    }

    private func refuseIfAsked() throws {
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
    }

    // MARK: What is due

    func dueOverview(_ session: Session) throws -> DueOverview { state.due }

    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview] { [state.due] }

    // MARK: Absences

    func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        session.has(.classTeacher) ? [(Fixture.math.classID, Fixture.math.className)] : []
    }

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

    // MARK: Permissions and substitutions

    func permissions(_ session: Session) throws -> [PermissionSummary] { state.permissions }

    func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)] {
        [(StaffID(2), PersonName(last: "Завучева", first: "Ольга", patronymic: "Ивановна")),
         (StaffID(1), PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"))]
    }

    func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID {
        try refuseIfAsked()
        let id = PermissionID(Int64(state.permissions.count + 7))
        writes.append("grant \(id) teacher \(teacher) class \(classID.map(String.init(describing:)) ?? "*") "
            + "subject \(subjectID.map(String.init(describing:)) ?? "*") \(dates.first.russian)–\(dates.last.russian) "
            + "\(kinds.map(\.rawValue).sorted().joined(separator: ",")) «\(reason)» until \(Self.zone.russianDateTime(expiresAt))")
        let permission = LatePermission(id: id, teacher: teacher, classID: classID, subjectID: subjectID, dates: dates,
                                        kinds: kinds, reason: reason, expiresAt: expiresAt)
        state.permissions.append(PermissionSummary(permission: permission, teacherName: "Петрова А.С.", className: "5А",
                                                   subjectName: "Математика", grantedBy: "Завучева О.И."))
        return id
    }

    func revokePermission(_ session: Session, _ id: PermissionID) throws {
        try refuseIfAsked()
        writes.append("revoke \(id)")
    }

    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson] {
        let summary = LessonSummary(lessonID: Fixture.todaysLesson, page: Fixture.math, date: day, lessonNumber: 3,
                                    start: TimeOfDay(hour: 11, minute: 0), end: TimeOfDay(hour: 11, minute: 45), room: "21", topic: "")
        return [SchoolLesson(summary: summary, scheduledTeacher: "Петрова А.С.", substitute: state.substitute?.name,
                             substituteID: state.substitute?.id)]
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
}

/// What the fake journal's validation part remembers between calls.
final class FakeValidationState {
    var topics: [LessonID: String] = [Fixture.todaysLesson: "Дроби"]
    var homework: [LessonID: String] = [:]
    var attendanceTaken: Set<LessonID> = []
    /// Returned by setTopic and setHomework, as the service does in the «warn» Russian-text mode.
    var textWarning: String?
    var due = DueOverview(teacherName: "Петрова А.С.", today: [], closingSoon: [], overdue: [])
    var absences: [AbsenceEntry] = Fixture.absences
    var reviewedWeeks: [DateSpan] = []
    var permissions: [PermissionSummary] = []
    var substitute: (id: StaffID, name: String)?
}
