import EzhCore
import EzhService

/// The deputy's substitutions (rule 6): the school's lessons of a day; Enter on one chooses who
/// actually gives it, or puts back the scheduled teacher; on a lesson a teacher declared, Enter
/// first offers to confirm or reject the declaration. Declarations waiting for a decision are
/// listed above the day, whatever their day. Left and Right change the day.
final class SubstitutionsScreen: Screen {
    private var day: LocalDate
    private var lessons: [SchoolLesson] = []
    private var declared: [SchoolLesson] = []
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
            declared = try app.backend.declaredSubstitutions(session)
        } catch {
            lessons = []
            declared = []
            app.status = .error(app.message(for: error))
        }
        list.count = lessons.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.substitutionsTitle(day), right: app.userAndClock(nameStyle: .initials))
        var bodyTop = 2
        if !declared.isEmpty {
            buffer.put(strings.pendingDeclarations(declared), row: bodyTop, column: 1, style: .bold, maxWidth: buffer.columns - 2)
            bodyTop += 1
        }
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
        let mark = lesson.status.map(strings.declaredMark) ?? strings.substitutionMark
        let who = lesson.substitute.map { "\(lesson.scheduledTeacher) → \($0) (\(mark))" }
            ?? lesson.scheduledTeacher + (lesson.status.map { " (\(strings.declaredMark($0)))" } ?? "")
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
        // A teacher's declaration is decided first: confirm or reject it, or record someone else.
        let decision = lesson.status.flatMap { $0.state == .declared ? $0 : nil }
        let decisions = decision.map { [strings.confirmDeclared($0.teacher), strings.rejectDeclared($0.teacher)] } ?? []
        let items = decisions + [strings.asScheduled(lesson.scheduledTeacher)] + staff.map(\.name.full)
        app.push(PickerScreen(title: strings.substituteFor(lesson.summary.page.title), items: items) { [weak self] chosen, app in
            if let decision, chosen < decisions.count {
                self?.decide(lesson, decision, confirm: chosen == 0, app: app)
                return
            }
            let index = chosen - decisions.count
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

    private func decide(_ lesson: SchoolLesson, _ declaration: SubstitutionStatus, confirm: Bool, app: Application) {
        guard let session = app.session else { return }
        let strings = app.strings
        do {
            if confirm {
                try app.backend.confirmSubstitution(session, lesson: lesson.summary.lessonID, declaredBy: declaration.teacherID)
                app.status = .info(strings.substitutionConfirmed(declaration.teacher))
            } else {
                try app.backend.rejectSubstitution(session, lesson: lesson.summary.lessonID, declaredBy: declaration.teacherID)
                app.status = .info(strings.substitutionRejected(lesson.scheduledTeacher))
            }
        } catch {
            app.status = .error(app.message(for: error))
        }
        readDay(app: app)
    }
}
