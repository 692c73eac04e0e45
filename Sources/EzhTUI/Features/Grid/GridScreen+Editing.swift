import EzhCore
import EzhService

/// One change made in this grid, kept so it can be undone: where, the value before and the value
/// written (undo puts the old value back only while the cell still holds the written one).
struct UndoRecord {
    enum Value: Equatable {
        case mark(MarkValue?)
        case attendance(AttendanceCode?)
    }

    let pupil: PupilID
    let lesson: LessonID
    /// The mark's assignment (nil in the attendance grid).
    let assignment: AssignmentID?
    let old: Value
    let new: Value
}

/// Writing cells through the service, and undoing the last writes.
extension GridScreen {
    private static let undoLimit = 100

    /// The cell under the cursor, when there is one and it is the user's to change; otherwise
    /// says why not. A cell past its deadline still goes to the service, which has the last
    /// word (a permission may have been granted since the grid was read) and says which rule
    /// refused it.
    func editableCell(app: Application) -> (session: Session, pupil: GridPupil, column: GridColumn)? {
        guard let session = app.session, pupils.indices.contains(cursorRow), columns.indices.contains(cursorColumn) else { return nil }
        let column = columns[cursorColumn]
        guard column.isEditable, period?.isClosed != true else {
            app.status = .error(readOnlyReason(column, app: app))
            return nil
        }
        guard pupils[cursorRow].isInClass(on: column.date) else {
            app.status = .error(app.strings.notInClassOnDay(column.date))
            return nil
        }
        return (session, pupils[cursorRow], column)
    }

    /// Why a column takes no entry: the scheduled teacher of a substituted lesson is told who
    /// gives it (rule 6), as the service would refuse it.
    private func readOnlyReason(_ column: GridColumn, app: Application) -> String {
        let substitute = home.substitutions.first { $0.lesson.lessonID == column.lessonID && $0.side == .givenBySubstitute }
        guard period?.isClosed != true, let substitute else { return app.strings.columnReadOnly }
        return app.message(for: JournalError.lessonGivenBySubstitute(substitute: substitute.otherTeacher))
    }

    /// Sets a mark; a value (not a clearing) moves the cursor down to the next pupil who takes
    /// an entry in this lesson, for fast entry of a class.
    /// The first mark of a lesson without an assignment asks first for the column's work type
    /// (the school's default preselected: Enter keeps it), then writes the mark with it.
    func setMark(_ value: MarkValue?, app: Application, newColumnType: WorkTypeID? = nil) {
        guard let cell = editableCell(app: app), let grid = marks else { return }
        if value != nil, cell.pupil.isExempt(on: cell.column.date) {
            app.status = .error(app.strings.pupilExempt(cell.column.date))
            return
        }
        if value != nil, cell.column.assignmentID == nil, newColumnType == nil {
            return chooseWorkType(title: app.strings.firstMarkType, current: nil, app: app) { [weak self] type, app in
                self?.setMark(value, app: app, newColumnType: type.id)
            }
        }
        let old = grid.value(pupil: cell.pupil.id, column: cursorColumn)
        let lookedLocked = !cell.column.entryStatus(at: app.backend.now()).acceptsEntry
        guard let written = writeMark(value, replacing: old, pupil: cell.pupil.id, column: cursorColumn, session: cell.session, app: app,
                                      newColumnType: newColumnType)
        else { return }
        remember(UndoRecord(pupil: cell.pupil.id, lesson: written.lessonID, assignment: written.assignmentID,
                            old: .mark(old), new: .mark(value)))
        if value != nil { moveToNextPupilTakingEntry() }
        if lookedLocked { reloadKeepingCursor(app: app) }
    }

    func setAttendance(_ code: AttendanceCode?, app: Application) {
        guard let cell = editableCell(app: app), let grid = attendance else { return }
        let old = grid.value(pupil: cell.pupil.id, column: cursorColumn)
        let lookedLocked = !cell.column.entryStatus(at: app.backend.now()).acceptsEntry
        guard writeAttendance(code, replacing: old, pupil: cell.pupil.id, column: cursorColumn, session: cell.session, app: app)
        else { return }
        remember(UndoRecord(pupil: cell.pupil.id, lesson: cell.column.lessonID, assignment: nil,
                            old: .attendance(old), new: .attendance(code)))
        if code != nil { moveToNextPupilTakingEntry() }
        if lookedLocked { reloadKeepingCursor(app: app) }
    }

    /// Down to the next pupil who is in the class on the lesson's day: one who left or had not
    /// yet come takes no entry, so typing ahead must not land on them. Stays when there is none.
    private func moveToNextPupilTakingEntry() {
        guard columns.indices.contains(cursorColumn) else { return }
        let day = columns[cursorColumn].date
        // An exempt pupil takes no mark that day: fast entry passes them by.
        let takesEntry = { (pupil: GridPupil) in pupil.isInClass(on: day) && (self.mode == .attendance || !pupil.isExempt(on: day)) }
        if let next = pupils.indices.dropFirst(cursorRow + 1).first(where: { takesEntry(pupils[$0]) }) {
            cursorRow = next
        }
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
    /// returns the cursor to that cell; only while the cell still holds what this user wrote, so
    /// an undo never erases someone else's later entry.
    func undo(app: Application) {
        guard let session = app.session, let record = undoStack.last else {
            app.status = .info(app.strings.nothingToUndo)
            return
        }
        let wanted: Mode = if case .mark = record.old { .marks } else { .attendance }
        if wanted != mode { switchMode(to: wanted, app: app) }
        guard let column = columns.firstIndex(where: { $0.lessonID == record.lesson && $0.assignmentID == record.assignment }),
              let row = pupils.firstIndex(where: { $0.id == record.pupil }) else {
            undoStack.removeLast()
            app.status = .info(app.strings.nothingToUndo)
            return
        }
        cursorRow = row
        cursorColumn = column
        let written: Bool = switch (record.old, record.new) {
        case (.mark(let old), .mark(let new)):
            writeMark(old, replacing: new, pupil: record.pupil, column: column, session: session, app: app, undoing: true) != nil
        case (.attendance(let old), .attendance(let new)):
            writeAttendance(old, replacing: new, pupil: record.pupil, column: column, session: session, app: app, undoing: true)
        default: false
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

    /// Writes one mark, if the cell still holds `seen`; on success the grid takes the value and
    /// the column the service returns (it carries a new assignment's id when one was created),
    /// and that column is returned. On failure the status line says why and nothing moves; when
    /// another terminal changed the cell, the grid is read again so the cell shows what it holds
    /// (and an undo that met such a change is dropped: there is nothing of this user's to undo).
    private func writeMark(
        _ value: MarkValue?, replacing seen: MarkValue?, pupil: PupilID, column index: Int, session: Session, app: Application,
        undoing: Bool = false, newColumnType: WorkTypeID? = nil
    ) -> GridColumn? {
        guard let grid = marks else { return nil }
        do {
            let updated = try app.backend.setMark(session, page: page, column: grid.columns[index], pupil: pupil, value: value,
                                                  replacing: seen, newColumnType: newColumnType)
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
            return updated
        } catch {
            refused(by: error, undoing: undoing, app: app)
            return nil
        }
    }

    private func writeAttendance(
        _ code: AttendanceCode?, replacing seen: AttendanceCode?, pupil: PupilID, column index: Int, session: Session,
        app: Application, undoing: Bool = false
    ) -> Bool {
        guard var grid = attendance else { return false }
        do {
            try app.backend.setAttendance(session, page: page, lesson: grid.columns[index].lessonID, pupil: pupil, code: code,
                                          replacing: seen)
            grid.set(code, pupil: pupil, column: index)
            let cache = sheetCache
            attendance = grid
            if var cached = cache, cached.key.mode == .attendance, let row = grid.pupils.firstIndex(where: { $0.id == pupil }) {
                cached.sheet?.refresh(row: row, attendance: grid)
                sheetCache = cached
            }
            return true
        } catch {
            refused(by: error, undoing: undoing, app: app)
            return false
        }
    }

    /// Says why a write did not happen. The application drops the keys typed after it, so the
    /// entry stops on this cell.
    func refused(by error: Error, undoing: Bool, app: Application) {
        guard case JournalError.cellChanged(let change) = error else {
            app.status = .error(app.message(for: error))
            return
        }
        reloadKeepingCursor(app: app)
        if undoing {
            undoStack.removeLast()
            app.status = .error(app.strings.undoRefused(change))
        } else {
            app.status = .error(app.message(for: error))
        }
    }
}
