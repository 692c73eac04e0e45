import EzhCore
import EzhService
import Foundation

/// The texts of the marks and attendance grids.
extension Strings {
    public var marksTab: String { ruEn("Оценки", "Marks") }
    public var attendanceTab: String { ruEn("Посещаемость", "Attendance") }
    public var pupilHeader: String { ruEn("Ученик", "Pupil") }
    public func lessonHeader(_ number: Int) -> String { ruEn("ур.\(number)", "L\(number)") }
    public var missedHeader: String { ruEn("Проп", "Miss") }
    public var illHeader: String { ruEn("Б", "Ill") }
    public var closedPeriod: String { ruEn("период закрыт", "period closed") }
    public var noColumns: String { ruEn("В этом периоде нет уроков", "No lessons in this period") }
    public var noPupils: String { ruEn("На этой странице нет учеников", "No pupils on this page") }

    public func lessonAt(_ date: LocalDate, number: Int) -> String {
        ruEn("\(date.dayMonth) урок \(number)", "\(date.dayMonth) lesson \(number)")
    }

    public func workType(_ name: String, weight: String) -> String { ruEn("\(name) (вес \(weight))", "\(name) (weight \(weight))") }

    public var columnReadOnly: String {
        ruEn("Этот урок можно только смотреть: он не ваш или период закрыт.", "This lesson is read only: it is not yours or the period is closed.")
    }

    public var notAMark: String { ruEn("Введите отметку 1–5 или точку; Delete стирает.", "Type a mark 1-5 or a dot; Delete clears.") }

    public var notAnAttendanceCode: String {
        ruEn("Введите Н (клавиша н/Y) или ОП (о/J); Delete стирает.", "Type Н (key н/Y) or ОП (о/J); Delete clears.")
    }

    public var nothingToUndo: String { ruEn("Нечего отменять", "Nothing to undo") }
    public func undone(_ what: String) -> String { ruEn("Отменено: \(what)", "Undone: \(what)") }
    public var chooseValue: String { ruEn("Значение ячейки", "Cell value") }
    public var clearValue: String { ruEn("— стереть", "— clear") }
    public func history(_ what: String) -> String { ruEn("История: \(what)", "History: \(what)") }
    public var noHistory: String { ruEn("Изменений не было", "No changes yet") }
    public func noSuchPupil(_ number: Int) -> String { ruEn("Нет ученика с номером \(number)", "No pupil number \(number)") }

    public func undoRefused(_ change: CellChange) -> String {
        ruEn("Отменить нельзя: после вас клетку изменили: \(change.summary(in: .ru)).",
             "Cannot undo: the cell was changed after you: \(change.summary(in: .en)).")
    }

    /// In the status line, where a cell's deadline would be.
    public var notInClassThatDay: String { ruEn("нет в классе в этот день", "not in the class that day") }

    public func notInClassOnDay(_ day: LocalDate) -> String {
        ruEn("Ученика нет в классе на \(day.dayMonth): в этот урок ему ничего не ставится.",
             "The pupil is not in the class on \(day.dayMonth): nothing is entered for them in this lesson.")
    }
}
