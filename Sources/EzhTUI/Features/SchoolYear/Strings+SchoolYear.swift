import EzhCore
import Foundation
import EzhService

/// The texts of the deputy's class, subject and curriculum lists.
extension Strings {
    var classesTitle: String { ruEn("Классы", "Classes") }
    var subjectsTitle: String { ruEn("Предметы", "Subjects") }
    func curriculumTitle(_ className: String) -> String { ruEn("Учебный план \(className)", "Curriculum of \(className)") }
    var noClassTeacher: String { ruEn("нет кл. руководителя", "no class teacher") }
    var noneChosen: String { ruEn("— никто —", "— nobody —") }
    func shiftText(_ shift: Int) -> String { ruEn("\(shift) смена", "shift \(shift)") }
    func roomText(_ room: String) -> String { room.isEmpty ? ruEn("без кабинета", "no room") : ruEn("каб. \(room)", "room \(room)") }
    func classTeacherItem(_ name: String) -> String { ruEn("Классный руководитель: \(name)", "Class teacher: \(name)") }
    func roomItem(_ room: String) -> String { ruEn("Кабинет: \(room)", "Room: \(room)") }
    func shiftItem(_ shift: Int) -> String { ruEn("Смена: \(shift)", "Shift: \(shift)") }
    var curriculumItem: String { ruEn("Учебный план класса", "The class's curriculum") }
    var classTeacherTitle: String { ruEn("Классный руководитель", "Class teacher") }
    var shiftTitle: String { ruEn("Смена", "Shift") }
    var classChanged: String { ruEn("Класс изменён", "Class changed") }
    var subjectSaved: String { ruEn("Предмет сохранён", "Subject saved") }
    var newSubjectTitle: String { ruEn("Новый предмет", "New subject") }
    var subjectNameLabel: String { ruEn("Название:", "Name:") }
    var subjectShortLabel: String { ruEn("Кратко:", "Short:") }
    var subjectShortHint: String { ruEn("Краткое название для расписания, до 8 знаков: «Мат», «Англ».", "The short name timetables show, up to 8 characters.") }
    var noCurriculum: String { ruEn("В учебном плане класса пока ничего нет: F2 добавляет предмет", "The class's curriculum is empty: F2 adds a subject") }
    var hoursLabel: String { ruEn("Часов в неделю:", "Hours a week:") }
    var hoursHint: String { ruEn("Число часов в неделю (0,5 — раз в две недели); 0 убирает предмет из плана.", "Hours a week (0.5: every other week); 0 takes the subject out.") }
    var splitTitle: String { ruEn("Деление на группы", "Split into subgroups") }
    var splitNo: String { ruEn("нет: весь класс", "no: the whole class") }
    var splitYes: String { ruEn("да: 1 и 2 группа", "yes: groups 1 and 2") }
    var curriculumSaved: String { ruEn("Учебный план сохранён", "Curriculum saved") }
    var subgroupsMark: String { ruEn("по группам", "in subgroups") }

    func curriculumLine(_ line: ClassCurriculumLine) -> String {
        let week = line.hoursPerWeek.map { ruEn("\(Self.hours($0)) ч/нед", "\(Self.hours($0)) h/wk") } ?? "—"
        let year = ruEn("\(line.hoursPerYear) ч в год", "\(line.hoursPerYear) h a year")
        return "\(week)  (\(year))\(line.split ? "  \(subgroupsMark)" : "")"
    }

    var holidaysTitle: String { ruEn("Каникулы и выходные дни", "Holidays and days off") }
    var newHolidayTitle: String { ruEn("Новые каникулы", "New holidays") }
    var holidayNameLabel: String { ruEn("Название:", "Name:") }
    var holidayFirstLabel: String { ruEn("Первый день:", "First day:") }
    var holidayLastLabel: String { ruEn("Последний день:", "Last day:") }
    func removeHolidayQuestion(_ line: String) -> String { ruEn("Убрать «\(line)»? Уроки этих дней составятся по расписанию.", "Remove “\(line)”? Lessons on those days are made from the timetable.") }

    func holidaySaved(_ lessons: LessonChangeCounts) -> String {
        ruEn("Каникулы добавлены; уроков убрано \(lessons.removed)", "Holidays added; lessons removed \(lessons.removed)")
    }

    func holidayRemoved(_ lessons: LessonChangeCounts) -> String {
        ruEn("Каникулы убраны; уроков добавлено \(lessons.added)", "Holidays removed; lessons added \(lessons.added)")
    }

    var periodsTitle: String { ruEn("Периоды учебного года", "The school year's periods") }
    var periodSaved: String { ruEn("Даты периода изменены", "The period's dates changed") }

    /// «1 четверть  01.09–24.10, открыта».
    func periodLine(_ period: Period) -> String {
        let span = "\(period.span.first.dayMonth)–\(period.span.last.dayMonth)"
        return "\(TextFitting.fit(period.name(in: language), width: 14)) \(span), \(periodState(period))"
    }

    /// Russian agrees with the period's gender: четверть закрыта, полугодие закрыто, триместр закрыт.
    private func periodState(_ period: Period) -> String {
        let ending = switch period.scheme {
        case .quarters: "а"
        case .halfYears: "о"
        case .trimesters: ""
        }
        return period.isClosed ? ruEn("закрыт" + ending, "closed") : ruEn("открыт" + ending, "open")
    }

    var bellsTitle: String { ruEn("Расписание звонков", "Bell schedules") }
    var noBells: String { ruEn("Звонков пока нет: их загружает ezh import bells", "No bells yet: ezh import bells loads them") }
    var bellLabel: String { ruEn("Время:", "Times:") }
    var bellHint: String { ruEn("Начало и конец урока: 08:30–09:15; пусто — убрать урок из звонков.", "Start and end: 08:30-09:15; empty takes the lesson out.") }
    func notTimes(_ text: String) -> String { ruEn("«\(text)» — не время урока. Введите 08:30–09:15.", "“\(text)” is not a lesson's times. Type 08:30-09:15.") }

    func bellSaved(_ lessons: LessonChangeCounts) -> String {
        ruEn("Звонки изменены; уроков с завтрашнего дня изменено \(lessons.updated), убрано \(lessons.removed)",
             "Bells changed; lessons from tomorrow changed \(lessons.updated), removed \(lessons.removed)")
    }

    var noGroup: String { ruEn("— без группы —", "— no group —") }
    var notSplit: String { ruEn("По этому предмету класс не делится на группы (Enter: деление — «да»)", "The class is not split for this subject (Enter: split, “yes”)") }
    func placedInGroup(_ pupil: String, _ group: String) -> String { ruEn("\(pupil): \(group)", "\(pupil): \(group)") }

    func notHours(_ text: String) -> String { ruEn("«\(text)» — не число часов.", "“\(text)” is not a number of hours.") }

    /// «2», «0,5».
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

/// The periods list's finals due date and closing.
extension Strings {
    /// «, приказ до 28.12» after a period's line.
    func dueSuffix(_ day: LocalDate?) -> String {
        day.map { ruEn(", итоговые до \($0.russian)", ", finals by \($0.russian)") } ?? ""
    }

    var finalsDueHint: String {
        ruEn("Дата приказа школы: до конца этого дня учителя ставят итоговые отметки периода (правило 4). Пусто — без срока.",
             "The date of the school's order: teachers give the period's finals until the end of that day (rule 4). Empty: no date.")
    }

    func finalsDueSaved(_ day: LocalDate?) -> String {
        day.map { ruEn("Итоговые отметки — до \($0.russian)", "Finals due by \($0.russian)") }
            ?? ruEn("Дата приказа снята", "The order date is removed")
    }

    func alreadyClosed(_ period: String) -> String { ruEn("\(period): уже закрыт для всех классов.", "\(period): already closed for every class.") }
    func allClasses(_ count: Int) -> String { ruEn("Все классы (\(count))", "All classes (\(count))") }
    func closeWhichTitle(_ period: String) -> String { ruEn("Закрыть: \(period)", "Close: \(period)") }
    func closingTitle(_ period: String) -> String { ruEn("Закрытие периода: \(period)", "Closing the period: \(period)") }
    var missingIntro: String { ruEn("Не заполнено:", "Missing:") }
    var nothingMissing: String { ruEn("Всё заполнено: итоговые отметки и темы уроков.", "Nothing missing: finals and lesson topics are in.") }
    func classComplete(_ name: String) -> String { ruEn("\(name): всё заполнено", "\(name): complete") }
    func withoutFinal(_ names: [String]) -> String {
        ruEn("без итоговой отметки (\(names.count)): ", "no final (\(names.count)): ") + names.joined(separator: ", ")
    }
    func withoutTopic(_ count: Int) -> String { ruEn("уроков без темы: \(count)", "lessons without a topic: \(count)") }

    var closeQuestion: String {
        ruEn("Закрыть период? После закрытия итоговые меняются только исправлением завуча по приказу. Enter — закрыть, Esc — отмена.",
             "Close the period? Afterwards finals change only by the deputy's correction under an order. Enter — close, Esc — cancel.")
    }

    func periodClosedFor(_ period: String, classes: [String]) -> String {
        ruEn("Период закрыт: \(period) — ", "Period closed: \(period) — ") + classes.joined(separator: ", ")
    }
}
