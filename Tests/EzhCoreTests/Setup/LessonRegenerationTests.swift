import EzhCore
import XCTest

final class LessonRegenerationTests: XCTestCase {
    private typealias F = SetupFixtures

    private let from = F.day("2027-01-18")
    private let maths = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", room: "204", weekday: 1, number: 1)
    private let english = F.line(2, "5А", "Английский язык", teacher: "Петров П.П.", room: "31", weekday: 2, number: 2)
    private var nextID: Int64 = 0

    /// The lessons stored from the old timetable, as the store would hand them over.
    private func stored(
        _ planned: PlannedLesson, names: TeachingNames, hasEntries: Bool = false, isOneOff: Bool = false
    ) -> ExistingLesson {
        nextID += 1
        return ExistingLesson(
            id: LessonID(nextID), key: planned.key, names: names, date: planned.date, number: planned.number,
            startsAt: planned.startsAt, endsAt: planned.endsAt, room: planned.room, teacher: planned.teacher,
            hasEntries: hasEntries, isOneOff: isOneOff)
    }

    private func planned(_ entries: [TimetableEntry<EntrySource>], on days: [String]) -> [PlannedLesson] {
        let wanted = Set(days.map(F.day))
        return LessonPlanner.plan(days: F.calendar().schoolDays, bells: F.bells, shifts: [:], entries: entries).lessons
            .filter { wanted.contains($0.date) }
    }

    func testANewTimetableUpdatesInsertsDeletesAndRefusesToDropLessonsWithEntries() {
        let old = planned([maths, english], on: ["2027-01-12", "2027-01-18", "2027-01-19", "2027-01-25", "2027-01-26"])
        // Old lessons: Tue 12 Jan (before the change, with entries), Mon 18 maths (entries),
        // Tue 19 English (entries), Mon 25 maths, Tue 26 English (empty).
        let existing = [
            stored(old[0], names: english.names, hasEntries: true),
            stored(old[1], names: maths.names, hasEntries: true),
            stored(old[2], names: english.names, hasEntries: true),
            stored(old[3], names: maths.names),
            stored(old[4], names: english.names),
        ]
        // A one-off English lesson moved by hand to Thursday 21 January, with marks.
        let movedByHand = ExistingLesson(
            id: LessonID(99), key: english.key, names: english.names, date: F.day("2027-01-21"), number: 5,
            startsAt: TimeOfDay(hour: 12, minute: 0), endsAt: TimeOfDay(hour: 12, minute: 45), room: "31",
            teacher: english.teacher, hasEntries: true, isOneOff: true)

        // From 18 January: maths moves to room 14, English goes, physics comes on Wednesdays.
        let newMaths = F.line(3, "5А", "Математика", teacher: "Иванова И.И.", room: "14", weekday: 1, number: 1, from: "2027-01-18")
        let physics = F.line(4, "5А", "Физика", teacher: "Смирнова С.С.", room: "12", weekday: 3, number: 3, from: "2027-01-18")
        let newTimetable = F.changed([maths, english], class: F.class5A.id, from: "2027-01-18", to: [newMaths, physics])
        let new = planned(newTimetable, on: ["2027-01-18", "2027-01-20", "2027-01-25", "2027-01-27"])

        let plan = LessonRegeneration.plan(existing: existing + [movedByHand], planned: new, from: from)
        XCTAssertEqual(plan.toUpdate.map(\.id), [existing[1].id, existing[3].id], "maths keeps its lessons, in room 14")
        XCTAssertEqual(plan.toUpdate.map(\.lesson.room), ["14", "14"])
        XCTAssertEqual(plan.toInsert.map(\.date.iso), ["2027-01-20", "2027-01-27"])
        XCTAssertEqual(Set(plan.toInsert.map(\.key.subjectID)), [F.subjects["Физика"]!])
        XCTAssertEqual(plan.toDelete, [existing[4].id], "the empty English lesson goes")
        XCTAssertEqual(plan.refused.map(\.id), [existing[2].id], "the English lesson with entries would be lost")
        XCTAssertFalse(plan.toDelete.contains(movedByHand.id) || plan.refused.contains { $0.id == movedByHand.id })
        XCTAssertFalse(plan.toDelete.contains(existing[0].id) || plan.refused.contains { $0.id == existing[0].id },
                       "lessons before the change's date are left alone")
        XCTAssertEqual(plan.refusal?.russian,
                       "Новое расписание убрало бы уроки, в которых уже есть записи (отметки, посещаемость, тема или задание): 19.01.2027, 2 урок, 5А Английский язык. Ничего не изменено; выберите более позднюю дату начала или перенесите эти уроки вручную.")
    }

    func testTheSameTimetableChangesNothing() {
        let lessons = planned([maths, english], on: ["2027-01-18", "2027-01-19"])
        let existing = lessons.map { stored($0, names: maths.names, hasEntries: true) }
        let plan = LessonRegeneration.plan(existing: existing, planned: lessons, from: from)
        XCTAssertTrue(plan.changesNothing)
        XCTAssertNil(plan.refusal)
    }

    func testAPlaceHeldByAOneOffIsNotFilledAgain() {
        let lessons = planned([maths], on: ["2027-01-18"])
        let addedByHand = ExistingLesson(
            id: LessonID(7), key: maths.key, names: maths.names, date: lessons[0].date, number: lessons[0].number,
            startsAt: TimeOfDay(hour: 8, minute: 0), endsAt: TimeOfDay(hour: 8, minute: 40), room: "1",
            teacher: F.teachers["Смирнова С.С."]!, hasEntries: false, isOneOff: true)
        let plan = LessonRegeneration.plan(existing: [addedByHand], planned: lessons, from: from)
        XCTAssertTrue(plan.changesNothing, "the one-off stays as it was and nothing is added beside it")
    }
}
