import EzhCore
import EzhService
import Foundation

/// The texts of the start screen: today's lessons, the journals, what is due, the entries of each
/// role.
extension Strings {
    public func todaysLessons(_ day: LocalDate) -> String { ruEn("Уроки сегодня, \(day.russian)", "Today's lessons, \(day.russian)") }
    public var noLessonsToday: String { ruEn("Сегодня уроков нет", "No lessons today") }
    public var journals: String { ruEn("Журналы", "Journals") }
    public var noJournals: String { ruEn("Нет доступных журналов", "No journals to open") }
    public func room(_ room: String) -> String { room.isEmpty ? "" : ruEn("каб. \(room)", "room \(room)") }

    public func openLesson(_ title: String, number: Int) -> String {
        ruEn("Урок \(number): \(title) — Enter откроет журнал", "Lesson \(number): \(title) — Enter opens the journal")
    }

    public func openPage(_ title: String) -> String {
        ruEn("Журнал \(title) — Enter откроет", "Journal \(title) — Enter opens it")
    }

    var dueTitle: String { ruEn("Что нужно внести", "What is due") }
    var nothingDue: String { ruEn("Что нужно внести: всё внесено вовремя", "What is due: everything is entered") }
    func dueFocusHint(_ key: String) -> String { ruEn("(\(key) — перейти к списку)", "(\(key) to move here)") }

    /// «! 25.11 ур.3 5А · Математика — посещаемость — просрочено»; a planned work's detail
    /// comes last, so the time left is never what a narrow screen cuts.
    func dueLine(_ item: DueItem, overdue: Bool, now: Date) -> String {
        let lesson = item.lesson
        let left = TimeLeft.text(from: now, to: item.deadline, language: language)
        let detail = item.detail.isEmpty ? "" : " — " + item.detail
        return "\(overdue ? "!" : " ") \(lesson.date.dayMonth) \(lessonHeader(lesson.lessonNumber)) \(lesson.page.title) — "
            + "\(item.name(in: language)) — \(left)\(detail)"
    }

    func dueDescription(_ item: DueItem, zone: SchoolTimeZone) -> String {
        let deadline = zone.russianDateTime(item.deadline)
        return ruEn("\(item.name(in: language)), срок \(deadline) — Enter откроет урок",
                    "\(item.name(in: language)), due \(deadline) — Enter opens the lesson")
    }

    var lessonPlansTitle: String { ruEn("КТП: часы по плану и по учебному плану (правило 8)", "Lesson plans against the curriculum (rule 8)") }
    func lessonPlanMatches(_ page: String) -> String { ruEn("✓ \(page) — часы совпадают", "✓ \(page) — the hours match") }
    var teachersDueTitle: String { ruEn("Сводка по учителям: что нужно внести", "Teachers: what is due") }
    var dueTeacherColumn: String { ruEn("Учитель", "Teacher") }
    func dueTotals(teachers: Int) -> String { ruEn("Всего (учителей: \(teachers))", "Total (\(teachers) teachers)") }
    func dueSortedBy(_ column: String) -> String {
        ruEn("Сортировка: \(column) — Enter откроет записи учителя", "Sorted by \(column) — Enter opens the teacher's items")
    }
    var allTeachersDone: String { ruEn("У всех учителей всё внесено", "Every teacher is up to date") }

    func teacherDueHeading(_ overview: DueOverview) -> String {
        ruEn("\(overview.teacherName): просрочено \(overview.overdue.count), сегодня \(overview.today.count), скоро \(overview.closingSoon.count)",
             "\(overview.teacherName): overdue \(overview.overdue.count), today \(overview.today.count), soon \(overview.closingSoon.count)")
    }

    public func notForYourRoles(_ what: String) -> String {
        ruEn("Нет доступа: «\(what)» — не для ваших ролей", "Not available: “\(what)” is not for your roles")
    }
}
