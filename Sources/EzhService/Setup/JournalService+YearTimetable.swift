import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports the weekly timetable. A class's rows are its whole week from their «Действует с»
    /// day (none: from the year's start): the class's week in force before that day ends the day
    /// before, and a week of the class from that day or later is replaced. Teachings (class or
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
            guard let year = try YearQueries.current(on: today(), db) else {
                report.problems.append(ImportProblem(file: file, row: nil, column: nil, message: .noSchoolYear))
                return
            }
            var frame = try YearTimetableFrame(year: year, db)
            let resolved = try resolveTimetable(lines, frame: frame, db, &report)
            // A class with a row that could not be read is not held to its curriculum: its hours would be short.
            let unread = Set(lines.map { SetupName.classKey($0.className) }).subtracting(resolved.map { SetupName.classKey($0.line.className) })
                .union(report.problems.compactMap { problem in lines.first { $0.place.row == problem.row }.map { SetupName.classKey($0.className) } })
            let slots = try TimetableWrites.slots(year: year.id, db)
            let week = TimetableWeek(resolved)
            try checkTimetable(resolved, week: week, slots: slots, frame: frame, skippingCurriculumOf: unread, db, &report)
            guard report.problems.isEmpty else { return }

            try writeTeachings(resolved, frame: &frame, stamp, db)
            for (classID, start) in week.starts.sorted(by: { $0.key < $1.key }) {
                try writeWeek(resolved.filter { $0.schoolClass.id == classID }, from: start, of: classID, slots: slots, frame: frame, stamp, db, &report)
            }
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

    /// The checks across rows and against the journal: one start day per class, clashes with the
    /// file's other rows and with the weeks of other classes, the curriculum's hours, the bells.
    private func checkTimetable(
        _ rows: [TimetableRow], week: TimetableWeek, slots: [StoredSlot], frame: YearTimetableFrame,
        skippingCurriculumOf unread: Set<String>, _ db: StoreTransaction, _ report: inout ImportReport
    ) throws {
        typealias Column = TimetableLine.Column
        for row in rows where row.line.validFrom != week.starts[row.schoolClass.id] ?? nil {
            let first = rows.first { $0.schoolClass.id == row.schoolClass.id }!
            report.problems.append(ImportProblem(row.line.place, Column.validFrom, BilingualText(
                "у \(row.schoolClass.name) в строке \(first.line.place.row) неделя действует с \(first.line.validFrom?.russian ?? "начала года"); у всех строк класса дата одна",
                "\(row.schoolClass.name) has its week from \(first.line.validFrom?.russian ?? "the year's start") in row \(first.line.place.row); every row of a class has one date")))
        }
        let kept = slots.filter { slot in
            guard let teaching = frame.teachings[slot.teaching], let start = week.starts[teaching.classID] else { return true }
            return Self.isBefore(slot.validFrom, start)
        }
        let entries = kept.compactMap { frame.entry($0, source: TimetableSource.stored($0.id)) } + rows.map { $0.entry(frame) }
        for clash in TimetableClashes.find(entries) {
            guard let place = clash.second.source.place ?? clash.first.source.place else { continue }
            let column = switch clash.kind {
            case .classBusy: Column.className
            case .teacherBusy: Column.teacher
            case .roomBusy: Column.room
            }
            report.problems.append(ImportProblem(place, column, clash.text))
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
                let weekly = line.hoursPerWeek.map { Int($0.rounded(.up)) } ?? Int((Double(line.hoursPerYear) / 34).rounded())
                return CurriculumLine(classID: line.classID, subjectID: line.subjectID, names: names, hoursPerWeek: weekly, splitIntoSubgroups: line.split)
            }
            let ownEntries = entries.filter { classIDs.contains($0.key.classID) }
            for problem in CurriculumCheck.problems(curriculum: curriculum, entries: ownEntries, on: day) {
                let names: TeachingNames = switch problem {
                case .hoursDiffer(let names, _, _), .notInCurriculum(let names, _), .notSplit(let names), .splitNotInCurriculum(let names): names
                }
                let place = firstRow["\(names.className)|\(names.subject)"] ?? firstRow["\(names.className)"]
                report.problems.append(ImportProblem(
                    file: report.file, row: place?.row, column: place == nil ? nil : TimetableLine.Column.subject, message: problem.text))
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

    /// One class's week from `start`: the week of the same start day is matched slot by slot
    /// (re-importing changes nothing), later weeks are replaced, the earlier week in force ends
    /// the day before.
    private func writeWeek(
        _ rows: [TimetableRow], from start: LocalDate?, of classID: ClassID, slots: [StoredSlot], frame: YearTimetableFrame,
        _ stamp: ChangeStamp, _ db: StoreTransaction, _ report: inout ImportReport
    ) throws {
        let own = slots.filter { frame.teachings[$0.teaching]?.classID == classID }
        let scope = ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
        func record(_ key: String, _ field: String, _ old: String?, _ new: String?) throws {
            try ChangeLog.record(stamp.change(entity: "timetable_slot", key: key, field: field, from: old, to: new, scope: scope), in: db)
        }
        var same: [SlotPlace: StoredSlot] = [:]
        for slot in own {
            if Self.isBefore(slot.validFrom, start) {
                guard let start, slot.validTo.map({ $0 >= start }) ?? true else { continue }
                try TimetableWrites.end(slot.id, on: start.adding(days: -1), db)
                try record("id=\(slot.id)", "valid_to", slot.validTo?.iso, start.adding(days: -1).iso)
            } else if slot.validFrom == start {
                same[SlotPlace(teaching: slot.teaching, weekday: slot.weekday, number: slot.number)] = slot
            } else {
                try TimetableWrites.delete(slot.id, db)
                try record("id=\(slot.id)", "lesson", describe(slot, frame), nil)
            }
        }
        for row in rows {
            guard let teaching = frame.teachingByKey[row.key] else { continue }
            let room = row.line.room.trimmingCharacters(in: .whitespaces)
            let place = SlotPlace(teaching: teaching.id, weekday: row.line.weekday, number: row.line.number)
            if let old = same.removeValue(forKey: place) {
                guard old.room != room || old.teacher != row.teacher.id else { report.count(.unchanged); continue }
                try TimetableWrites.update(old.id, room: room, teacher: row.teacher.id, db)
                try record("id=\(old.id)", "lesson", describe(old, frame), Self.describe(row.names, frame.teacherName(row.teacher.id), room))
                report.count(.changed)
            } else {
                try TimetableWrites.insert(
                    year: frame.year.id, teaching: teaching.id, weekday: row.line.weekday, number: row.line.number, room: room,
                    teacher: row.teacher.id, validFrom: start, db)
                try record(
                    "class=\(classID);weekday=\(row.line.weekday);lesson=\(row.line.number);from=\(start?.iso ?? "year")", "lesson", nil,
                    Self.describe(row.names, frame.teacherName(row.teacher.id), room))
                report.count(.added)
            }
        }
        for slot in same.values.sorted(by: { $0.id < $1.id }) {
            try TimetableWrites.delete(slot.id, db)
            try record("id=\(slot.id)", "lesson", describe(slot, frame), nil)
        }
    }

    private func describe(_ slot: StoredSlot, _ frame: YearTimetableFrame) -> String {
        guard let entry = frame.entry(slot, source: slot.id) else { return "teaching=\(slot.teaching)" }
        return "\(WeekdayName.short(slot.weekday, in: .ru)) \(slot.number): " + Self.describe(entry.names, entry.teacherName, slot.room)
    }

    /// «5А Математика (Петрова О.И.), каб. 21».
    static func describe(_ names: TeachingNames, _ teacher: String, _ room: String) -> String {
        "\(names.text) (\(teacher))" + (room.isEmpty ? "" : ", каб. \(room)")
    }

    /// Whether a version starting `day` (nil: the year's start) begins before one starting `start`.
    static func isBefore(_ day: LocalDate?, _ start: LocalDate?) -> Bool {
        guard let start else { return false }
        return day.map { $0 < start } ?? true
    }
}

/// A timetable row with everything it names found.
struct TimetableRow {
    let line: TimetableLine
    let schoolClass: SetupClassRow
    let key: TimetableKey
    let names: TeachingNames
    let teacher: SetupStaffRow

    func entry(_ frame: YearTimetableFrame) -> TimetableEntry<TimetableSource> {
        TimetableEntry(
            key: key, names: names, teacher: teacher.id, teacherName: teacher.name.withInitials, room: line.room.trimmingCharacters(in: .whitespaces),
            weekday: line.weekday, number: line.number, validFrom: line.validFrom, source: .file(line.place))
    }
}

/// The day each class's new week starts (nil: the year's start): its first row's.
struct TimetableWeek {
    let starts: [ClassID: LocalDate?]

    init(_ rows: [TimetableRow]) {
        var starts: [ClassID: LocalDate?] = [:]
        for row in rows where starts[row.schoolClass.id] == nil { starts[row.schoolClass.id] = .some(row.line.validFrom) }
        self.starts = starts
    }
}

/// Where a timetable line in a check comes from: the file's row, or a slot already stored.
enum TimetableSource: Hashable, Sendable {
    case file(SheetPlace)
    case stored(Int64)

    var place: SheetPlace? {
        if case .file(let place) = self { return place }
        return nil
    }
}

private struct SlotPlace: Hashable {
    let teaching: Int64
    let weekday: Int
    let number: Int
}
