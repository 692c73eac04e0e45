import EzhCore
internal import EzhStore

/// One change to a class's week from a day: the week in force that day, the cell changed in it,
/// the clash check against every other class's lines in force meanwhile, and the new version
/// written with its history.
struct TimetableWeekChange {
    struct Line: Equatable {
        var teachingID: Int64?
        let subjectID: SubjectID
        let subject: String
        let subgroupID: SubgroupID?
        let subgroup: String?
        var teacherID: StaffID
        var teacherName: String
        let room: String
        let weekday: Int
        let number: Int
        /// New or changed by this edit: only clashes of these are the edit's fault.
        var edited: Bool

        /// What the timetable holds, for telling whether the week changed at all.
        var content: String { "\(subjectID)|\(subgroupID?.rawValue ?? 0)|\(teacherID)|\(room)|\(weekday)|\(number)" }
    }

    let classID: ClassID
    let className: ClassName
    let day: LocalDate
    /// The lines of the class in force on `day`: the version being changed.
    let current: [TimetableSlotRow]
    /// The last day of that version: where its own lines end, or the day before the class's next
    /// version; nil: the end of the year.
    let end: LocalDate?
    let yearEnd: LocalDate
    private(set) var week: [Line]
    private(set) var teacherChange: (teaching: Int64, from: StaffID, to: StaffID)?

    init(classID: ClassID, className: ClassName, day: LocalDate, yearEnd: LocalDate, slots: [TimetableSlotRow]) {
        self.classID = classID
        self.className = className
        self.day = day
        self.yearEnd = yearEnd
        let own = slots.filter { $0.classID == classID }
        current = own.filter { $0.isInForce(on: day) }
        let nextStart = own.compactMap(\.validFrom).filter { $0 > day }.min()
        end = (current.compactMap(\.validTo) + [nextStart?.adding(days: -1)].compactMap { $0 }).min()
        week = current.map {
            Line(teachingID: $0.teachingID, subjectID: $0.subjectID, subject: $0.subject, subgroupID: $0.subgroupID,
                 subgroup: $0.subgroup, teacherID: $0.teacherID, teacherName: $0.teacher.withInitials, room: $0.room,
                 weekday: $0.weekday, number: $0.number, edited: false)
        }
    }

    var changesAnything: Bool {
        teacherChange != nil || week.map(\.content).sorted() != current.map {
            "\($0.subjectID)|\($0.subgroupID?.rawValue ?? 0)|\($0.teacherID)|\($0.room)|\($0.weekday)|\($0.number)"
        }.sorted()
    }

    mutating func apply(_ edit: TimetableEdit, weekday: Int, number: Int, _ db: StoreTransaction) throws {
        func index(of key: TimetableKey) throws -> Int {
            guard let found = week.firstIndex(where: {
                $0.weekday == weekday && $0.number == number && $0.subjectID == key.subjectID && $0.subgroup == key.subgroup
            }) else { throw TimetableRefusals.lineGone }
            return found
        }
        switch edit {
        case .remove(let key):
            week.remove(at: try index(of: key))
        case .put(let choice, let replacing):
            if let replacing { week.remove(at: try index(of: replacing)) }
            try put(choice, weekday: weekday, number: number, db)
        }
    }

    private mutating func put(_ choice: TimetableLessonChoice, weekday: Int, number: Int, _ db: StoreTransaction) throws {
        guard let subject = try TimetableQueries.subject(choice.subjectID, db) else {
            throw JournalError.notFound(BilingualText("предмет", "subject"))
        }
        guard let teacher = try AccountQueries.staffName(choice.teacherID, db) else {
            throw JournalError.notFound(BilingualText("учитель", "teacher"))
        }
        let subgroup = choice.subgroup.flatMap { $0.isEmpty ? nil : $0 }
        var subgroupID: SubgroupID?
        if let subgroup {
            guard let found = try TimetableQueries.subgroup(classID: classID, subjectID: choice.subjectID, name: subgroup, db) else {
                throw TimetableRefusals.noSubgroup(subgroup)
            }
            subgroupID = found
        }
        let teaching = try TimetableQueries.teaching(classID: classID, subjectID: choice.subjectID, subgroup: subgroupID, db)
        week.append(Line(
            teachingID: teaching?.id, subjectID: choice.subjectID, subject: subject.name, subgroupID: subgroupID,
            subgroup: subgroup, teacherID: choice.teacherID, teacherName: teacher.withInitials,
            room: choice.room.trimmingCharacters(in: .whitespaces), weekday: weekday, number: number, edited: true))
        guard let teaching, teaching.teacher != choice.teacherID else { return }
        // One page has one teacher: the page's other lines follow from the same day.
        teacherChange = (teaching.id, teaching.teacher, choice.teacherID)
        for index in week.indices where week[index].teachingID == teaching.id {
            week[index].teacherID = choice.teacherID
            week[index].teacherName = teacher.withInitials
            week[index].edited = true
        }
    }

    /// Refuses the first clash of an edited line with another class's line in force while the
    /// new version is, or with the class's own week, naming the other side.
    func refuseClashes(with slots: [TimetableSlotRow]) throws {
        let window = DateSpan(day, end ?? yearEnd)
        let others = slots.filter { row in
            row.classID != classID && (row.validFrom.map { $0 <= window.last } ?? true) && (row.validTo.map { $0 >= window.first } ?? true)
        }
        // Week lines are sources -1, -2, ...; other classes' lines their index. All are taken as in
        // force over the whole window: the filter above kept only those that are.
        var entries: [TimetableEntry<Int>] = week.enumerated().map { index, line in
            TimetableEntry(
                key: TimetableKey(classID: classID, subjectID: line.subjectID, subgroup: line.subgroup),
                names: TeachingNames(className: className, subject: line.subject, subgroup: line.subgroup),
                teacher: line.teacherID, teacherName: line.teacherName, room: line.room, weekday: line.weekday,
                number: line.number, source: -(index + 1))
        }
        entries += others.enumerated().map { index, row in
            TimetableEntry(
                key: TimetableKey(classID: row.classID, subjectID: row.subjectID, subgroup: row.subgroup),
                names: TeachingNames(className: row.className, subject: row.subject, subgroup: row.subgroup),
                teacher: row.teacherID, teacherName: row.teacher.withInitials, room: row.room, weekday: row.weekday,
                number: row.number, source: index)
        }
        func isEdited(_ entry: TimetableEntry<Int>) -> Bool { entry.source < 0 && week[-entry.source - 1].edited }
        for clash in TimetableClashes.find(entries) where isEdited(clash.first) || isEdited(clash.second) {
            let (mine, other) = isEdited(clash.second) ? (clash.second, clash.first) : (clash.first, clash.second)
            throw TimetableRefusals.refuseClash(
                at: TimetableRefusals.place(weekday: mine.weekday, number: mine.number), kind: clash.kind,
                other: other.names, teacher: other.teacherName, room: other.room)
        }
    }

    /// Ends (or replaces) the old version's lines, puts the page's new teacher, and writes the new
    /// week from `day`, each with its history row.
    func store(year: YearID, _ stamp: ChangeStamp, _ db: StoreTransaction) throws {
        for row in current {
            let key = "slot=\(row.id)"
            let scope = ChangeScope(classID: classID, subjectID: row.subjectID, lessonDate: day)
            if row.validFrom == day {
                try TimetableQueries.deleteSlot(row.id, db)
                try ChangeLog.record(stamp.change(entity: "timetable_slot", key: key, field: "line", from: describe(row), to: nil, scope: scope), in: db)
            } else {
                try TimetableQueries.setValidTo(slot: row.id, day.adding(days: -1), db)
                try ChangeLog.record(stamp.change(
                    entity: "timetable_slot", key: key, field: "valid_to", from: row.validTo?.iso, to: day.adding(days: -1).iso, scope: scope
                ), in: db)
            }
        }
        if let teacherChange {
            try TimetableQueries.setTeacher(teaching: teacherChange.teaching, teacherChange.to, db)
            try ChangeLog.record(stamp.change(
                entity: "teaching", key: "teaching=\(teacherChange.teaching)", field: "teacher",
                from: String(teacherChange.from.rawValue), to: String(teacherChange.to.rawValue)
            ), in: db)
        }
        var newTeachings: [String: Int64] = [:]
        for line in week {
            var teaching = line.teachingID
            if teaching == nil {
                let page = "\(line.subjectID)|\(line.subgroupID?.rawValue ?? 0)"
                if let made = newTeachings[page] {
                    teaching = made
                } else {
                    let made = try TimetableQueries.insertTeaching(
                        classID: classID, subjectID: line.subjectID, subgroup: line.subgroupID, teacher: line.teacherID, db)
                    newTeachings[page] = made
                    teaching = made
                    try ChangeLog.record(stamp.change(
                        entity: "teaching", key: "teaching=\(made)", field: "teacher", from: nil, to: String(line.teacherID.rawValue),
                        scope: ChangeScope(classID: classID, subjectID: line.subjectID, lessonDate: nil)
                    ), in: db)
                }
            }
            let id = try TimetableQueries.insertSlot(
                year: year, teaching: teaching!, weekday: line.weekday, number: line.number, room: line.room,
                validFrom: day, validTo: end, db)
            try ChangeLog.record(stamp.change(
                entity: "timetable_slot", key: "slot=\(id)", field: "line", from: nil, to: describe(line),
                scope: ChangeScope(classID: classID, subjectID: line.subjectID, lessonDate: day)
            ), in: db)
        }
    }

    /// «5А пн 3: Математика, 1 группа; учитель 1; каб. 21; 07.12.2026–»: what the history keeps.
    private func describe(_ line: Line) -> String {
        let page = TeachingNames(className: className, subject: line.subject, subgroup: line.subgroup).text
        return "\(WeekdayName.short(line.weekday, in: .ru)) \(line.number): \(page); учитель \(line.teacherID); каб. \(line.room); \(day.russian)–\(end?.russian ?? "")"
    }

    private func describe(_ row: TimetableSlotRow) -> String {
        let page = TeachingNames(className: row.className, subject: row.subject, subgroup: row.subgroup).text
        return "\(WeekdayName.short(row.weekday, in: .ru)) \(row.number): \(page); учитель \(row.teacherID); каб. \(row.room); \(row.validFrom?.russian ?? "")–\(row.validTo?.russian ?? "")"
    }
}
