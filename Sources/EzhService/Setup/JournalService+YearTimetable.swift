import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports the weekly timetable. A class's rows are its whole week from their «Действует с»
    /// day (none: from the year's start), stored through `TimetableChange`: a stored line the week
    /// repeats stays as it is, the class's other lines end the day before (or go, when they start
    /// on that day or later), the new ones start that day. Teachings (class or
    /// subgroup, subject, teacher) are created or given their new teacher. Refused, listing every
    /// problem, for an unknown class, subject, subgroup or teacher, a class, teacher or room taken
    /// twice at once (naming both lessons), weekly hours that differ from the curriculum, and a
    /// lesson number without a bell. Lessons from today follow the new timetable.
    public func importTimetable(
        _ lines: [TimetableLine], file: String, dryRun: Bool = false, readProblems: [ImportProblem] = [], session: Session
    ) throws -> ImportReport {
        try runYearImport(
            .timetable, file: file, dryRun: dryRun, readProblems: readProblems, session, authorize: requiring(.manageSchoolYear)
        ) { db, stamp, report in
            guard let year = try SetupYearQueries.current(on: today(), db) else {
                report.problems.append(ImportProblem(file: file, row: nil, column: nil, message: .noSchoolYear))
                return
            }
            var frame = try YearTimetableFrame(year: year, db)
            let resolved = try resolveTimetable(lines, frame: frame, db, &report)
            // A class with a row that could not be read is not held to its curriculum: its hours would be short.
            let unread = Set(lines.map { SetupName.classKey($0.className) }).subtracting(resolved.map { SetupName.classKey($0.line.className) })
                .union(report.problems.compactMap { problem in lines.first { $0.place.row == problem.row }.map { SetupName.classKey($0.className) } })
            let week = TimetableWeek(resolved)
            let stored = try TimetableWrites.slots(year: year.id, db).compactMap { frame.entry($0, source: TimetableSource.stored($0.id)) }
            let changes = week.changes(resolved, frame: frame, stored: stored)
            try checkTimetable(resolved, week: week, after: changes.last?.result ?? stored, frame: frame, skippingCurriculumOf: unread, db, &report)
            guard report.problems.isEmpty else { return }

            try writeTeachings(resolved, frame: &frame, stamp, db)
            for change in changes { try write(change, frame: frame, stamp, db, &report) }
            report.unchanged = resolved.count - report.added - report.changed
            try regenerateAfterImport(db, stamp, &report)
        }
    }

    /// Every row's class, subject, subgroup and teacher found, or a problem for each that is not.
    private func resolveTimetable(
        _ lines: [TimetableLine], frame: YearTimetableFrame, _ db: StoreTransaction, _ report: inout ImportReport
    ) throws -> [TimetableRow] {
        typealias Column = TimetableLine.Column
        let classes = ClassBook(Array(frame.classes.values))
        let subjects = SubjectBook(try SetupLookups.subjects(db))
        let staff = StaffBook(Array(frame.staff.values).sorted { $0.id < $1.id })
        var rows: [TimetableRow] = []
        for line in lines {
            var problems: [ImportProblem] = []
            let schoolClass = classes.find(line.className)
            if schoolClass == nil { problems.append(ImportProblem(line.place, Column.className, ClassBook.unknown(line.className))) }
            let subject = subjects.find(line.subject)
            if subject == nil { problems.append(ImportProblem(line.place, Column.subject, SubjectBook.unknown(line.subject))) }
            var subgroup: String?
            if let wanted = line.subgroup?.trimmingCharacters(in: .whitespaces), !wanted.isEmpty, let schoolClass, let subject {
                let known = frame.subgroups.values.filter { $0.classID == schoolClass.id && $0.subjectID == subject.id }.map(\.name).sorted()
                subgroup = known.first { SetupName.key($0) == SetupName.key(wanted) }
                if subgroup == nil {
                    problems.append(ImportProblem(line.place, Column.subgroup, known.isEmpty
                        ? BilingualText(
                            "по учебному плану \(schoolClass.name) \(subject.name) не делится на подгруппы; отметьте деление в учебном плане или уберите подгруппу",
                            "the curriculum does not split \(schoolClass.name) \(subject.name) into subgroups; mark the split in the curriculum or remove the subgroup")
                        : BilingualText(
                            "подгруппы «\(wanted)» у \(schoolClass.name) \(subject.name) нет; есть: \(known.joined(separator: ", "))",
                            "\(schoolClass.name) \(subject.name) has no subgroup “\(wanted)”; there are: \(known.joined(separator: ", "))")))
                }
            }
            let match = staff.find(line.teacher)
            if let problem = StaffBook.problem(line.teacher, match) { problems.append(ImportProblem(line.place, Column.teacher, problem)) }
            if !(1...school.weekDays).contains(line.weekday) {
                problems.append(ImportProblem(line.place, Column.weekday, BilingualText(
                    "в школе \(school.weekDays)-дневная неделя; укажите день от понедельника до \(school.weekDays == 6 ? "субботы" : "пятницы")",
                    "the school has a \(school.weekDays)-day week; give a day from Monday to \(school.weekDays == 6 ? "Saturday" : "Friday")")))
            }
            if !BellSchedules.lessonNumbers.contains(line.number) {
                problems.append(ImportProblem(line.place, Column.number, BilingualText(
                    "номер урока \(line.number): бывает от 0 до 12", "lesson number \(line.number): it is 0 to 12")))
            }
            if let day = line.validFrom, !frame.year.span.contains(day) {
                problems.append(ImportProblem(line.place, Column.validFrom, BilingualText(
                    "\(day.russian) вне учебного года \(frame.year.name) (\(frame.year.span.first.russian)–\(frame.year.span.last.russian)); исправьте дату",
                    "\(day.russian) is outside the school year \(frame.year.name) (\(frame.year.span.first.russian)–\(frame.year.span.last.russian)); correct the date")))
            }
            report.problems += problems
            guard problems.isEmpty, let schoolClass, let subject, case .found(let teacher) = match else { continue }
            let key = TimetableKey(classID: schoolClass.id, subjectID: subject.id, subgroup: subgroup)
            rows.append(TimetableRow(line: line, schoolClass: schoolClass, key: key, names: frame.names(of: key), teacher: teacher))
        }
        return rows
    }

    /// The checks across rows and against the journal: one start day per class, clashes in the
    /// timetable as it would be (the file's rows with every stored line they leave), the
    /// curriculum's hours, the bells.
    private func checkTimetable(
        _ rows: [TimetableRow], week: TimetableWeek, after entries: [TimetableEntry<TimetableSource>], frame: YearTimetableFrame,
        skippingCurriculumOf unread: Set<String>, _ db: StoreTransaction, _ report: inout ImportReport
    ) throws {
        typealias Column = TimetableLine.Column
        for row in rows where row.line.validFrom != week.starts[row.schoolClass.id] ?? nil {
            let first = rows.first { $0.schoolClass.id == row.schoolClass.id }!
            report.problems.append(ImportProblem(row.line.place, Column.validFrom, BilingualText(
                "у \(row.schoolClass.name) в строке \(first.line.place.row) неделя действует с \(first.line.validFrom?.russian ?? "начала года"); у всех строк класса дата одна",
                "\(row.schoolClass.name) has its week from \(first.line.validFrom?.russian ?? "the year's start") in row \(first.line.place.row); every row of a class has one date")))
        }
        for clash in TimetableClashes.find(entries) where !Self.isJointLesson(clash) {
            guard let place = clash.second.source.place ?? clash.first.source.place else { continue }
            let column = switch clash.kind {
            case .classBusy: Column.className
            case .teacherBusy: Column.teacher
            case .roomBusy: Column.room
            }
            report.problems.append(ImportProblem(place, column, Self.withRemedy(clash.text)))
        }
        let checked = rows.filter { !unread.contains(SetupName.classKey($0.line.className)) }
        checkCurriculum(checked, week: TimetableWeek(checked), entries: entries, frame: frame, try CurriculumWrites.lines(year: frame.year.id, db), &report)
        guard let bells = try BellWrites.bellSchedules(db) else {
            report.problems.append(ImportProblem(file: report.file, row: nil, column: nil, message: BilingualText(
                "в журнале нет расписания звонков; сначала загрузите его (ezh import bells)",
                "the journal has no bell schedule; import it first (ezh import bells)")))
            return
        }
        for row in rows where bells.times(schedule: nil, shift: row.schoolClass.shift, number: row.line.number) == nil {
            report.problems.append(ImportProblem(row.line.place, Column.number, BilingualText(
                "в расписании звонков «\(bells.defaultName)» нет \(row.line.number) урока \(row.schoolClass.shift) смены; добавьте звонок или исправьте номер",
                "the bell schedule “\(bells.defaultName)” has no lesson \(row.line.number) in shift \(row.schoolClass.shift); add the bell or correct the number")))
        }
    }

    /// The week each class of the file starts against its curriculum, each problem at the first
    /// row of its class and subject (or of its class).
    private func checkCurriculum(
        _ rows: [TimetableRow], week: TimetableWeek, entries: [TimetableEntry<TimetableSource>], frame: YearTimetableFrame,
        _ stored: [StoredCurriculum], _ report: inout ImportReport
    ) {
        var firstRow: [String: SheetPlace] = [:]
        for row in rows {
            for key in ["\(row.names.className)|\(row.names.subject)", "\(row.names.className)"] where firstRow[key] == nil {
                firstRow[key] = row.line.place
            }
        }
        var classesByStart: [LocalDate: Set<ClassID>] = [:]
        for (classID, start) in week.starts { classesByStart[start ?? frame.year.span.first, default: []].insert(classID) }
        for (day, classIDs) in classesByStart.sorted(by: { $0.key < $1.key }) {
            let curriculum = stored.filter { classIDs.contains($0.classID) }.map { line in
                let names = frame.names(of: TimetableKey(classID: line.classID, subjectID: line.subjectID))
                // A curriculum loaded without hours a week (by the demo) counts 34 weeks a year.
                let weekly = line.hoursPerWeek ?? (Double(line.hoursPerYear) / 34).rounded()
                return CurriculumLine(classID: line.classID, subjectID: line.subjectID, names: names, hoursPerWeek: weekly, splitIntoSubgroups: line.split)
            }
            let ownEntries = entries.filter { classIDs.contains($0.key.classID) }
            for problem in CurriculumCheck.problems(curriculum: curriculum, entries: ownEntries, on: day) {
                let names: TeachingNames = switch problem {
                case .hoursDiffer(let names, _, _), .notInCurriculum(let names, _), .notSplit(let names), .splitNotInCurriculum(let names): names
                }
                let place = firstRow["\(names.className)|\(names.subject)"] ?? firstRow["\(names.className)"]
                report.problems.append(ImportProblem(
                    file: report.file, row: place?.row, column: place == nil ? nil : TimetableLine.Column.subject, message: Self.withRemedy(problem)))
            }
        }
    }

    /// Each page's teaching: created, or given the teacher most of its rows name.
    private func writeTeachings(_ rows: [TimetableRow], frame: inout YearTimetableFrame, _ stamp: ChangeStamp, _ db: StoreTransaction) throws {
        var order: [TimetableKey] = []
        var counts: [TimetableKey: [StaffID: Int]] = [:]
        for row in rows {
            if counts[row.key] == nil { order.append(row.key) }
            counts[row.key, default: [:]][row.teacher.id, default: 0] += 1
        }
        for key in order {
            let teacher = rows.first { $0.key == key && counts[key]![$0.teacher.id] == counts[key]!.values.max() }!.teacher.id
            let scope = ChangeScope(classID: key.classID, subjectID: key.subjectID, lessonDate: nil)
            if let teaching = frame.teachingByKey[key] {
                guard teaching.teacher != teacher else { continue }
                try SetupLookups.setTeacher(teaching.id, to: teacher, db)
                try ChangeLog.record(stamp.change(
                    entity: "teaching", key: "id=\(teaching.id)", field: "teacher", from: frame.teacherName(teaching.teacher),
                    to: frame.teacherName(teacher), scope: scope), in: db)
                frame.remember(SetupTeachingRow(id: teaching.id, classID: key.classID, subjectID: key.subjectID, subgroupID: teaching.subgroupID, teacher: teacher))
            } else {
                let subgroup = key.subgroup.flatMap { name in
                    frame.subgroups.values.first { $0.classID == key.classID && $0.subjectID == key.subjectID && $0.name == name }?.id
                }
                let id = try SetupLookups.insertTeaching(classID: key.classID, subjectID: key.subjectID, subgroupID: subgroup, teacher: teacher, db)
                try ChangeLog.record(stamp.change(
                    entity: "teaching", key: "id=\(id)", field: "teacher", from: nil, to: "\(frame.names(of: key).text): \(frame.teacherName(teacher))",
                    scope: scope), in: db)
                frame.remember(SetupTeachingRow(id: id, classID: key.classID, subjectID: key.subjectID, subgroupID: subgroup, teacher: teacher))
            }
        }
    }

    /// Stores one change: lines it removes go, lines it ends get their last day, its new lines
    /// come. A row whose lesson was stored already counts as unchanged; one that takes the place
    /// (class or subgroup, subject, weekday, lesson number) of a line it ends or removes, as changed.
    private func write(
        _ change: TimetableChange<TimetableSource>, frame: YearTimetableFrame, _ stamp: ChangeStamp,
        _ db: StoreTransaction, _ report: inout ImportReport
    ) throws {
        func record(_ key: String, _ field: String, _ old: String?, _ new: String?, _ classID: ClassID) throws {
            try ChangeLog.record(stamp.change(
                entity: "timetable_slot", key: key, field: field, from: old, to: new,
                scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)), in: db)
        }
        var replaced = Set<SlotPlace>()
        for line in change.removed {
            guard case .stored(let id) = line.source else { continue }
            try TimetableWrites.delete(id, db)
            try record("id=\(id)", "lesson", Self.describe(line), nil, line.key.classID)
            replaced.insert(SlotPlace(line))
        }
        for line in change.ended {
            guard case .stored(let id) = line.source, let last = line.validTo else { continue }
            try TimetableWrites.end(id, on: last, db)
            try record("id=\(id)", "valid_to", nil, last.iso, line.key.classID)
            replaced.insert(SlotPlace(line))
        }
        for line in change.added {
            guard line.source.place != nil, let teaching = frame.teachingByKey[line.key] else { continue }
            try TimetableWrites.insert(
                year: frame.year.id, teaching: teaching.id, weekday: line.weekday, number: line.number, room: line.room,
                teacher: line.teacher, validFrom: line.validFrom, db)
            try record(
                "class=\(line.key.classID);weekday=\(line.weekday);lesson=\(line.number);from=\(line.validFrom?.iso ?? "year")", "lesson", nil,
                Self.describe(line), line.key.classID)
            report.count(replaced.contains(SlotPlace(line)) ? .changed : .added)
        }
    }

    /// A clash's text with what to do.
    static func withRemedy(_ clash: BilingualText) -> BilingualText {
        func trimmed(_ text: String) -> String { text.hasSuffix(".") ? String(text.dropLast()) : text }
        return BilingualText(
            trimmed(clash.russian) + "; перенесите один из уроков.", trimmed(clash.english) + "; move one of the lessons.")
    }

    /// A curriculum problem's text, with what to do where the check leaves it out.
    static func withRemedy(_ problem: CurriculumProblem) -> BilingualText {
        guard case .hoursDiffer = problem else { return problem.text }
        return BilingualText(
            problem.text.russian + "; исправьте расписание или учебный план",
            problem.text.english + "; correct the timetable or the curriculum")
    }

    /// Groups of several classes taught together (the boys of 5А and 5Б in the workshop), or
    /// classes an aSc card puts together: one teacher, one room, one subject, other classes. Each
    /// class keeps its own page, so the timetable has a line for each; that is not a clash. Two
    /// whole classes with one teacher at once are a clash unless one card of the export says so.
    static func isJointLesson(_ clash: TimetableClash<TimetableSource>) -> Bool {
        let (first, second) = (clash.first, clash.second)
        let room = first.room.trimmingCharacters(in: .whitespaces).lowercased()
        let together = (first.key.subgroup != nil && second.key.subgroup != nil)
            || (first.source.place != nil && first.source == second.source)
        return together && clash.kind != .classBusy && first.key.classID != second.key.classID && first.key.subjectID == second.key.subjectID
            && first.teacher == second.teacher && !room.isEmpty && room == second.room.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// «пн 1: 5А Математика (Петрова О.И.), каб. 21».
    static func describe<S>(_ line: TimetableEntry<S>) -> String {
        "\(WeekdayName.short(line.weekday, in: .ru)) \(line.number): \(line.names.text) (\(line.teacherName))" + (line.room.isEmpty ? "" : ", каб. \(line.room)")
    }
}

/// A lesson's place in the week: what a changed row keeps and an added one does not.
private struct SlotPlace: Hashable {
    let key: TimetableKey
    let weekday: Int
    let number: Int

    init<S>(_ line: TimetableEntry<S>) {
        key = line.key
        weekday = line.weekday
        number = line.number
    }
}
