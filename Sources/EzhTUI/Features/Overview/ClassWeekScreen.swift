import EzhCore
import EzhService

/// The class teacher's overview of filling (C-o on the start screen): the class's subjects × the
/// days of a week, each lesson a compact cell of four symbols — topic, attendance, marks,
/// homework — so a glance shows which subject teacher is behind. ←/→ change the week.
final class ClassWeekScreen: Screen {
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var week: DateSpan?
    private var overview: ClassWeekOverview?
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .classWeek }

    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            classes = try app.backend.ledClasses(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        guard !classes.isEmpty else { return refuse(.error(app.strings.notAClassTeacher), app: app) }
        week = SchoolWeek.containing(app.backend.today())
        readWeek(app: app)
    }

    private func readWeek(app: Application) {
        guard let session = app.session, let week, classes.indices.contains(classIndex) else { return }
        do {
            overview = try app.backend.classWeekOverview(session, classID: classes[classIndex].id, week: week)
        } catch {
            overview = nil
            app.status = .error(app.message(for: error))
        }
        list.count = overview?.rows.count ?? 0
    }

    private static let subjectWidth = 22

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard let week, classes.indices.contains(classIndex) else { return }
        Chrome.drawTitleBar(&buffer, left: strings.classWeekTitle(classes[classIndex].name, week: week),
                            right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        // The legend takes the two rows above the table, wrapped on a narrow terminal.
        for (offset, line) in TextFitting.wrap(strings.classWeekLegend, width: buffer.columns - 2).prefix(2).enumerated() {
            buffer.put(line, row: 1 + offset, column: 1, style: CellStyle(dim: true), maxWidth: buffer.columns - 2)
        }
        guard let overview else { return }
        let dayWidth = dayColumnWidth(overview)
        var header = "  " + TextFitting.fit(strings.classWeekSubject, width: Self.subjectWidth)
        for day in overview.days {
            header += " " + TextFitting.fit(strings.weekdayShort(day) + " " + day.dayMonth, width: dayWidth)
        }
        buffer.put(header, row: 3, column: 1, style: .title, maxWidth: buffer.columns - 2)
        if overview.rows.isEmpty { buffer.put(strings.classWeekNoLessons, row: 4, column: 1, maxWidth: buffer.columns - 2) }
        rowIndexes = list.draw(into: &buffer, row: 4, height: max(1, buffer.rows - 6), text: { index in
            let row = overview.rows[index]
            var text = TextFitting.fit(row.title, width: Self.subjectWidth)
            for day in overview.days {
                let cells = (row.days[day] ?? []).map { strings.fillCell($0) }.joined(separator: " ")
                text += " " + TextFitting.fit(cells, width: dayWidth)
            }
            return text
        }, style: { index in
            // A subject with something overdue is bold: that teacher is behind.
            CellStyle(bold: overview.rows[index].days.values.joined().contains(where: \.isOverdue))
        })
        let selected = overview.rows.indices.contains(list.selected) ? overview.rows[list.selected] : nil
        Chrome.drawStatus(&buffer, message: app.status, fallback: selected.map { strings.classWeekRowStatus($0) } ?? "")
        Chrome.drawKeyBar(&buffer, actions: [.prevWeek, .nextWeek, .chooseClass, .back, .help], context: context, app: app)
    }

    /// Wide enough for the most lessons a subject has on one day (four symbols each).
    private func dayColumnWidth(_ overview: ClassWeekOverview) -> Int {
        let most = overview.rows.flatMap { $0.days.values.map(\.count) }.max() ?? 1
        return max(10, most * 5 - 1)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .prevWeek: moveWeek(by: -7, app: app)
        case .nextWeek: moveWeek(by: 7, app: app)
        case .chooseClass:
            guard classes.count > 1 else { return true }
            app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
                self?.classIndex = index
                self?.readWeek(app: app)
            })
        default: return false
        }
        return true
    }

    private func moveWeek(by days: Int, app: Application) {
        guard let week else { return }
        self.week = DateSpan(week.first.adding(days: days), week.last.adding(days: days))
        readWeek(app: app)
    }
}
