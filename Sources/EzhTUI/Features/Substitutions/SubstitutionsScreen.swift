import EzhCore
import EzhService

/// The deputy's substitutions (rule 6): the school's lessons of a day; Enter on one chooses who
/// actually gives it, or puts back the scheduled teacher. Left and Right change the day.
final class SubstitutionsScreen: Screen {
    private var day: LocalDate
    private var lessons: [SchoolLesson] = []
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    init(day: LocalDate) {
        self.day = day
    }

    var context: KeyContext { .substitutions }

    func load(app: Application) { readDay(app: app) }

    private func readDay(app: Application) {
        guard let session = app.session else { return }
        do {
            lessons = try app.backend.schoolLessons(session, on: day)
        } catch {
            lessons = []
            app.status = .error(app.message(for: error))
        }
        list.count = lessons.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.substitutionsTitle(day), right: app.userAndClock(nameStyle: .initials))
        let bodyTop = 2
        let height = buffer.rows - 2 - bodyTop
        buffer.cursor = nil
        if lessons.isEmpty { buffer.put(strings.noLessonsThatDay, row: bodyTop, column: 1) }
        // A substituted lesson is bold and says «замена» in words.
        itemRows = list.draw(into: &buffer, row: bodyTop, height: height, left: 1, width: buffer.columns - 2,
                             text: { self.line(self.lessons[$0], strings: strings) },
                             style: { CellStyle(bold: self.lessons[$0].substitute != nil) }, selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .earlier, .later, .back], context: context, app: app)
    }

    /// «3  10:00  5А · Математика  Петрова А.С. → Иванов И.И. (замена)».
    private func line(_ lesson: SchoolLesson, strings: Strings) -> String {
        let summary = lesson.summary
        let number = TextFitting.fit(String(summary.lessonNumber), width: 2, alignment: .right)
        let page = TextFitting.fit(summary.page.title, width: 26)
        let who = lesson.substitute.map { "\(lesson.scheduledTeacher) → \($0) (\(strings.substitutionMark))" } ?? lesson.scheduledTeacher
        return "\(number)  \(summary.start.text)  \(page)  \(who)"
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .open, .confirm: chooseTeacher(app: app)
        case .earlier: changeDay(by: -1, app: app)
        case .later: changeDay(by: 1, app: app)
        default: return false
        }
        return true
    }

    private func changeDay(by days: Int, app: Application) {
        day = day.adding(days: days)
        list.select(0)
        readDay(app: app)
    }

    /// The first choice puts back the scheduled teacher; the rest are the school's staff.
    private func chooseTeacher(app: Application) {
        guard let session = app.session, lessons.indices.contains(list.selected) else { return }
        let lesson = lessons[list.selected]
        let staff: [(id: StaffID, name: PersonName)]
        do {
            staff = try app.backend.staff(session).sorted { PersonName.alphabetical($0.name, $1.name) }
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        let strings = app.strings
        let items = [strings.asScheduled(lesson.scheduledTeacher)] + staff.map(\.name.full)
        app.push(PickerScreen(title: strings.substituteFor(lesson.summary.page.title), items: items) { [weak self] index, app in
            let substitute = index == 0 ? nil : staff[index - 1]
            do {
                try app.backend.recordSubstitution(
                    session, lesson: lesson.summary.lessonID, substitute: substitute?.id, replacing: lesson.substituteID
                )
                self?.readDay(app: app)
                app.status = .info(substitute.map { strings.substitutionRecorded($0.name.withInitials) }
                    ?? strings.substitutionRemoved(lesson.scheduledTeacher))
            } catch {
                // Another terminal's substitution is shown as it stands now.
                if case JournalError.cellChanged = error { self?.readDay(app: app) }
                app.status = .error(app.message(for: error))
            }
        })
    }
}
