import EzhCore
import EzhService

/// The grid's way to the lesson card, and back to fresh entry terms after a late entry.
extension GridScreen {
    /// Opens the card of the lesson under the cursor: date, time, topic, homework, attendance.
    func openLessonCard(app: Application) {
        guard columns.indices.contains(cursorColumn) else { return }
        LessonCardScreen.open(lesson: columns[cursorColumn].lessonID, app: app)
    }

    /// Reads the grid again with the cursor where it was: an entry the grid showed as locked
    /// went through, so a permission has come since the grid was read, and the columns should
    /// show it.
    func reloadKeepingCursor(app: Application) {
        let (row, column) = (cursorRow, cursorColumn)
        load(focusLesson: nil, app: app)
        cursorRow = min(row, max(0, pupils.count - 1))
        cursorColumn = min(column, max(0, columns.count - 1))
    }
}
