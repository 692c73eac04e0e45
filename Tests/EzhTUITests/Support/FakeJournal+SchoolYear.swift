import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The year's classes, subjects and 5А's curriculum as the deputy's lists read them; each change
/// is recorded in `writes` and kept.
final class FakeSchoolYear {
    var classes = [
        SchoolClassSummary(id: ClassID(1), name: ClassName(grade: 5, letter: "А"), classTeacherID: StaffID(1),
                           classTeacher: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"), room: "21", shift: 1),
        SchoolClassSummary(id: ClassID(2), name: ClassName(grade: 6, letter: "Б"), classTeacherID: nil, classTeacher: nil, room: "", shift: 2),
    ]
    var subjects = [SubjectSummary(id: SubjectID(3), name: "Английский язык", shortName: "Англ"),
                    SubjectSummary(id: SubjectID(1), name: "Математика", shortName: "Мат")]
    var holidays = [HolidaySummary(id: 1, span: DateSpan(LocalDate(year: 2026, month: 12, day: 28), LocalDate(year: 2027, month: 1, day: 10)),
                                   name: "Зимние каникулы")]
    var curriculum = [ClassCurriculumLine(subjectID: SubjectID(1), subject: "Математика", hoursPerWeek: 5, hoursPerYear: 170, split: false)]
    var placed: [PupilID: String] = [:]
    var periods = [
        Period(id: PeriodID(1), scheme: .quarters, number: 1,
               span: DateSpan(LocalDate(year: 2026, month: 9, day: 1), LocalDate(year: 2026, month: 10, day: 24)), isClosed: true),
        Period(id: PeriodID(2), scheme: .quarters, number: 2,
               span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))),
        Period(id: PeriodID(5), scheme: .halfYears, number: 1,
               span: DateSpan(LocalDate(year: 2026, month: 9, day: 1), LocalDate(year: 2026, month: 12, day: 28))),
    ]
}

extension FakeJournal: SchoolYearBackend {
    func schoolYearClasses(_ session: Session) throws -> [SchoolClassSummary] { schoolYear.classes }

    func updateClass(_ session: Session, classID: ClassID, _ change: ClassChange) throws {
        try refuseIfAsked()
        writes.append("class \(classID) \(change)")
        guard let index = schoolYear.classes.firstIndex(where: { $0.id == classID }) else { return }
        let old = schoolYear.classes[index]
        if case .room(let room) = change {
            schoolYear.classes[index] = SchoolClassSummary(id: old.id, name: old.name, classTeacherID: old.classTeacherID,
                                                           classTeacher: old.classTeacher, room: room, shift: old.shift)
        }
    }

    func schoolSubjects(_ session: Session) throws -> [SubjectSummary] { schoolYear.subjects }

    func saveSubject(_ session: Session, id: SubjectID?, name: String, shortName: String) throws -> SubjectID {
        try refuseIfAsked()
        writes.append("subject \(id.map(String.init(describing:)) ?? "new") \(name) \(shortName)")
        let made = id ?? SubjectID(9)
        schoolYear.subjects.removeAll { $0.id == made }
        schoolYear.subjects.append(SubjectSummary(id: made, name: name, shortName: shortName))
        return made
    }

    func curriculum(_ session: Session, classID: ClassID) throws -> [ClassCurriculumLine] { schoolYear.curriculum }

    func setCurriculum(_ session: Session, classID: ClassID, subjectID: SubjectID, hoursPerWeek: Double, split: Bool) throws {
        try refuseIfAsked()
        writes.append("curriculum \(classID) \(subjectID) \(hoursPerWeek) \(split)")
        let name = schoolYear.subjects.first { $0.id == subjectID }?.name ?? ""
        schoolYear.curriculum.removeAll { $0.subjectID == subjectID }
        schoolYear.curriculum.append(ClassCurriculumLine(subjectID: subjectID, subject: name, hoursPerWeek: hoursPerWeek,
                                                         hoursPerYear: Int(hoursPerWeek * 34), split: split))
    }
}

/// The year's holidays as the deputy's list reads them.
extension FakeJournal {
    func holidays(_ session: Session) throws -> [HolidaySummary] { schoolYear.holidays }

    func addHoliday(_ session: Session, span: DateSpan, name: String) throws -> LessonChangeCounts {
        try refuseIfAsked()
        writes.append("holiday \(name) \(span.first.russian)-\(span.last.russian)")
        schoolYear.holidays.append(HolidaySummary(id: 9, span: span, name: name))
        return LessonChangeCounts(added: 0, updated: 0, removed: 12)
    }

    func removeHoliday(_ session: Session, id: Int64) throws -> LessonChangeCounts {
        try refuseIfAsked()
        writes.append("remove holiday \(id)")
        schoolYear.holidays.removeAll { $0.id == id }
        return LessonChangeCounts(added: 12, updated: 0, removed: 0)
    }
}

/// The year's quarters and first half-year as the deputy's periods list reads them.
extension FakeJournal {
    func yearPeriods(_ session: Session) throws -> [Period] { schoolYear.periods }

    func setPeriodSpan(_ session: Session, id: PeriodID, span: DateSpan) throws {
        try refuseIfAsked()
        writes.append("period \(id) \(span.first.russian)-\(span.last.russian)")
        guard let index = schoolYear.periods.firstIndex(where: { $0.id == id }) else { return }
        let old = schoolYear.periods[index]
        schoolYear.periods[index] = Period(id: old.id, scheme: old.scheme, number: old.number, span: span, isClosed: old.isClosed)
    }
}

/// The default schedule's first two lessons.
extension FakeJournal {
    func bellSchedules(_ session: Session) throws -> [BellSummary] {
        [BellSummary(schedule: "Основное", isDefault: true, shift: 1, number: 1,
                     times: LessonTimes(TimeOfDay(hour: 8, minute: 30), TimeOfDay(hour: 9, minute: 15))),
         BellSummary(schedule: "Основное", isDefault: true, shift: 1, number: 2,
                     times: LessonTimes(TimeOfDay(hour: 9, minute: 25), TimeOfDay(hour: 10, minute: 10)))]
    }

    func setBell(_ session: Session, schedule: String, shift: Int, number: Int, times: LessonTimes?) throws -> LessonChangeCounts {
        try refuseIfAsked()
        writes.append("bell \(schedule) \(shift) \(number) \(times.map { "\($0.startsAt.text)-\($0.endsAt.text)" } ?? "nil")")
        return LessonChangeCounts(added: 0, updated: 30, removed: 0)
    }
}

/// 5А's English groups in quarter 2: Иванова in group 1, Алексеев in none.
extension FakeJournal {
    func subgroupRoster(_ session: Session, classID: ClassID, subjectID: SubjectID) throws -> SubgroupRoster {
        SubgroupRoster(
            period: Period(id: PeriodID(2), scheme: .quarters, number: 2,
                           span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))),
            groups: ["1 группа", "2 группа"],
            members: [SubgroupRoster.Member(pupil: PupilID(2), name: PersonName(last: "Алексеев", first: "Борис", patronymic: "Петрович"),
                                            group: schoolYear.placed[PupilID(2)]),
                      SubgroupRoster.Member(pupil: PupilID(1), name: PersonName(last: "Иванова", first: "Анна", patronymic: "Сергеевна"),
                                            group: "1 группа")])
    }

    func placeInSubgroup(_ session: Session, classID: ClassID, subjectID: SubjectID, pupil: PupilID, group: String) throws {
        try refuseIfAsked()
        writes.append("place \(pupil) \(group)")
        schoolYear.placed[pupil] = group
    }
}
