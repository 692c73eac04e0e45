import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// How the subject teachers of a class keep its journal in a week: every page's lessons day by
    /// day with topic, attendance, marks and whether the homework came in time (rule 2). For the
    /// class's own class teacher, and for the deputy, who oversees every class.
    public func classWeekOverview(_ session: Session, classID: ClassID, week: DateSpan) throws -> ClassWeekOverview {
        try read { db in
            let viewer = try viewer(for: session, db)
            guard viewer.ledClasses.contains(classID) || SchoolAction.viewDueOverview.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(BilingualText("сводка заполнения чужого класса", "the filling overview of another class"))
            }
            guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let now = now()
            let engine = try ruleEngine(db)
            let weekDays = try SchoolQueries.school(db)?.weekDays ?? 5
            let days = (0..<7).map { week.first.adding(days: $0) }.filter { $0 <= week.last && $0.weekday <= weekDays }
            var rows: [(key: String, title: String, teacher: StaffID, days: [LocalDate: [LessonFill]])] = []
            for fill in try ClassWeekQueries.lessons(ofClass: classID, in: week, db) {
                let lesson = fill.lesson
                let title = fill.subgroupName.map { "\(fill.subjectName) (\($0))" } ?? fill.subjectName
                let isAhead = timeZone.instant(lesson.date, lesson.start) > now
                let terms = try terms(of: lesson, for: [.homework], db)
                func isPast(_ kind: EntryKind, at instant: Date = now) -> Bool {
                    engine.window(for: kind, lesson: terms.timing, period: terms.period).isPastDeadline(instant)
                }
                let homework: LessonFill.Homework = fill.homeworkFirstSetAt.map { isPast(.homework, at: $0) ? .late : .onTime } ?? .missing
                let isOverdue = !isAhead && (
                    (!fill.hasTopic && isPast(.lessonRecord)) || (!fill.attendanceTaken && isPast(.attendance))
                        || homework == .late || (homework == .missing && isPast(.homework))
                )
                let entry = LessonFill(
                    lessonID: lesson.id, lessonNumber: lesson.lessonNumber, isAhead: isAhead, hasTopic: fill.hasTopic,
                    attendanceTaken: fill.attendanceTaken, marks: fill.marks, homework: homework, isOverdue: isOverdue
                )
                if rows.last?.key != title {
                    rows.append((title, title, lesson.scheduledTeacherID, [:]))
                }
                rows[rows.count - 1].days[lesson.date, default: []].append(entry)
            }
            return ClassWeekOverview(className: className, days: days, rows: try rows.map { row in
                ClassWeekRow(title: row.title, teacherName: try AccountQueries.staffName(row.teacher, db)?.withInitials ?? "", days: row.days)
            })
        }
    }
}
