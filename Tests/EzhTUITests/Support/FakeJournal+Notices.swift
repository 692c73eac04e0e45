import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The board's records behind the notices, announcements and class events screens: 5А's notices
/// (two waiting, one sent), announcements and events; every write is recorded in `writes`.
final class FakeBoard {
    var notices: [ParentNotice] = [
        ParentNotice(id: 1, pupil: PupilID(2), pupilName: PersonName(last: "Ёлкина", first: "Юлия"), roundStart: LocalDate(year: 2026, month: 11, day: 23),
                     reasons: "Математика 2.33", text: "Уважаемые родители!\n\nСредний балл по математике 2.33.\nКлассный руководитель Петрова А.С.",
                     state: .draft),
        ParentNotice(id: 2, pupil: PupilID(5), pupilName: PersonName(last: "Петров", first: "Пётр"), roundStart: LocalDate(year: 2026, month: 11, day: 23),
                     reasons: "НП: 5", text: "Уважаемые родители!\n\nПропущено без причины: 5.", state: .draft),
        ParentNotice(id: 3, pupil: PupilID(4), pupilName: PersonName(last: "Константинопольская", first: "Анастасия"),
                     roundStart: LocalDate(year: 2026, month: 11, day: 16), reasons: "Физика 2.00", text: "Уважаемые родители!", state: .sent,
                     sentAt: FakeJournal.zone.instant(LocalDate(year: 2026, month: 11, day: 18), TimeOfDay(hour: 9, minute: 0)),
                     sentBy: PersonName(last: "Петрова", first: "Анна")),
    ]
    var announcements: [Announcement] = []
    var events: [ClassEvent] = []
    var nextID: Int64 = 100
}

extension FakeJournal: NoticesBackend {
    private static let fifthA = (id: Fixture.math.classID, name: Fixture.math.className)

    func classNotices(_ session: Session, classID: ClassID) throws -> ClassNotices {
        ClassNotices(classID: classID, className: Fixture.math.className,
                     notices: board.notices.filter { $0.state == .draft } + board.notices.filter { $0.state != .draft },
                     settings: .defaults, round: LocalDate(year: 2026, month: 11, day: 23))
    }

    func editNotice(_ session: Session, notice id: Int64, text: String) throws {
        try refuseIfAsked()
        writes.append("notice \(id) text «\(text)»")
        replaceNotice(id) { ParentNotice(id: $0.id, pupil: $0.pupil, pupilName: $0.pupilName, roundStart: $0.roundStart, reasons: $0.reasons,
                                         text: text, state: $0.state) }
    }

    func sendNotice(_ session: Session, notice id: Int64, text: String) throws {
        try refuseIfAsked()
        writes.append("notice \(id) sent «\(text)»")
        replaceNotice(id) { ParentNotice(id: $0.id, pupil: $0.pupil, pupilName: $0.pupilName, roundStart: $0.roundStart, reasons: $0.reasons,
                                         text: text, state: .sent, sentAt: self.now(), sentBy: PersonName(last: "Петрова", first: "Анна")) }
    }

    func dismissNotice(_ session: Session, notice id: Int64, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Причина", "Reason"), problem: BilingualText(
                "не указана; напишите, почему уведомление не отправляется", "empty; say why the notice is not sent"))
        }
        writes.append("notice \(id) dismissed «\(reason)»")
        replaceNotice(id) { ParentNotice(id: $0.id, pupil: $0.pupil, pupilName: $0.pupilName, roundStart: $0.roundStart, reasons: $0.reasons,
                                         text: $0.text, state: .dismissed) }
    }

    private func replaceNotice(_ id: Int64, _ change: (ParentNotice) -> ParentNotice) {
        guard let index = board.notices.firstIndex(where: { $0.id == id }) else { return }
        board.notices[index] = change(board.notices[index])
    }

    func postAnnouncement(_ session: Session, _ draft: AnnouncementDraft) throws -> Int64 {
        try refuseIfAsked()
        board.nextID += 1
        writes.append("announcement «\(draft.title)» to \(draft.audience.roles.map(\.rawValue).sorted()) grades \(draft.audience.grades.sorted()) classes \(draft.audience.classes.sorted()) until \(draft.lastDay.russian)")
        board.announcements.insert(Announcement(id: board.nextID, title: draft.title, body: draft.body, audience: draft.audience,
                                                author: PersonName(last: "Завучева", first: "Ольга", patronymic: "Ивановна"),
                                                postedOn: Self.today, lastDay: draft.lastDay), at: 0)
        return board.nextID
    }

    func editAnnouncement(_ session: Session, id: Int64, _ draft: AnnouncementDraft) throws {
        writes.append("announcement \(id) «\(draft.title)» until \(draft.lastDay.russian)")
    }

    func removeAnnouncement(_ session: Session, id: Int64) throws {
        writes.append("announcement \(id) removed")
        board.announcements.removeAll { $0.id == id }
    }

    func postedAnnouncements(_ session: Session) throws -> [Announcement] { board.announcements }

    func announcementClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] { [Self.fifthA] }

    /// Everyone here is in 5А.
    func currentAnnouncements(_ session: Session) throws -> [Announcement] {
        board.announcements.filter {
            $0.isShown(on: Self.today) && $0.audience.includes(roles: session.roles, classes: [(Self.fifthA.id, Self.fifthA.name.grade)])
        }
    }

    func addClassEvent(_ session: Session, classID: ClassID, _ draft: ClassEventDraft) throws -> Int64 {
        try refuseIfAsked()
        board.nextID += 1
        writes.append("event \(draft.date.russian) «\(draft.time)» «\(draft.title)» «\(draft.place)»")
        board.events.append(ClassEvent(id: board.nextID, classID: classID, className: Fixture.math.className, date: draft.date,
                                       time: draft.time, title: draft.title, place: draft.place))
        return board.nextID
    }

    func editClassEvent(_ session: Session, id: Int64, _ draft: ClassEventDraft) throws {
        writes.append("event \(id) «\(draft.title)»")
    }

    func removeClassEvent(_ session: Session, id: Int64) throws {
        writes.append("event \(id) removed")
        board.events.removeAll { $0.id == id }
    }

    func classEvents(_ session: Session, classID: ClassID, monthOf day: LocalDate) throws -> [ClassEvent] {
        board.events.filter { $0.date.year == day.year && $0.date.month == day.month }.sorted { $0.date < $1.date }
    }

    func upcomingClassEvents(_ session: Session) throws -> [ClassEvent] {
        board.events.filter { $0.date >= Self.today && $0.date.month == Self.today.month }.sorted { $0.date < $1.date }
    }
}
