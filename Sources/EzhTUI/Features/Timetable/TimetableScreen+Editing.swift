import EzhCore
import EzhService

/// Changing a class's week: a cell's lesson put, changed or taken out from a chosen day, and the
/// one-off changes of one date (cancel, move, add). Each step is a picker or a one-line form; the
/// service judges the whole change and the refusal keeps the last form open to try again.
extension TimetableScreen {
    private var classID: ClassID? {
        if case .ofClass(let id) = view { return id }
        return nil
    }

    func editCell(app: Application) {
        guard let classID, let week else { return openClassOfCell(app: app) }
        let strings = app.strings
        let lines = week.lines(weekday: weekday, number: number)
        guard !lines.isEmpty else { return chooseLesson(classID: classID, replacing: nil, app: app) { [weak self] choice, app in
            self?.chooseStart(.put(choice, replacing: nil), describing: strings.putLesson, app: app)
        } }
        let labels = lines.map { $0.label.text(in: strings.language) }
        let items = labels.map(strings.changeLine) + labels.map(strings.removeLine) + [strings.putLesson]
        app.push(PickerScreen(title: strings.cellTitle(week.title, weekday: weekday, number: number), items: items) { [weak self] index, app in
            guard let self else { return }
            if index < lines.count {
                let line = lines[index]
                chooseLesson(classID: classID, replacing: line, app: app) { [weak self] choice, app in
                    self?.chooseStart(.put(choice, replacing: line.key), describing: items[index], app: app)
                }
            } else if index < 2 * lines.count {
                chooseStart(.remove(lines[index - lines.count].key), describing: items[index], app: app)
            } else {
                chooseLesson(classID: classID, replacing: nil, app: app) { [weak self] choice, app in
                    self?.chooseStart(.put(choice, replacing: nil), describing: strings.putLesson, app: app)
                }
            }
        })
    }

    func removeLesson(app: Application) {
        guard classID != nil, let week else { return app.status = .info(app.strings.editOnlyInClassView) }
        let strings = app.strings
        let lines = week.lines(weekday: weekday, number: number)
        guard lines.count > 1 else {
            if let line = lines.first {
                chooseStart(.remove(line.key), describing: strings.removeLine(line.label.text(in: strings.language)), app: app)
            }
            return
        }
        let items = lines.map { strings.removeLine($0.label.text(in: strings.language)) }
        app.push(PickerScreen(title: strings.cellTitle(week.title, weekday: weekday, number: number), items: items) { [weak self] index, app in
            self?.chooseStart(.remove(lines[index].key), describing: items[index], app: app)
        })
    }

    /// Subject, then class or subgroup, then teacher, then room; `done` gets the lesson.
    private func chooseLesson(
        classID: ClassID, replacing line: TimetableGridLine?, app: Application, done: @escaping (TimetableLessonChoice, Application) -> Void
    ) {
        guard let session = app.session else { return }
        let strings = app.strings
        let choices: TimetableChoices
        do {
            choices = try app.backend.timetableChoices(session, classID: classID)
        } catch {
            return app.status = .error(app.message(for: error))
        }
        guard !choices.subjects.isEmpty else { return app.status = .error(strings.noSubjectsForClass) }
        let subjects = choices.subjects
        let selected = subjects.firstIndex { $0.id == line?.subjectID } ?? 0
        app.push(PickerScreen(title: strings.chooseSubjectTitle, items: subjects.map(\.name), selected: selected) { index, app in
            let subject = subjects[index]
            let pickTeacher = { (subgroup: String?, app: Application) in
                Self.chooseTeacher(for: subject, subgroup: subgroup, choices: choices, current: line, app: app) { teacher, app in
                    Self.chooseRoom(initial: line?.room ?? choices.classRoom, app: app) { room, app in
                        done(TimetableLessonChoice(subjectID: subject.id, subgroup: subgroup, teacherID: teacher, room: room), app)
                    }
                }
            }
            guard !subject.subgroups.isEmpty else { return pickTeacher(nil, app) }
            let groups: [String?] = [nil] + subject.subgroups
            let current = groups.firstIndex { $0 == line?.subgroup } ?? 0
            app.push(PickerScreen(title: strings.chooseSubgroupTitle, items: groups.map { $0 ?? strings.wholeClass }, selected: current) { index, app in
                pickTeacher(groups[index], app)
            })
        })
    }

    /// The page's own teacher first, marked, then everyone.
    private static func chooseTeacher(
        for subject: TimetableSubjectChoice, subgroup: String?, choices: TimetableChoices, current: TimetableGridLine?, app: Application,
        done: @escaping (StaffID, Application) -> Void
    ) {
        let strings = app.strings
        let own = subject.teachers[subgroup].flatMap { id in choices.staff.first { $0.id == id } }
        let others = choices.staff.filter { $0.id != own?.id }
        let staff = (own.map { [$0] } ?? []) + others
        let items = (own.map { [strings.teachesThisSubject($0.name.full)] } ?? []) + others.map(\.name.full)
        let selected = staff.firstIndex { $0.id == current?.teacherID } ?? 0
        app.push(PickerScreen(title: strings.chooseTeacherForLesson, items: items, selected: selected) { index, app in
            done(staff[index].id, app)
        })
    }

    private static func chooseRoom(initial: String, app: Application, done: @escaping (String, Application) -> Void) {
        let strings = app.strings
        app.push(FormPromptScreen(title: strings.roomTitle, body: [strings.roomHint], label: strings.roomLabel, initial: initial) { text, _ in
            .close { app in done(text.trimmingCharacters(in: .whitespaces), app) }
        })
    }

    /// The day the change takes effect: next Monday, or the shown week's Monday when later; the
    /// form stays open on a refusal so another day can be tried.
    private func chooseStart(_ edit: TimetableEdit, describing change: String, app: Application) {
        guard let session = app.session, let classID, let week else { return }
        let strings = app.strings
        let today = app.backend.today()
        let nextMonday = today.adding(days: 8 - today.weekday)
        let initial = max(nextMonday, week.monday)
        let (weekday, number) = (weekday, number)
        app.push(FormPromptScreen(title: strings.effectiveTitle, body: [strings.effectiveHint(change)], label: strings.effectiveLabel,
                                  initial: initial.russian) { [weak self] text, app in
            guard let day = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
            do {
                let outcome = try app.backend.editTimetable(session, classID: classID, weekday: weekday, number: number, edit, from: day)
                return .close { app in
                    // The week the change starts in shows it.
                    if outcome.changed { self?.show(day: outcome.from, app: app) }
                    app.status = .info(strings.timetableChanged(outcome))
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    // MARK: - One-off changes

    func oneOff(app: Application) {
        guard let classID, let week else { return app.status = .info(app.strings.editOnlyInClassView) }
        let strings = app.strings
        let date = week.date(of: weekday)
        let number = number
        let lessons = week.lessons(weekday: weekday, number: number)
        let names = lessons.map { "\($0.subjectShort)\($0.subgroup.map { " (\($0))" } ?? "")" }
        let items = names.map(strings.cancelOneLesson) + names.map(strings.moveOneLesson) + [strings.addOneLesson]
        app.push(PickerScreen(title: strings.oneOffTitle(date, number: number), items: items) { [weak self] index, app in
            guard let self, let session = app.session else { return }
            if index < lessons.count {
                do {
                    try app.backend.cancelLesson(session, lesson: lessons[index].id)
                    read(app: app)
                    app.status = .info(strings.lessonCancelled(date))
                } catch {
                    app.status = .error(app.message(for: error))
                }
            } else if index < 2 * lessons.count {
                move(lessons[index - lessons.count], app: app)
            } else {
                chooseLesson(classID: classID, replacing: nil, app: app) { [weak self] choice, app in
                    do {
                        try app.backend.addLesson(session, classID: classID, choice, on: date, number: number)
                        self?.read(app: app)
                        app.status = .info(strings.lessonAdded(date, number: number))
                    } catch {
                        app.status = .error(app.message(for: error))
                    }
                }
            }
        })
    }

    /// To which date, then which lesson number.
    private func move(_ lesson: TimetableWeekLesson, app: Application) {
        guard let session = app.session, let week else { return }
        let strings = app.strings
        let numbers = Array(week.numbers)
        app.push(FormPromptScreen(title: strings.moveToTitle, body: [strings.dateFormatHint], label: strings.moveToLabel,
                                  initial: lesson.date.russian) { [weak self] text, _ in
            guard let date = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
            return .close { app in
                let selected = numbers.firstIndex(of: lesson.number) ?? 0
                app.push(PickerScreen(title: strings.moveToNumberTitle, items: numbers.map(strings.lessonNumberItem), selected: selected) { index, app in
                    do {
                        try app.backend.moveLesson(session, lesson: lesson.id, to: date, number: numbers[index])
                        self?.read(app: app)
                        app.status = .info(strings.lessonMoved(date, number: numbers[index]))
                    } catch {
                        app.status = .error(app.message(for: error))
                    }
                })
            }
        })
    }
}
