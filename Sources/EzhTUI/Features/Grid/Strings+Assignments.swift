import EzhCore
import EzhService

/// The texts of a lesson's assignments in the marks grid, and of exempt cells.
extension Strings {
    public var firstMarkType: String { ruEn("Вид работы нового столбца (Enter — оставить)", "Work type of the new column (Enter keeps it)") }
    public var columnType: String { ruEn("Вид работы столбца", "Work type of the column") }
    public var newAssignmentType: String { ruEn("Ещё одно задание на уроке: вид работы", "One more assignment: its work type") }
    public var noWorkTypes: String {
        ruEn("В школе нет видов работ: их задаёт администратор.", "The school has no work types: the administrator sets them up.")
    }

    /// «Контрольная работа · К/р · вес 2»: a line of the work-type picker.
    public func workTypeChoice(_ type: WorkType) -> String {
        ruEn("\(type.name) · \(type.abbreviation) · вес \(type.weightText)", "\(type.name) · \(type.abbreviation) · weight \(type.weightText)")
    }

    public func confirmTypeChange(marks: Int, from old: WorkType, to new: WorkType) -> String {
        ruEn("В столбце \(marks) отм. Вид работы «\(old.name)» (вес \(old.weightText)) станет «\(new.name)» (вес \(new.weightText)): средние взвешенные пересчитаются. Изменение попадёт в историю. Изменить?",
             "The column has \(marks) mark(s). Its work type “\(old.name)” (weight \(old.weightText)) becomes “\(new.name)” (weight \(new.weightText)): weighted averages change. The change is kept in the history. Change it?")
    }

    public func columnAdded(_ type: WorkType) -> String {
        ruEn("Столбец: \(type.name) (вес \(type.weightText))", "Column: \(type.name) (weight \(type.weightText))")
    }

    public func typeChanged(_ type: WorkType) -> String {
        ruEn("Вид работы: \(type.name) (вес \(type.weightText))", "Work type: \(type.name) (weight \(type.weightText))")
    }

    public var chooseTypeFirst: String {
        ruEn("У столбца ещё нет задания: выберите вид работы (Ctrl+T) или поставьте первую отметку.",
             "The column has no assignment yet: choose its work type (Ctrl+T) or type its first mark.")
    }

    public var assignmentTopicTitle: String { ruEn("Тема задания", "Assignment topic") }
    public var assignmentTopicLabel: String { ruEn("Тема:", "Topic:") }
    public var topicSaved: String { ruEn("Тема задания записана", "Assignment topic saved") }
    public var nothingToRemove: String { ruEn("В этом столбце нет задания: убирать нечего.", "This column has no assignment: nothing to remove.") }

    public func columnHasMarks(_ count: Int) -> String {
        ruEn("В столбце \(count) отм.: убрать можно только пустое задание. Сотрите отметки (Delete) — каждое стирание попадёт в историю.",
             "The column has \(count) mark(s): only an empty assignment can be removed. Clear the marks first (Delete); each is kept in the history.")
    }

    public var assignmentRemoved: String { ruEn("Пустое задание убрано", "Empty assignment removed") }
    public var assignmentsInMarksGrid: String {
        ruEn("Задания и виды работ — в таблице оценок (Tab).", "Assignments and work types are in the marks grid (Tab).")
    }

    /// «27.11 урок 3 · Контрольная работа (вес 2)»: the column a form is about.
    public func columnSummary(_ column: GridColumn) -> String {
        var text = lessonAt(column.date, number: column.lessonNumber)
        if let type = column.workType { text += " · " + workType(type.name, weight: type.weightText) }
        return text
    }

    /// What an exempt pupil's empty cell shows.
    public var exemptCell: String { ruEn("осв", "exm") }
    public var exemptWord: String { ruEn("освобождён (ОСВ)", "exempt (ОСВ)") }

    public func pupilExempt(_ day: LocalDate) -> String {
        ruEn("Ученик освобождён на \(day.dayMonth) (ОСВ): отметка не ставится. Даты освобождения меняет классный руководитель или завуч.",
             "The pupil is exempt on \(day.dayMonth) (ОСВ): no mark is given. The class teacher or the deputy changes the exemption's dates.")
    }
}
