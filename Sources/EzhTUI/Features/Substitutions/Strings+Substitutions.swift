import EzhCore
import EzhService
import Foundation

/// The texts of the deputy's substitutions.
extension Strings {
    func substitutionsTitle(_ day: LocalDate) -> String { ruEn("Замены на \(day.russian)", "Substitutions on \(day.russian)") }
    var noLessonsThatDay: String { ruEn("В этот день уроков нет", "No lessons that day") }
    func substituteFor(_ lesson: String) -> String { ruEn("Кто ведёт: \(lesson)", "Who teaches: \(lesson)") }
    func asScheduled(_ teacher: String) -> String { ruEn("по расписанию: \(teacher)", "as scheduled: \(teacher)") }
    func substitutionRecorded(_ teacher: String) -> String { ruEn("Замена: урок ведёт \(teacher)", "Substitution: \(teacher) teaches") }

    func substitutionRemoved(_ teacher: String) -> String {
        ruEn("Замена снята: урок ведёт \(teacher)", "Substitution removed: \(teacher) teaches")
    }

    var substitutionMark: String { ruEn("замена", "substitute") }
}
