import EzhCore
import EzhService

/// A teacher giving a lesson that is not theirs declares the substitution as they enter it
/// (rule 6): today's lessons of other teachers with no substitute, the one going on now chosen;
/// a confirmation that says what follows; then the lesson's page opens on that lesson, theirs to
/// enter until the deputy decides.
enum DeclareSubstitution {
    static func start(app: Application, onDeclared: @escaping () -> Void) {
        guard let session = app.session else { return }
        let strings = app.strings
        let lessons: [SchoolLesson]
        do {
            lessons = try app.backend.lessonsToSubstitute(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        guard !lessons.isEmpty else {
            app.status = .info(strings.nothingToSubstitute)
            return
        }
        let now = app.backend.timeZone.timeOfDay(of: app.backend.now())
        let current = lessons.firstIndex { $0.summary.start <= now && now < $0.summary.end }
        let items = lessons.enumerated().map { index, lesson in
            let line = line(lesson)
            return index == current ? strings.nowMark(line) : line
        }
        app.push(PickerScreen(title: strings.declareTitle(app.backend.today()), items: items, selected: current ?? 0) { index, app in
            let lesson = lessons[index]
            app.push(ConfirmScreen(title: strings.declareConfirmTitle, question: strings.declareQuestion(lesson)) { app in
                declare(lesson, session: session, app: app, onDeclared: onDeclared)
            })
        })
    }

    /// «3  10:30–11:15  5А · Математика  Петрова О.И.».
    private static func line(_ lesson: SchoolLesson) -> String {
        let summary = lesson.summary
        let number = TextFitting.fit(String(summary.lessonNumber), width: 2, alignment: .right)
        return "\(number)  \(summary.start.text)–\(summary.end.text)  \(TextFitting.fit(summary.page.title, width: 26))  \(lesson.scheduledTeacher)"
    }

    private static func declare(_ lesson: SchoolLesson, session: Session, app: Application, onDeclared: () -> Void) {
        do {
            try app.backend.declareSubstitution(session, lesson: lesson.summary.lessonID)
            onDeclared()
            // The page is the teacher's to open now: the start screen is read again for it.
            let home = try app.backend.home(session)
            app.push(GridScreen(page: lesson.summary.page, home: home, focusLesson: lesson.summary.lessonID))
            app.status = .info(app.strings.substitutionDeclared(lesson.summary.page.title))
        } catch {
            app.status = .error(app.message(for: error))
        }
    }
}
