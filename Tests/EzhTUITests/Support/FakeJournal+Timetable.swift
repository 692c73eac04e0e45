import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// 5А's week as the timetable editor reads it: Monday 1 Математика (Петрова, 21), Monday 2
/// Английский in two subgroups, Wednesday 3 Русский (Сидоров, 14); Сидоров also teaches 6Б on
/// Monday 3. A put or remove is recorded in `writes` and changes the week from then on.
final class FakeTimetable {
    static let fifthA = ClassID(1), sixthB = ClassID(2)
    static let math = SubjectID(1), russian = SubjectID(2), english = SubjectID(3)
    static let petrova = StaffID(1), sidorov = StaffID(3)

    var lines: [TimetableGridLine] = [
        line(fifthA, "5А", math, "Математика", "Мат", nil, petrova, PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"), "21", 1, 1),
        line(fifthA, "5А", english, "Английский язык", "Англ", "1 группа", petrova,
             PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"), "31", 1, 2),
        line(fifthA, "5А", english, "Английский язык", "Англ", "2 группа", StaffID(4),
             PersonName(last: "Лебедева", first: "Анна", patronymic: "Юрьевна"), "32", 1, 2),
        line(fifthA, "5А", russian, "Русский язык", "Рус", nil, sidorov, PersonName(last: "Сидоров", first: "Иван", patronymic: "Петрович"), "14", 3, 3),
        line(sixthB, "6Б", russian, "Русский язык", "Рус", nil, sidorov, PersonName(last: "Сидоров", first: "Иван", patronymic: "Петрович"), "14", 1, 3),
    ]
    var lessons: [TimetableWeekLesson] = []
    /// The days each week was read for, in order.
    var reads: [String] = []

    static func line(
        _ classID: ClassID, _ className: String, _ subject: SubjectID, _ name: String, _ short: String, _ subgroup: String?,
        _ teacher: StaffID, _ teacherName: PersonName, _ room: String, _ weekday: Int, _ number: Int
    ) -> TimetableGridLine {
        TimetableGridLine(
            classID: classID, className: ClassName(grade: Int(String(className.first!))!, letter: String(className.last!)),
            subjectID: subject, subject: name, subjectShort: short, subgroup: subgroup, teacherID: teacher, teacher: teacherName,
            room: room, weekday: weekday, number: number)
    }
}

extension FakeJournal: TimetableBackend {
    func timetableClasses(_ session: Session) throws -> [TimetableClass] {
        [TimetableClass(id: FakeTimetable.fifthA, name: ClassName(grade: 5, letter: "А"), room: "21"),
         TimetableClass(id: FakeTimetable.sixthB, name: ClassName(grade: 6, letter: "Б"), room: "14")]
    }

    func timetableWeek(_ session: Session, _ view: TimetableView, on day: LocalDate) throws -> TimetableGridWeek {
        guard session.roles.contains(.deputy) else { throw JournalError.accessDenied(.action(.manageSchoolYear)) }
        timetable.reads.append(day.russian)
        let lines: [TimetableGridLine]
        let title: String
        switch view {
        case .ofClass(let id):
            lines = timetable.lines.filter { $0.classID == id }
            title = id == FakeTimetable.fifthA ? "5А" : "6Б"
        case .ofTeacher(let id):
            lines = timetable.lines.filter { $0.teacherID == id }
            title = lines.first?.teacher.withInitials ?? ""
        case .ofRoom(let room):
            lines = timetable.lines.filter { $0.room == room }
            title = room
        }
        let isFifthA = view == .ofClass(FakeTimetable.fifthA)
        return TimetableGridWeek(view: view, title: title, day: day, weekDays: 5, numbers: 1...6, lines: lines,
                             lessons: isFifthA ? timetable.lessons : [])
    }

    func timetableChoices(_ session: Session, classID: ClassID) throws -> TimetableChoices {
        TimetableChoices(
            subjects: [
                TimetableSubjectChoice(id: FakeTimetable.english, name: "Английский язык", shortName: "Англ",
                                       subgroups: ["1 группа", "2 группа"], teachers: ["1 группа": FakeTimetable.petrova]),
                TimetableSubjectChoice(id: FakeTimetable.math, name: "Математика", shortName: "Мат", subgroups: [],
                                       teachers: [nil: FakeTimetable.petrova]),
                TimetableSubjectChoice(id: FakeTimetable.russian, name: "Русский язык", shortName: "Рус", subgroups: [],
                                       teachers: [nil: FakeTimetable.sidorov]),
            ],
            staff: [TimetableTeacher(id: FakeTimetable.petrova, name: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна")),
                    TimetableTeacher(id: FakeTimetable.sidorov, name: PersonName(last: "Сидоров", first: "Иван", patronymic: "Петрович"))],
            rooms: ["21", "14", "31", "32"], classRoom: "21")
    }

    func editTimetable(
        _ session: Session, classID: ClassID, weekday: Int, number: Int, _ edit: TimetableEdit, from day: LocalDate
    ) throws -> TimetableChangeOutcome {
        try refuseIfAsked()
        switch edit {
        case .put(let choice, let replacing):
            writes.append("put \(weekday) \(number) subject \(choice.subjectID) \(choice.subgroup ?? "class") teacher \(choice.teacherID) room \(choice.room) replacing \(replacing.map { "\($0.subjectID)" } ?? "nil") from \(day.russian)")
            // Сидоров teaches 6Б on Monday 3, as the service would say.
            if choice.teacherID == FakeTimetable.sidorov, weekday == 1, number == 3 {
                throw JournalError.invalidInput(
                    field: BilingualText("пн, 3 урок", "Mon, lesson 3"),
                    problem: BilingualText("Сидоров И.П. в это время ведёт 6Б Русский язык, каб. 14. Ничего не изменено.",
                                           "Сидоров И.П. teaches 6Б Русский язык then, room 14. Nothing was changed."))
            }
            if let replacing { timetable.lines.removeAll { $0.classID == classID && $0.weekday == weekday && $0.number == number && $0.key == replacing } }
            let subject = try timetableChoices(session, classID: classID).subjects.first { $0.id == choice.subjectID }!
            timetable.lines.append(FakeTimetable.line(
                classID, "5А", subject.id, subject.name, subject.shortName, choice.subgroup, choice.teacherID,
                choice.teacherID == FakeTimetable.petrova ? PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна")
                    : PersonName(last: "Сидоров", first: "Иван", patronymic: "Петрович"), choice.room, weekday, number))
        case .remove(let key):
            writes.append("remove \(weekday) \(number) subject \(key.subjectID) from \(day.russian)")
            timetable.lines.removeAll { $0.classID == classID && $0.weekday == weekday && $0.number == number && $0.key == key }
        }
        return TimetableChangeOutcome(from: day, changed: true, lessons: LessonChangeCounts(added: 4, updated: 0, removed: 1))
    }

    func cancelLesson(_ session: Session, lesson id: LessonID) throws {
        try refuseIfAsked()
        writes.append("cancel \(id)")
        timetable.lessons.removeAll { $0.id == id }
    }

    func moveLesson(_ session: Session, lesson id: LessonID, to date: LocalDate, number: Int) throws {
        try refuseIfAsked()
        writes.append("move \(id) to \(date.russian) \(number)")
    }

    func addLesson(_ session: Session, classID: ClassID, _ choice: TimetableLessonChoice, on date: LocalDate, number: Int) throws -> LessonID {
        try refuseIfAsked()
        writes.append("add \(choice.subjectID) on \(date.russian) \(number) room \(choice.room)")
        return LessonID(99)
    }
}
