import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports КТП: each class's (or subgroup's) subject gets the file's topics in order («№», or
    /// the file's order). The hours of each plan must add up to the curriculum's hours a year
    /// (rule 8); topics are written in Russian (rule 9). The deputy imports any plan; a teacher
    /// only the plans of their own teachings. A plan equal to the stored one is left as it is.
    public func importPlans(
        _ lines: [PlanLine], file: String, dryRun: Bool = false, readProblems: [ImportProblem] = [], session: Session
    ) throws -> ImportReport {
        var ownOnly: StaffID?
        let authorize = { (viewer: Viewer) throws in
            guard !SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles) else { return }
            guard let staff = viewer.staffID, SchoolAction.enterOwnLessons.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.action(.manageSchoolYear))
            }
            ownOnly = staff
        }
        return try runYearImport(.ktp, file: file, dryRun: dryRun, readProblems: readProblems, session, authorize: authorize) { db, stamp, report in
            typealias Column = PlanLine.Column
            guard let year = try SetupYearQueries.current(on: today(), db) else {
                report.problems.append(ImportProblem(file: file, row: nil, column: nil, message: .noSchoolYear))
                return
            }
            let frame = try YearTimetableFrame(year: year, db)
            let books = try ClassSubjectBook(frame, db)
            let mode = try RuleQueries.settings(db).russianTextCheck
            var plans: [Int64: [PlanLine]] = [:]
            var order: [Int64] = []
            for line in lines {
                var problems: [ImportProblem] = []
                let (schoolClass, subject) = books.find(
                    className: line.className, subject: line.subject, at: line.place, columns: (Column.className, Column.subject), &problems)
                let topic = line.topic.trimmingCharacters(in: .whitespaces)
                if topic.isEmpty {
                    problems.append(ImportProblem(line.place, Column.topic, BilingualText("не указана тема; напишите её", "no topic given; write it")))
                } else if topic.count > TextLimit.lessonPlanTopic.maximum {
                    problems.append(ImportProblem(line.place, Column.topic, BilingualText(
                        "тема длиннее \(TextLimit.lessonPlanTopic.maximum) знаков; сократите её",
                        "the topic is longer than \(TextLimit.lessonPlanTopic.maximum) characters; shorten it")))
                } else if case .refused = RussianText.check(topic, field: Column.topic, mode: mode, language: .ru) {
                    problems.append(ImportProblem(line.place, Column.topic, BilingualText {
                        RussianText.objection(field: Column.topic, in: $0)
                    }))
                }
                if line.hours <= 0 {
                    problems.append(ImportProblem(line.place, Column.hours, BilingualText(
                        "часов должно быть больше нуля", "the hours must be more than zero")))
                }
                var teaching: SetupTeachingRow?
                if let schoolClass, let subject {
                    let subgroup = line.subgroup.flatMap { wanted in
                        frame.subgroups.values.first { $0.classID == schoolClass.id && $0.subjectID == subject.id && SetupName.key($0.name) == SetupName.key(wanted) }?.name
                    }
                    teaching = frame.teachingByKey[TimetableKey(classID: schoolClass.id, subjectID: subject.id, subgroup: subgroup)]
                    let page = "\(schoolClass.name) \(subject.name)" + (line.subgroup.map { ", \($0)" } ?? "")
                    if teaching == nil {
                        problems.append(ImportProblem(line.place, line.subgroup == nil ? Column.subject : Column.subgroup, BilingualText(
                            "\(page) никто не ведёт; загрузите расписание с этим уроком или исправьте класс, предмет, подгруппу",
                            "nobody teaches \(page); import the timetable with it or correct the class, subject or subgroup")))
                    } else if let ownOnly, teaching?.teacher != ownOnly {
                        problems.append(ImportProblem(line.place, Column.subject, BilingualText(
                            "\(page) ведёте не вы; КТП чужих уроков загружает заместитель директора",
                            "you do not teach \(page); the deputy imports other teachers' plans")))
                    }
                }
                report.problems += problems
                // A row with a wrong topic still counts towards its plan's hours.
                guard let teaching, ownOnly == nil || teaching.teacher == ownOnly else { continue }
                if plans[teaching.id] == nil { order.append(teaching.id) }
                plans[teaching.id, default: []].append(line)
            }
            let curriculum = Dictionary(try CurriculumWrites.lines(year: year.id, db).map { ("\($0.classID)|\($0.subjectID)", $0.hoursPerYear) },
                                        uniquingKeysWith: { first, _ in first })
            var ordered: [Int64: [PlanLine]] = [:]
            for id in order {
                let teaching = frame.teachings[id]!
                let page = frame.names(of: frame.key(of: teaching)).text
                let lines = plans[id]!
                var positions: [Int: SheetPlace] = [:]
                for line in lines {
                    guard let position = line.position else { continue }
                    if let first = positions[position] {
                        report.problems.append(ImportProblem(line.place, Column.position, BilingualText(
                            "\(page): № \(position) уже есть в строке \(first.row); у каждой темы свой номер",
                            "\(page): № \(position) is already in row \(first.row); each topic has its own number")))
                    }
                    positions[position] = positions[position] ?? line.place
                }
                let hours = lines.map(\.hours).reduce(0, +)
                let wanted = curriculum["\(teaching.classID)|\(teaching.subjectID)"]
                if wanted != hours {
                    report.problems.append(ImportProblem(lines[0].place, Column.hours, wanted.map { wanted in
                        BilingualText(
                            "\(page): в КТП \(hours) ч, а по учебному плану \(wanted) ч в год; исправьте часы тем",
                            "\(page): the plan has \(hours) h, the curriculum \(wanted) h a year; correct the topics' hours")
                    } ?? BilingualText(
                        "\(page): в учебном плане нет часов этого предмета; сначала загрузите учебный план",
                        "\(page): the curriculum has no hours for this subject; import the curriculum first")))
                }
                // Stable: rows without a number keep the file's order after the numbered ones.
                ordered[id] = lines.enumerated().sorted { ($0.element.position ?? Int.max, $0.offset) < ($1.element.position ?? Int.max, $1.offset) }.map(\.element)
            }
            guard report.problems.isEmpty else { return }

            for id in order {
                let items = ordered[id]!.map { PlanRow(topic: $0.topic.trimmingCharacters(in: .whitespaces), hours: $0.hours, plannedDate: $0.plannedDate) }
                let old = try LessonPlanQueries.rows(of: id, db)
                let same = old == items
                let outcome: RowOutcome = same ? .unchanged : old.isEmpty ? .added : .changed
                for _ in items { report.count(outcome) }
                guard !same else { continue }
                try LessonPlanQueries.replace(id, with: items, db)
                let teaching = frame.teachings[id]!
                try ChangeLog.record(stamp.change(
                    entity: "lesson_plan", key: "teaching=\(id)", field: "items",
                    from: old.isEmpty ? nil : Self.planSize(topics: old.count, hours: old.totalHours, in: .ru),
                    to: Self.planSize(topics: items.count, hours: items.totalHours, in: .ru),
                    scope: ChangeScope(classID: teaching.classID, subjectID: teaching.subjectID, lessonDate: nil)), in: db)
            }
        }
    }
}
