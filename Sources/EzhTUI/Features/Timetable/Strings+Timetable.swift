import EzhCore
import EzhService

/// The texts of the timetable editor.
extension Strings {
    func timetableTitle(_ week: TimetableGridWeek) -> String {
        let monday = week.monday
        let sunday = monday.adding(days: 6)
        let whose: String = switch week.view {
        case .ofClass: ruEn("Расписание \(week.title)", "Timetable of \(week.title)")
        case .ofTeacher: ruEn("Расписание учителя \(week.title)", "Timetable of \(week.title)")
        case .ofRoom: ruEn("Расписание каб. \(week.title)", "Timetable of room \(week.title)")
        }
        return "\(whose) · \(monday.dayMonth)–\(sunday.russian)"
    }

    var timetableEmpty: String { ruEn("Уроков в этой неделе нет", "No lessons this week") }
    var timetableNoClasses: String { ruEn("В учебном году нет классов", "The school year has no classes") }
    var lessonNumberHeader: String { ruEn("№", "#") }
    var roomShort: String { ruEn("каб.", "rm") }
    var cancelledMark: String { ruEn("отменён", "cancelled") }
    var addedMark: String { ruEn("+ разово", "+ one-off") }
    var chooseTeacherTitle: String { ruEn("Расписание учителя", "A teacher's timetable") }
    var chooseRoomTitle: String { ruEn("Расписание кабинета", "A room's timetable") }
    var chooseClassTitle: String { ruEn("Расписание класса", "A class's timetable") }
    var noRooms: String { ruEn("Кабинеты ещё не указаны в расписании", "No rooms in the timetable yet") }
    var weekOfDateTitle: String { ruEn("Неделя даты", "Week of a date") }
    var dateLabel: String { ruEn("Дата:", "Date:") }
    var dateFormatHint: String { ruEn("Дата в виде дд.мм.гггг, например 07.12.2026.", "A date as dd.mm.yyyy, e.g. 07.12.2026.") }

    func notADate(_ text: String) -> String {
        ruEn("«\(text)» — не дата. Введите дд.мм.гггг.", "“\(text)” is not a date. Type dd.mm.yyyy.")
    }

    var editOnlyInClassView: String {
        ruEn("Менять уроки можно в расписании класса: Enter откроет его.", "Lessons are changed in a class's timetable: Enter opens it.")
    }

    func cellTitle(_ className: String, weekday: Int, number: Int) -> String {
        ruEn("\(className), \(WeekdayName.short(weekday, in: .ru)), \(number) урок",
             "\(className), \(WeekdayName.short(weekday, in: .en)), lesson \(number)")
    }

    var putLesson: String { ruEn("Поставить урок", "Put a lesson here") }
    func changeLine(_ line: String) -> String { ruEn("Изменить: \(line)", "Change: \(line)") }
    func removeLine(_ line: String) -> String { ruEn("Убрать: \(line)", "Remove: \(line)") }
    var chooseSubjectTitle: String { ruEn("Предмет", "Subject") }
    var chooseSubgroupTitle: String { ruEn("Класс или подгруппа", "Class or subgroup") }
    var wholeClass: String { ruEn("весь класс", "whole class") }
    var chooseTeacherForLesson: String { ruEn("Учитель", "Teacher") }
    func teachesThisSubject(_ name: String) -> String { ruEn("\(name) (ведёт этот предмет)", "\(name) (teaches this subject)") }
    var roomTitle: String { ruEn("Кабинет", "Room") }
    var roomLabel: String { ruEn("Кабинет:", "Room:") }
    var roomHint: String { ruEn("Номер кабинета; пусто — без кабинета.", "The room; empty for none.") }
    var effectiveTitle: String { ruEn("С какого дня", "From which day") }
    var effectiveLabel: String { ruEn("Действует с:", "Takes effect on:") }

    func effectiveHint(_ change: String) -> String {
        ruEn("\(change). Изменение действует с этого дня (не раньше сегодняшнего); уроки года с этого дня составляются заново.",
             "\(change). The change holds from this day (not before today); the year's lessons from that day are made again.")
    }

    func timetableChanged(_ outcome: TimetableChangeOutcome) -> String {
        guard outcome.changed else { return ruEn("Ничего не изменилось", "Nothing changed") }
        let lessons = outcome.lessons
        return ruEn(
            "Расписание изменено с \(outcome.from.russian); уроков добавлено \(lessons.added), изменено \(lessons.updated), убрано \(lessons.removed)",
            "Timetable changed from \(outcome.from.russian); lessons added \(lessons.added), changed \(lessons.updated), removed \(lessons.removed)")
    }

    func oneOffTitle(_ date: LocalDate, number: Int) -> String {
        ruEn("Разово на \(date.russian), \(number) урок", "One-off on \(date.russian), lesson \(number)")
    }

    func cancelOneLesson(_ text: String) -> String { ruEn("Отменить: \(text)", "Cancel: \(text)") }
    func moveOneLesson(_ text: String) -> String { ruEn("Перенести: \(text)", "Move: \(text)") }
    var addOneLesson: String { ruEn("Добавить урок в этот день", "Add a lesson that day") }
    var moveToTitle: String { ruEn("Перенести урок", "Move the lesson") }
    var moveToLabel: String { ruEn("На дату:", "To date:") }
    var moveToNumberTitle: String { ruEn("На какой урок", "To which lesson") }
    func lessonNumberItem(_ number: Int) -> String { ruEn("\(number) урок", "lesson \(number)") }
    func lessonCancelled(_ date: LocalDate) -> String { ruEn("Урок \(date.russian) отменён", "The lesson on \(date.russian) is cancelled") }

    func lessonMoved(_ date: LocalDate, number: Int) -> String {
        ruEn("Урок перенесён на \(date.russian), \(number) урок", "The lesson moved to \(date.russian), lesson \(number)")
    }

    func lessonAdded(_ date: LocalDate, number: Int) -> String {
        ruEn("Урок добавлен: \(date.russian), \(number) урок", "Lesson added: \(date.russian), lesson \(number)")
    }

    var noSubjectsForClass: String {
        ruEn("У класса нет предметов в учебном плане: сначала заполните учебный план.",
             "The class has no subjects in its curriculum: fill in the curriculum first.")
    }
}
