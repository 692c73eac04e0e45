import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports bell schedules: each schedule the file names gets exactly the file's bells (a bell
    /// of that schedule the file leaves out is removed, with a notice); schedules it does not name
    /// stay. The default schedule is the one a row marks, else the stored default, else the file's
    /// first. Lessons from today are given the new times.
    public func importBells(
        _ lines: [BellLine], file: String, dryRun: Bool = false, readProblems: [ImportProblem] = [], session: Session
    ) throws -> ImportReport {
        try runYearImport(
            .bells, file: file, dryRun: dryRun, readProblems: readProblems, session, authorize: requiring(.manageSchoolYear)
        ) { db, stamp, report in
            let stored = try BellWrites.schedules(db)
            let checked = checkBells(lines, stored: stored, &report)
            guard report.problems.isEmpty else { return }
            var scheduleIDs = Dictionary(stored.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
            for name in checked.names where scheduleIDs[name] == nil {
                scheduleIDs[name] = try BellWrites.insertSchedule(name: name, db)
                try ChangeLog.record(stamp.change(entity: "bell_schedule", key: name, field: "name", from: nil, to: name), in: db)
            }
            if let defaultID = scheduleIDs[checked.defaultName], stored.first(where: \.isDefault)?.name != checked.defaultName {
                try BellWrites.setDefault(defaultID, db)
                try ChangeLog.record(stamp.change(
                    entity: "bell_schedule", key: checked.defaultName, field: "is_default", from: "0", to: "1"), in: db)
            }
            let named = Set(checked.names.compactMap { scheduleIDs[$0] })
            var storedBells: [BellKey: StoredBell] = [:]
            for bell in try BellWrites.bells(db) where named.contains(bell.scheduleID) {
                storedBells[BellKey(schedule: bell.scheduleID, shift: bell.shift, number: bell.number)] = bell
            }
            let nameOf = Dictionary(scheduleIDs.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
            for line in lines {
                let schedule = scheduleIDs[line.schedule.trimmingCharacters(in: .whitespaces)]!
                let key = BellKey(schedule: schedule, shift: line.shift, number: line.number)
                let times = LessonTimes(line.startsAt, line.endsAt)
                let old = storedBells.removeValue(forKey: key)
                if old?.times == times { report.unchanged += 1; continue }
                if old == nil { report.added += 1 } else { report.changed += 1 }
                try BellWrites.upsert(schedule: schedule, shift: line.shift, number: line.number, times: times, db)
                try ChangeLog.record(stamp.change(
                    entity: "bell", key: key.text(nameOf), field: "times", from: old.map { Self.timesText($0.times) }, to: Self.timesText(times)
                ), in: db)
            }
            for (key, bell) in storedBells.sorted(by: { ($0.key.schedule, $0.key.shift, $0.key.number) < ($1.key.schedule, $1.key.shift, $1.key.number) }) {
                try BellWrites.delete(schedule: key.schedule, shift: key.shift, number: key.number, db)
                try ChangeLog.record(stamp.change(entity: "bell", key: key.text(nameOf), field: "times", from: Self.timesText(bell.times), to: nil), in: db)
                let place = BellPlace(schedule: nameOf[key.schedule] ?? "", shift: key.shift, number: key.number)
                report.notices.append(ImportProblem(file: file, row: nil, column: nil, message: BilingualText(
                    "«\(place.schedule)», \(place.shift) смена, \(place.number) урок: в файле нет, звонок удалён",
                    "“\(place.schedule)”, shift \(place.shift), lesson \(place.number): not in the file, the bell is removed")))
            }
            try regenerateAfterImport(db, stamp, &report)
        }
    }

    /// Every problem of the file's rows and of the schedules they make; the schedules' names in
    /// file order and the default's name.
    private func checkBells(
        _ lines: [BellLine], stored: [(id: Int64, name: String, isDefault: Bool)], _ report: inout ImportReport
    ) -> (names: [String], defaultName: String) {
        typealias Column = BellLine.Column
        var names: [String] = []
        var rows: [BellPlace: SheetPlace] = [:]
        var shifts: [String: [Int: [Int: LessonTimes]]] = [:]
        var marked: [String] = []
        for line in lines {
            let name = line.schedule.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                report.problems.append(ImportProblem(line.place, Column.schedule, BilingualText(
                    "не указано расписание звонков; напишите его название, например «Основное»",
                    "no bell schedule given; write its name, for example «Основное»")))
                continue
            }
            if !names.contains(name) { names.append(name) }
            if line.isDefault, !marked.contains(name) { marked.append(name) }
            guard (1...3).contains(line.shift) else {
                report.problems.append(ImportProblem(line.place, Column.shift, BilingualText(
                    "смена \(line.shift): бывает 1, 2 или 3", "shift \(line.shift): it is 1, 2 or 3")))
                continue
            }
            let place = BellPlace(schedule: name, shift: line.shift, number: line.number)
            if let first = rows[place] {
                report.problems.append(ImportProblem(line.place, Column.number, BilingualText(
                    "\(line.number) урок \(line.shift) смены уже есть в строке \(first.row); оставьте одну строку",
                    "lesson \(line.number) of shift \(line.shift) is already in row \(first.row); keep one row")))
                continue
            }
            rows[place] = line.place
            shifts[name, default: [:]][line.shift, default: [:]][line.number] = LessonTimes(line.startsAt, line.endsAt)
        }
        if marked.count > 1, let second = lines.first(where: { $0.isDefault && $0.schedule.trimmingCharacters(in: .whitespaces) == marked[1] }) {
            report.problems.append(ImportProblem(second.place, Column.isDefault, BilingualText(
                "основным отмечено и «\(marked[0])», и «\(marked[1])»; основное расписание одно",
                "both “\(marked[0])” and “\(marked[1])” are marked the default; there is one default schedule")))
        }
        let defaultName = marked.first ?? stored.first(where: \.isDefault)?.name ?? names.first ?? ""
        var schedules = names.map { BellSchedule(name: $0, shifts: shifts[$0] ?? [:]) }
        schedules += stored.filter { !names.contains($0.name) }.map { BellSchedule(name: $0.name, shifts: [:]) }
        for problem in BellSchedules(schedules, defaultName: defaultName).problems {
            switch problem {
            case .numberOutOfRange(let place), .endsBeforeStart(let place, _), .overlapsPrevious(let place, _, _, _):
                report.problems.append(ImportProblem(rows[place] ?? SheetPlace(file: report.file, row: 0),
                                                     problem.isAboutNumber ? Column.number : Column.start, problem.text))
            case .shiftOutOfRange:
                continue  // each row's shift is checked on its own above
            case .noDefault, .emptySchedule, .unknownWeekdaySchedule:
                // A stored schedule the file does not name keeps its own bells.
                if case .emptySchedule(let name) = problem, !names.contains(name) { continue }
                report.problems.append(ImportProblem(file: report.file, row: nil, column: nil, message: problem.text))
            }
        }
        return (names, defaultName)
    }

    /// «08:30–09:15».
    static func timesText(_ times: LessonTimes) -> String { "\(times.startsAt)–\(times.endsAt)" }
}

private struct BellKey: Hashable {
    let schedule: Int64
    let shift: Int
    let number: Int

    /// "schedule=Основное;shift=1;lesson=3": the history's key of a bell.
    func text(_ names: [Int64: String]) -> String { "schedule=\(names[schedule] ?? String(schedule));shift=\(shift);lesson=\(number)" }
}

private extension BellProblem {
    var isAboutNumber: Bool {
        if case .numberOutOfRange = self { return true }
        return false
    }
}
