import EzhCore
import EzhService
import Foundation
import GRDB

/// What the benchmarks act on, found once in the school: the demo teacher's first lesson today
/// (its page, period and pupils), the class and quarter of the deputy's report, and the demo
/// parent's child.
struct SchoolFacts {
    let lesson: LessonSummary
    let period: Period
    /// The quarter before the current one, whole: the report a deputy checks.
    let reportQuarter: Period
    let firstPupil: PupilID
    let lastPupil: PupilID
    let teacher: PlainJournalWrites.Author
    let diaryPupil: PupilID
    /// The diary's current period (the child's class's own).
    let diaryPeriod: Period

    var className: String { lesson.page.className.description }
    var scope: (classID: Int64, subjectID: Int64, lessonDate: String) {
        (lesson.page.classID.rawValue, lesson.page.subjectID.rawValue, lesson.date.iso)
    }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    init(service: JournalService) throws {
        let teacher = try service.signIn(login: "teacher", password: UserKeys.password)
        guard let lesson = try service.home(teacher).todaysLessons.first else {
            throw Missing(description: "the demo teacher has no lesson on \(BenchmarkSchool.day.iso): make the school with --now \"\(BenchmarkSchool.momentText)\"")
        }
        let periods = try service.periods(for: lesson.page)
        guard let current = periods.firstIndex(where: { $0.span.contains(lesson.date) }) else {
            throw Missing(description: "no period holds \(lesson.date.iso)")
        }
        self.lesson = lesson
        period = periods[current]
        reportQuarter = periods[max(0, current - 1)]
        let pupils = try service.marksGrid(teacher, page: lesson.page, period: period.id).pupils
        guard let first = pupils.first, let last = pupils.last, first.id != last.id else {
            throw Missing(description: "fewer than two pupils on «\(lesson.page.title)»")
        }
        firstPupil = first.id
        lastPupil = last.id
        self.teacher = PlainJournalWrites.Author(
            accountID: teacher.accountID.rawValue, login: teacher.login, roles: teacher.roleLabel, terminal: service.terminal.label
        )
        let parent = try service.signIn(login: "parent", password: UserKeys.password)
        guard let child = try service.diaryPupils(parent).first else { throw Missing(description: "the demo parent has no child") }
        diaryPupil = child.id
        guard let diaryPeriod = try service.diaryPeriods(parent, pupil: child.id).first(where: { $0.span.contains(lesson.date) }) else {
            throw Missing(description: "no period of the diary holds \(lesson.date.iso)")
        }
        self.diaryPeriod = diaryPeriod
        for session in [teacher, parent] { service.signOut(session) }
    }
}
