import EzhCore
import EzhService

/// The deputy's classes of the year: each with its class teacher, room and shift. Enter changes
/// one of them or opens the class's curriculum; F4 opens the subjects, F5 the holidays, F6 the bells, F8 the
/// periods.
final class ClassesScreen: Screen {
    private var records = RecordList<SchoolClassSummary>()
    private var classes: [SchoolClassSummary] { records.items }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.schoolYearClasses($0) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.classesTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        records.draw(into: &buffer, text: { self.line($0, strings) })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .openCurriculum, .openSubjects, .openCalendar, .openBells, .openPeriods, .back], context: context, app: app)
    }

    /// «5А   Петрова Анна Сергеевна   каб. 21   1 смена».
    private func line(_ item: SchoolClassSummary, _ strings: Strings) -> String {
        let name = TextFitting.fit(item.name.description, width: 5)
        let teacher = TextFitting.fit(item.classTeacher?.full ?? strings.noClassTeacher, width: 36)
        return "\(name) \(teacher) \(TextFitting.fit(strings.roomText(item.room), width: 14)) \(strings.shiftText(item.shift))"
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        switch action {
        case .open: edit(app: app)
        case .openCurriculum: openCurriculum(app: app)
        case .openSubjects: app.push(SubjectsScreen())
        case .openCalendar: app.push(HolidaysScreen())
        case .openBells: app.push(BellsScreen())
        case .openPeriods: app.push(PeriodsScreen())
        default: return false
        }
        return true
    }

    private var selected: SchoolClassSummary? { classes.indices.contains(records.list.selected) ? classes[records.list.selected] : nil }

    private func openCurriculum(app: Application) {
        guard let item = selected else { return }
        app.push(CurriculumScreen(classID: item.id, className: item.name.description))
    }

    private func edit(app: Application) {
        guard let item = selected else { return }
        let strings = app.strings
        let items = [strings.classTeacherItem(item.classTeacher?.withInitials ?? strings.noClassTeacher),
                     strings.roomItem(item.room), strings.shiftItem(item.shift), strings.curriculumItem]
        app.push(PickerScreen(title: item.name.description, items: items) { [weak self] index, app in
            switch index {
            case 0: self?.chooseClassTeacher(item, app: app)
            case 1: self?.chooseRoom(item, app: app)
            case 2: self?.chooseShift(item, app: app)
            default: self?.openCurriculum(app: app)
            }
        })
    }

    private func chooseClassTeacher(_ item: SchoolClassSummary, app: Application) {
        guard let session = app.session else { return }
        let strings = app.strings
        do {
            let staff = try app.backend.staff(session).sorted { PersonName.alphabetical($0.name, $1.name) }
            let selected = (staff.firstIndex { $0.id == item.classTeacherID }).map { $0 + 1 } ?? 0
            app.push(PickerScreen(title: strings.classTeacherTitle, items: [strings.noneChosen] + staff.map(\.name.full),
                                  selected: selected) { [weak self] index, app in
                self?.apply(.classTeacher(index == 0 ? nil : staff[index - 1].id), to: item, app: app)
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func chooseRoom(_ item: SchoolClassSummary, app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: item.name.description, body: [strings.roomHint], label: strings.roomLabel,
                                  initial: item.room) { [weak self] text, _ in
            .close { app in self?.apply(.room(text), to: item, app: app) }
        })
    }

    private func chooseShift(_ item: SchoolClassSummary, app: Application) {
        let strings = app.strings
        app.push(PickerScreen(title: strings.shiftTitle, items: (1...3).map(strings.shiftText), selected: item.shift - 1) { [weak self] index, app in
            self?.apply(.shift(index + 1), to: item, app: app)
        })
    }

    private func apply(_ change: ClassChange, to item: SchoolClassSummary, app: Application) {
        guard let session = app.session else { return }
        do {
            try app.backend.updateClass(session, classID: item.id, change)
            app.status = .info(app.strings.classChanged)
        } catch {
            app.status = .error(app.message(for: error))
        }
        read(app: app)
    }
}
