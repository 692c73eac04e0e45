import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The class teacher's week: mathematics with Monday complete, Tuesday's homework late and
/// Friday's lesson ahead; physics with Wednesday's topic and attendance missing. The week asked
/// for is kept, so tests see ←/→.
extension FakeJournal: ClassWeekBackend {
    func classWeekOverview(_ session: Session, classID: ClassID, week: DateSpan) throws -> ClassWeekOverview {
        people.changes.append("class week \(week.first.iso)")
        let days = (0..<5).map { week.first.adding(days: $0) }
        func lesson(_ id: Int64, _ number: Int, ahead: Bool = false, topic: Bool = true, attendance: Bool = true, marks: Int = 0,
                    homework: LessonFill.Homework = .onTime) -> LessonFill {
            LessonFill(lessonID: LessonID(id), lessonNumber: number, isAhead: ahead, hasTopic: topic, attendanceTaken: attendance,
                       marks: marks, homework: homework, isOverdue: !ahead && (!topic || !attendance || homework != .onTime))
        }
        return ClassWeekOverview(className: Fixture.math.className, days: days, rows: [
            ClassWeekRow(title: "Математика", teacherName: "Петрова А.С.", days: [
                days[0]: [lesson(1, 2, marks: 3)], days[1]: [lesson(2, 3, homework: .late)], days[4]: [lesson(3, 3, ahead: true)],
            ]),
            ClassWeekRow(title: "Физика", teacherName: "Сидоров П.А.", days: [
                days[2]: [lesson(4, 1, topic: false, attendance: false, homework: .missing)],
            ]),
        ])
    }
}
