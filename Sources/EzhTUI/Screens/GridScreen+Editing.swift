import EzhCore
import EzhService

/// One change made in this grid, kept so it can be undone: where, and the value before.
struct UndoRecord {
    enum OldValue {
        case mark(MarkValue?)
        case attendance(AttendanceCode?)
    }

    let pupil: PupilID
    let lesson: LessonID
    let column: Int
    let row: Int
    let old: OldValue
}

/// Writing cells through the service, and undoing the last writes.
extension GridScreen {
    private static let undoLimit = 100

    /// The cell under the cursor, when there is one and it is the user's to change; otherwise
    /// says why not. A cell past its deadline still goes to the service, which has the last
    /// word (a permission may have been granted since the grid was read) and says which rule
    /// refused it.
    private func editableCell(app: Application) -> (session: Session, pupil: GridPupil, column: GridColumn)? {
        guard let session = app.session, pupils.indices.contains(cursorRow), columns.indices.contains(cursorColumn) else { return nil }
        let column = columns[cursorColumn]
        guard column.isEditable, period?.isClosed != true else {
            app.status = .error(app.strings.columnReadOnly)
            return nil
        }
        return (session, pupils[cursorRow], column)
    }

    /// Sets a mark; a value (not a clearing) moves the cursor down for fast entry of a class.
    func setMark(_ value: MarkValue?, app: Application) {
        guard let cell = editableCell(app: app), let grid = marks else { return }
        let old = grid.value(pupil: cell.pupil.id, column: cursorColumn)
        let lookedLocked = !cell.column.entryStatus(at: app.backend.now()).acceptsEntry
        guard writeMark(value, pupil: cell.pupil.id, column: cursorColumn, session: cell.session, app: app) else { return }
        remember(UndoRecord(pupil: cell.pupil.id, lesson: cell.column.lessonID, column: cursorColumn, row: cursorRow, old: .mark(old)))
        if value != nil { cursorRow = min(cursorRow + 1, max(0, pupils.count - 1)) }
        if lookedLocked { reloadKeepingCursor(app: app) }
    }

    func setAttendance(_ code: AttendanceCode?, app: Application) {
        guard let cell = editableCell(app: app), let grid = attendance else { return }
        let old = grid.value(pupil: cell.pupil.id, column: cursorColumn)
        let lookedLocked = !cell.column.entryStatus(at: app.backend.now()).acceptsEntry
        guard writeAttendance(code, pupil: cell.pupil.id, column: cursorColumn, session: cell.session, app: app) else { return }
        remember(UndoRecord(pupil: cell.pupil.id, lesson: cell.column.lessonID, column: cursorColumn, row: cursorRow, old: .attendance(old)))
        if code != nil { cursorRow = min(cursorRow + 1, max(0, pupils.count - 1)) }
        if lookedLocked { reloadKeepingCursor(app: app) }
    }

    func clearCell(app: Application) {
        switch mode {
        case .marks: setMark(nil, app: app)
        case .attendance: setAttendance(nil, app: app)
        }
    }

    /// A list of the values the cell may take, for those who prefer choosing to typing.
    func chooseValue(app: Application) {
        guard editableCell(app: app) != nil else { return }
        let strings = app.strings
        switch mode {
        case .marks:
            let values: [MarkValue?] = MarkValue.validGrades.reversed().map { .grade($0) } + [.dot, nil]
            let items = values.map { $0?.code ?? strings.clearValue }
            app.push(PickerScreen(title: strings.chooseValue, items: items) { [weak self] index, app in
                self?.setMark(values[index], app: app)
            })
        case .attendance:
            let codes: [AttendanceCode?] = AttendanceCode.allCases + [nil]
            let items = codes.map { $0?.rawValue ?? strings.clearValue }
            app.push(PickerScreen(title: strings.chooseValue, items: items) { [weak self] index, app in
                self?.setAttendance(codes[index], app: app)
            })
        }
    }

    /// Puts back the value the last change replaced, through the service like any change, and
    /// returns the cursor to that cell.
    func undo(app: Application) {
        guard let session = app.session, let record = undoStack.last else {
            app.status = .info(app.strings.nothingToUndo)
            return
        }
        let wanted: Mode = if case .mark = record.old { .marks } else { .attendance }
        if wanted != mode { switchMode(to: wanted, app: app) }
        guard columns.indices.contains(record.column), columns[record.column].lessonID == record.lesson,
              let row = pupils.firstIndex(where: { $0.id == record.pupil }) else {
            undoStack.removeLast()
            app.status = .info(app.strings.nothingToUndo)
            return
        }
        cursorRow = row
        cursorColumn = record.column
        let written = switch record.old {
        case .mark(let value): writeMark(value, pupil: record.pupil, column: record.column, session: session, app: app)
        case .attendance(let code): writeAttendance(code, pupil: record.pupil, column: record.column, session: session, app: app)
        }
        if written {
            undoStack.removeLast()
            app.status = .info(app.strings.undone(describeCell(strings: app.strings)))
        }
    }

    private func remember(_ record: UndoRecord) {
        undoStack.append(record)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
    }

    /// Writes one mark; on success the grid takes the value and the column the service returns
    /// (it carries a new assignment's id when one was created). On failure the status line says
    /// why and nothing moves.
    private func writeMark(_ value: MarkValue?, pupil: PupilID, column index: Int, session: Session, app: Application) -> Bool {
        guard let grid = marks else { return false }
        do {
            let updated = try app.backend.setMark(session, page: page, column: grid.columns[index], pupil: pupil, value: value)
            var columns = grid.columns
            columns[index] = updated
            var result = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns,
                                   cells: grid.cells, finals: grid.finals)
            result.set(value, pupil: pupil, column: index)
            let cache = sheetCache
            marks = result
            if var cached = cache, cached.key.mode == .marks, let row = result.pupils.firstIndex(where: { $0.id == pupil }) {
                cached.sheet?.refresh(
                    row: row, column: index, marks: result, strings: app.strings, today: app.backend.today(), now: app.backend.now()
                )
                sheetCache = cached
            }
            return true
        } catch {
            app.status = .error(app.message(for: error))
            return false
        }
    }

    private func writeAttendance(_ code: AttendanceCode?, pupil: PupilID, column index: Int, session: Session, app: Application) -> Bool {
        guard var grid = attendance else { return false }
        do {
            try app.backend.setAttendance(session, page: page, lesson: grid.columns[index].lessonID, pupil: pupil, code: code)
            grid.set(code, pupil: pupil, column: index)
            let cache = sheetCache
            attendance = grid
            if var cached = cache, cached.key.mode == .attendance, let row = grid.pupils.firstIndex(where: { $0.id == pupil }) {
                cached.sheet?.refresh(row: row, attendance: grid)
                sheetCache = cached
            }
            return true
        } catch {
            app.status = .error(app.message(for: error))
            return false
        }
    }
}
