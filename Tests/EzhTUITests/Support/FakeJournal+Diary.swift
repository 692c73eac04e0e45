import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The diaries of Мария (5А) and Пётр (2Б), children of the one parent; every week and period
/// asked for is recorded in `people.diaryRequests`.
extension FakeJournal: DiaryBackend {
    func diaryPupils(_ session: Session) throws -> [DiaryPupil] {
        if session.has(.parent) { return [FakePeople.maria, FakePeople.pyotr] }
        if session.has(.pupil) { return [FakePeople.maria] }
        return []
    }

    func diary(_ session: Session, pupil: PupilID, period: PeriodID?, week: DateSpan?) throws -> Diary {
        people.diaryRequests.append("pupil \(pupil) period \(period.map(String.init(describing:)) ?? "nil") week \(week?.first.dayMonth ?? "nil")")
        guard let allowed = try diaryPupils(session).first(where: { $0.id == pupil }) else { throw JournalError.accessDenied(BilingualText("дневник другого ученика", "another pupil's diary")) }
        let chosen = Fixture.periods.first { $0.id == period } ?? Fixture.periods[1]
        let week = week ?? SchoolWeek.containing(Self.today)
        return pupil == FakePeople.maria.id ? Self.mariasDiary(allowed, period: chosen, week: week) : Self.pyotrsDiary(allowed, period: chosen, week: week)
    }

    func diaryPeriods(_ session: Session, pupil: PupilID) throws -> [Period] { Fixture.periods }

    private static func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: day) }

    private static let homework = WorkType(id: WorkTypeID(3), name: "Домашнее задание", abbreviation: "Д/з", weight: 1)
    private static let dictation = WorkType(id: WorkTypeID(4), name: "Диктант", abbreviation: "Дикт", weight: 1.5)

    private static func subject(_ name: String, _ marks: [(Int, Int, WorkType)], final: String? = nil) -> Diary.SubjectLine {
        let values = marks.map { (date: day($0.0), value: MarkValue.grade($0.1), workType: $0.2) }
        return Diary.SubjectLine(subject: name, marks: values, averages: MarkAverages(values.map { ($0.value, $0.workType.weight) }),
                                 final: final)
    }

    static func mariasDiary(_ pupil: DiaryPupil, period: Period, week: DateSpan) -> Diary {
        let inThisWeek = week.contains(day(23))
        let lessons: [Diary.DayLesson] = inThisWeek ? [
            .init(date: day(23), lessonNumber: 2, subject: "Математика", topic: "Сложение дробей с разными знаменателями",
                  homework: "№ 245, 246 и повторить правило приведения дробей к общему знаменателю", attendance: nil),
            .init(date: day(23), lessonNumber: 3, subject: "Русский язык", topic: "Причастный оборот", homework: "упр. 112", attendance: .absent),
            .init(date: day(25), lessonNumber: 1, subject: "Иностранный язык (английский)", topic: "Present Perfect: употребление",
                  homework: "", attendance: .late),
            .init(date: day(27), lessonNumber: 3, subject: "Математика", topic: "Дроби", homework: "№ 250", attendance: nil),
        ] : []
        return Diary(
            pupil: pupil, period: period,
            subjects: [
                subject("Иностранный язык (английский)", [(16, 5, Fixture.classwork)]),
                subject("Литература", [], final: nil),
                subject("Математика", [(16, 5, Fixture.classwork), (18, 4, homework), (23, 5, Fixture.test), (25, 3, Fixture.classwork),
                                       (27, 4, Fixture.test), (27, 5, homework)], final: "5"),
                subject("Русский язык", [(17, 3, dictation), (24, 4, Fixture.classwork)]),
            ],
            week: week, weekLessons: lessons,
            absences: [(date: day(23), lessonNumber: 3, subject: "Русский язык", code: .absent),
                       (date: day(25), lessonNumber: 1, subject: "Иностранный язык (английский)", code: .late),
                       (date: day(11), lessonNumber: 1, subject: "Математика", code: .ill)]
        )
    }

    static func pyotrsDiary(_ pupil: DiaryPupil, period: Period, week: DateSpan) -> Diary {
        Diary(pupil: pupil, period: period, subjects: [subject("Окружающий мир", [(20, 5, Fixture.classwork)])],
              week: week, weekLessons: [], absences: [])
    }
}
