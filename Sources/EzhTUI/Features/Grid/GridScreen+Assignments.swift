import EzhCore
import EzhService

/// A lesson's assignments from the marks grid: the type of a column chosen before its first
/// mark or changed later, one more column on the same lesson, its topic, an empty one removed.
extension GridScreen {
    /// The picker of the school's work types with their weights; `current` (else the school's
    /// default) is preselected, so Enter alone keeps it.
    func chooseWorkType(title: String, current: WorkTypeID?, app: Application, then: @escaping (WorkType, Application) -> Void) {
        guard let session = app.session else { return }
        let list: WorkTypeList
        do {
            list = try app.backend.workTypes(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        guard !list.types.isEmpty else {
            app.status = .error(app.strings.noWorkTypes)
            return
        }
        let items = list.types.map { app.strings.workTypeChoice($0) }
        let selected = current.flatMap { id in list.types.firstIndex { $0.id == id } } ?? list.defaultIndex
        app.push(PickerScreen(title: title, items: items, selected: selected) { index, app in
            then(list.types[index], app)
        })
    }

    /// The column's own work type: chosen for an empty lesson (before any mark), or changed;
    /// a column with marks asks first, since its marks then weigh differently.
    func changeColumnType(app: Application) {
        guard mode == .marks, let cell = editableCell(app: app) else { return notInMarks(app: app) }
        let column = cell.column
        chooseWorkType(title: app.strings.columnType, current: column.workType?.id, app: app) { [weak self] type, app in
            guard let self else { return }
            guard column.assignmentID != nil else {
                return self.addColumn(type, to: column, session: cell.session, app: app)
            }
            guard type.id != column.workType?.id else { return }
            let marked = self.markCount(inColumn: self.cursorColumn)
            guard marked > 0, let old = column.workType else {
                return self.writeType(type, of: column, session: cell.session, app: app)
            }
            app.push(ConfirmScreen(title: app.strings.columnType,
                                   question: app.strings.confirmTypeChange(marks: marked, from: old, to: type)) { [weak self] app in
                self?.writeType(type, of: column, session: cell.session, app: app)
            })
        }
    }

    /// A further assignment in the cursor's lesson: its own column right after the lesson's others.
    func addAssignmentColumn(app: Application) {
        guard mode == .marks, let cell = editableCell(app: app) else { return notInMarks(app: app) }
        let lessonColumns = columns.indices.filter { columns[$0].lessonID == cell.column.lessonID }
        let last = columns[lessonColumns.last ?? cursorColumn]
        chooseWorkType(title: app.strings.newAssignmentType, current: nil, app: app) { [weak self] type, app in
            self?.addColumn(type, to: last, session: cell.session, app: app)
        }
    }

    /// Edits the topic of the column's assignment (rule 9: in Russian).
    func editAssignmentTopic(app: Application) {
        guard mode == .marks, let cell = editableCell(app: app) else { return notInMarks(app: app) }
        guard cell.column.assignmentID != nil else {
            app.status = .error(app.strings.chooseTypeFirst)
            return
        }
        let column = cell.column
        app.push(FormPromptScreen(
            title: app.strings.assignmentTopicTitle, body: [app.strings.columnSummary(column)],
            label: app.strings.assignmentTopicLabel, initial: column.assignmentTopic, limit: TextLimit("Тема задания", "Assignment topic", maximum: 500)
        ) { [weak self] text, app in
            guard let self else { return .close }
            do {
                let result = try app.backend.setAssignmentTopic(cell.session, page: self.page, column: column, topic: text)
                self.reloadFocusing(result.column, app: app)
                app.status = result.warning.map { .info($0.text(in: app.strings.language)) } ?? .info(app.strings.topicSaved)
                return .close
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    /// Removes the column's assignment when it has no marks.
    func removeAssignmentColumn(app: Application) {
        guard mode == .marks, let cell = editableCell(app: app) else { return notInMarks(app: app) }
        guard cell.column.assignmentID != nil else {
            app.status = .error(app.strings.nothingToRemove)
            return
        }
        let marked = markCount(inColumn: cursorColumn)
        guard marked == 0 else {
            app.status = .error(app.strings.columnHasMarks(marked))
            return
        }
        do {
            try app.backend.removeAssignment(cell.session, page: page, column: cell.column)
            reloadKeepingCursor(app: app)
            app.status = .info(app.strings.assignmentRemoved)
        } catch {
            refused(by: error, undoing: false, app: app)
        }
    }

    private func addColumn(_ type: WorkType, to column: GridColumn, session: Session, app: Application) {
        do {
            let made = try app.backend.addAssignment(session, page: page, column: column, workType: type.id)
            reloadFocusing(made, app: app)
            app.status = .info(app.strings.columnAdded(type))
        } catch {
            refused(by: error, undoing: false, app: app)
        }
    }

    private func writeType(_ type: WorkType, of column: GridColumn, session: Session, app: Application) {
        do {
            let changed = try app.backend.changeWorkType(session, page: page, column: column, to: type.id)
            reloadFocusing(changed, app: app)
            app.status = .info(app.strings.typeChanged(type))
        } catch {
            refused(by: error, undoing: false, app: app)
        }
    }

    /// Reads the grid again with the cursor on `column`'s assignment (a new column included).
    private func reloadFocusing(_ column: GridColumn, app: Application) {
        reloadKeepingCursor(app: app)
        if let index = columns.firstIndex(where: { $0.lessonID == column.lessonID && $0.assignmentID == column.assignmentID }) {
            cursorColumn = index
        }
    }

    private func markCount(inColumn index: Int) -> Int {
        guard let grid = marks else { return 0 }
        return grid.pupils.filter { grid.value(pupil: $0.id, column: index) != nil }.count
    }

    private func notInMarks(app: Application) {
        if mode != .marks { app.status = .error(app.strings.assignmentsInMarksGrid) }
    }
}
