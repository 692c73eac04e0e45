import EzhCore
import EzhService

/// The texts of the overviews of filling: the class teacher's week and the deputy's table.
extension Strings {
    func classWeekTitle(_ className: ClassName, week: DateSpan) -> String {
        ruEn("Заполнение журнала \(className) · неделя \(week.first.dayMonth)–\(week.last.russian)",
             "Journal filling \(className) · week \(week.first.dayMonth)–\(week.last.russian)")
    }

    var classWeekLegend: String {
        ruEn("Урок: Т тема, П посещаемость, О отметки, Д домашнее задание (д — с опозданием), · нет, ○ урок впереди; ←/→ неделя",
             "Lesson: T topic, A attendance, M marks, H homework (h: late), · missing, ○ lesson ahead; ←/→ week")
    }

    var classWeekSubject: String { ruEn("Предмет", "Subject") }
    var classWeekNoLessons: String { ruEn("На этой неделе уроков нет", "No lessons this week") }

    /// «ТП·Д»: one lesson in four symbols; «○○○○» for a lesson not yet begun.
    func fillCell(_ lesson: LessonFill) -> String {
        if lesson.isAhead { return "○○○○" }
        let (topic, attendance, marks, homework, late) = language == .ru ? ("Т", "П", "О", "Д", "д") : ("T", "A", "M", "H", "h")
        let homeworkSymbol = switch lesson.homework {
        case .onTime: homework
        case .late: late
        case .missing: "·"
        }
        return (lesson.hasTopic ? topic : "·") + (lesson.attendanceTaken ? attendance : "·") + (lesson.marks > 0 ? marks : "·")
            + homeworkSymbol
    }

    /// «Математика — Петрова О.И.: уроков 5, без темы 1, без посещаемости 0, ДЗ нет или поздно 2».
    func classWeekRowStatus(_ row: ClassWeekRow) -> String {
        let held = row.days.values.joined().filter { !$0.isAhead }
        let noTopic = held.count { !$0.hasTopic }
        let noAttendance = held.count { !$0.attendanceTaken }
        let homework = held.count { $0.homework != .onTime }
        return ruEn("\(row.title) — \(row.teacherName): уроков \(held.count), без темы \(noTopic), без посещаемости \(noAttendance), ДЗ нет или поздно \(homework)",
                    "\(row.title) — \(row.teacherName): lessons \(held.count), no topic \(noTopic), no attendance \(noAttendance), homework missing or late \(homework)")
    }

    func weekdayShort(_ day: LocalDate) -> String {
        let names = language == .ru ? ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        return names[(day.weekday - 1) % 7]
    }
}
