import EzhCore
import EzhService

/// The grid's way to the lesson card, and back to fresh entry terms after a late entry.
extension GridScreen {
    /// Opens the card of the lesson under the cursor: date, time, topic, homework, attendance.
    func openLessonCard(app: Application) {
        guard columns.indices.contains(cursorColumn) else { return }
        app.push(LessonCardScreen(lesson: columns[cursorColumn].lessonID))
    }

    /// Reads the grid again with the cursor on the same pupil and lesson: an entry the grid
    /// showed as locked went through (a permission has come since the grid was read), or another
    /// terminal changed the page. Columns may have come or gone meanwhile, so the cursor follows
    /// the pupil and the lesson, not the row and column numbers.
    func reloadKeepingCursor(app: Application) {
        let (row, index) = (cursorRow, cursorColumn)
        let pupil = pupils.indices.contains(row) ? pupils[row].id : nil
        let column = columns.indices.contains(index) ? columns[index] : nil
        let finalsOffset = index - columns.count
        readGrid(focusLesson: nil, app: app)
        cursorRow = pupil.flatMap { id in pupils.firstIndex { $0.id == id } } ?? min(row, max(0, pupils.count - 1))
        cursorColumn = column.flatMap { old in
            columns.firstIndex { $0.lessonID == old.lessonID && $0.assignmentID == old.assignmentID }
                ?? columns.firstIndex { $0.lessonID == old.lessonID }
        } ?? min(index, max(0, columns.count - 1))
        // A cursor on a final stays on that final.
        if finalsOffset >= 0, finalsColumnCount > 0 { cursorColumn = columns.count + min(finalsOffset, finalsColumnCount - 1) }
    }
}
