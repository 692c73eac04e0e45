import EzhCore
import EzhService

/// Asks for a report's parameters one after another, in the order its kind needs them, each
/// with a picker of what the person may report on: the class (theirs only), the class's periods
/// by name, a month of the school year, a date (typed, today proposed), a subject of the class,
/// a teacher, a pupil of the class. Esc at any step drops the whole request. When every
/// parameter is chosen, `done` gets the request and a label of the choices («5А · ноябрь 2026»).
final class ReportParameterFlow {
    private let kind: ReportKind
    private let session: Session
    private let choices: ReportChoices
    private var remaining: [ReportParameter]
    private var request = ReportRequest()
    private var chosenClass: ReportChoices.ClassChoice?
    private var labels: [String] = []
    private let done: (ReportRequest, String, Application) -> Void

    private init(kind: ReportKind, session: Session, choices: ReportChoices, done: @escaping (ReportRequest, String, Application) -> Void) {
        self.kind = kind
        self.session = session
        self.choices = choices
        self.done = done
        // The class first whatever the order: its periods, subjects and pupils depend on it.
        remaining = kind.needs.contains(.class) ? [.class] + kind.needs.filter { $0 != .class } : kind.needs
    }

    static func ask(kind: ReportKind, session: Session, app: Application, done: @escaping (ReportRequest, String, Application) -> Void) {
        let choices: ReportChoices
        do {
            choices = try app.backend.reportChoices(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        ReportParameterFlow(kind: kind, session: session, choices: choices, done: done).next(app: app)
    }

    /// Asks for the next parameter, or hands the request on when none is left.
    private func next(app: Application) {
        guard let parameter = remaining.first else {
            done(request, labels.joined(separator: " · "), app)
            return
        }
        remaining.removeFirst()
        let strings = app.strings
        switch parameter {
        case .class:
            let classes = choices.classes(forAudience: kind.audience, roles: session.roles)
            guard !classes.isEmpty else { return refuse(strings.noClassesToReport, app: app) }
            pick(parameter, classes.map(\.name.description), app: app) { flow, index in
                let choice = classes[index]
                flow.chosenClass = choice
                flow.request.classID = choice.id
                flow.labels.append(choice.name.description)
            }
        case .period:
            let periods = periodsOffered
            pick(parameter, periods.map { $0.name(in: strings.language) }, selected: periods.firstIndex { $0.span.contains(app.backend.today()) } ?? 0,
                 app: app) { flow, index in
                flow.request.period = periods[index].number
                flow.labels.append(periods[index].name(in: strings.language))
            }
        case .month:
            let months = Self.schoolMonths(around: app.backend.today())
            let today = app.backend.today()
            pick(parameter, months.map { strings.monthName($0.month, year: $0.year) },
                 selected: months.firstIndex { $0.year == today.year && $0.month == today.month } ?? 0, app: app) { flow, index in
                flow.request.month = YearMonth(containing: LocalDate(year: months[index].year, month: months[index].month, day: 1))
                flow.labels.append(strings.monthName(months[index].month, year: months[index].year))
            }
        case .date:
            askDate(proposed: Self.proposedDate(for: kind, today: app.backend.today()), app: app)
        case .subject:
            let subjects = chosenClass?.subjects ?? Self.allSubjects(choices)
            pick(parameter, subjects.map(\.name), app: app) { flow, index in
                flow.request.subjectID = subjects[index].id
                flow.labels.append(subjects[index].name)
            }
        case .teacher:
            let teachers = choices.teachers
            pick(parameter, teachers.map(\.name.withInitials), app: app) { flow, index in
                flow.request.teacherID = teachers[index].id
                flow.labels.append(teachers[index].name.withInitials)
            }
        case .pupil:
            guard let chosenClass else { return refuse(strings.chooseClassFirst, app: app) }
            do {
                let pupils = try app.backend.reportPupils(session, classID: chosenClass.id)
                pick(parameter, pupils.map(\.name.full), app: app) { flow, index in
                    flow.request.pupilID = pupils[index].id
                    flow.labels.append(pupils[index].name.withInitials)
                }
            } catch {
                refuse(app.message(for: error), app: app)
            }
        }
    }

    /// The chosen class's periods; for a school-wide report, those of the school's first class.
    private var periodsOffered: [Period] {
        chosenClass?.periods ?? choices.classes.first?.periods ?? []
    }

    private func pick(_ parameter: ReportParameter, _ items: [String], selected: Int = 0, app: Application,
                      chosen: @escaping (ReportParameterFlow, Int) -> Void) {
        guard !items.isEmpty else { return refuse(app.strings.noChoices, app: app) }
        let title = kind.title.text(in: app.strings.language) + ": " + app.strings.reportParameterTitle(parameter).lowercased()
        app.push(PickerScreen(title: title, items: items, selected: selected) { index, app in
            chosen(self, index)
            self.next(app: app)
        })
    }

    private func askDate(proposed: LocalDate, app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(
            title: kind.title.text(in: strings.language), body: [], label: strings.reportDateLabel, initial: proposed.russian,
            onSubmit: { text, app in
                guard let date = DateInput.date(text) else { return .stay(.error(app.strings.notADate(text))) }
                return .close { app in
                    self.request.date = date
                    self.labels.append(date.russian)
                    self.next(app: app)
                }
            }
        ))
    }

    private func refuse(_ message: String, app: Application) {
        app.status = .error(message)
    }

    /// Today, except for the class sizes, which the statistics ask for on 20 September of the year.
    static func proposedDate(for kind: ReportKind, today: LocalDate) -> LocalDate {
        guard kind.id == "class-sizes" else { return today }
        return LocalDate(year: today.month >= 9 ? today.year : today.year - 1, month: 9, day: 20)
    }

    /// September to August of the school year `day` is in.
    static func schoolMonths(around day: LocalDate) -> [(year: Int, month: Int)] {
        let startYear = day.month >= 9 ? day.year : day.year - 1
        return (0..<12).map { offset in
            let month = (8 + offset) % 12 + 1
            return (month >= 9 ? startYear : startYear + 1, month)
        }
    }

    private static func allSubjects(_ choices: ReportChoices) -> [ReportChoices.SubjectChoice] {
        var seen = Set<SubjectID>()
        return choices.classes.flatMap(\.subjects).filter { seen.insert($0.id).inserted }.sorted { $0.name < $1.name }
    }
}
