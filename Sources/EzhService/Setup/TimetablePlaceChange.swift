import EzhCore
internal import EzhStore

/// One change to one place of a class's timetable (weekday and lesson number) from a day on: the
/// lines in force there that day, changed as the deputy asked, worked out by `TimetableChange`
/// (old lines end the day before, later ones of the place go, new ones start on the day), the
/// clash check of the result, and the writes with their history.
struct TimetablePlaceChange {
    let classID: ClassID
    let className: ClassName
    let weekday: Int
    let number: Int
    let day: LocalDate
    /// The stored timetable, all versions; sources are slot ids.
    let current: [TimetableEntry<Int64>]
    private let rows: [Int64: TimetableSlotRow]
    /// The place's lines from `day` on, as the edit leaves them; new ones have negative sources.
    private(set) var lines: [TimetableEntry<Int64>]
    /// A new line's subgroup and teaching, by its (negative) source.
    private var newPages: [Int64: (subgroup: SubgroupID?, teaching: Int64?)] = [:]
    /// The page whose teacher the edit changes: all its lines from `day` on teach with the new one.
    private(set) var teacherChange: (teaching: Int64, key: TimetableKey, from: StaffID, to: StaffID, name: String)?

    init(classID: ClassID, className: ClassName, weekday: Int, number: Int, day: LocalDate, slots: [TimetableSlotRow]) {
        self.classID = classID
        self.className = className
        self.weekday = weekday
        self.number = number
        self.day = day
        rows = Dictionary(uniqueKeysWithValues: slots.map { ($0.id, $0) })
        current = slots.map { row in
            TimetableEntry(
                key: TimetableKey(classID: row.classID, subjectID: row.subjectID, subgroup: row.subgroup),
                names: TeachingNames(className: row.className, subject: row.subject, subgroup: row.subgroup),
                teacher: row.teacherID, teacherName: row.teacher.withInitials, room: row.room, weekday: row.weekday,
                number: row.number, validFrom: row.validFrom, validTo: row.validTo, source: row.id)
        }
        lines = current.filter { $0.key.classID == classID && $0.weekday == weekday && $0.number == number && $0.validity.contains(day) }
    }

    private func covers(_ line: TimetableEntry<Int64>) -> Bool {
        line.key.classID == classID && line.weekday == weekday && line.number == number
    }

    mutating func apply(_ edit: TimetableEdit, _ db: StoreTransaction) throws {
        func index(of key: TimetableKey) throws -> Int {
            guard let found = lines.firstIndex(where: { $0.key == key }) else { throw TimetableRefusals.lineGone }
            return found
        }
        switch edit {
        case .remove(let key):
            lines.remove(at: try index(of: key))
        case .put(let choice, let replacing):
            if let replacing { lines.remove(at: try index(of: replacing)) }
            try put(choice, db)
        }
    }

    private mutating func put(_ choice: TimetableLessonChoice, _ db: StoreTransaction) throws {
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
        let key = TimetableKey(classID: classID, subjectID: choice.subjectID, subgroup: subgroup)
        let teaching = try TimetableQueries.teaching(classID: classID, subjectID: choice.subjectID, subgroup: subgroupID, db)
        let source = -Int64(newPages.count + 1)
        newPages[source] = (subgroupID, teaching?.id)
        lines.append(TimetableEntry(
            key: key, names: TeachingNames(className: className, subject: subject.name, subgroup: subgroup),
            teacher: choice.teacherID, teacherName: teacher.withInitials, room: choice.room.trimmingCharacters(in: .whitespaces),
            weekday: weekday, number: number, validFrom: day, source: source))
        // One page has one teacher: its other lines follow from the same day.
        if let teaching, teaching.teacher != choice.teacherID {
            teacherChange = (teaching.id, key, teaching.teacher, choice.teacherID, teacher.withInitials)
        }
    }

    var change: TimetableChange<Int64> {
        TimetableChange.replacing(from: day, with: lines, in: current, covering: covers)
    }

    /// Refuses the first clash of a line the edit adds, or of a line of the page whose teacher it
    /// changes, naming the other side.
    func refuseClashes() throws {
        let change = change
        var result = change.result
        var edited = Set(change.added.map(\.source))
        if let teacherChange {
            // From `day` on the page's lines teach with the new teacher; a line in force across
            // the day is checked as its part from the day.
            result = result.map { line in
                guard line.key == teacherChange.key, line.validTo.map({ $0 >= day }) ?? true else { return line }
                edited.insert(line.source)
                return TimetableEntry(
                    key: line.key, names: line.names, teacher: teacherChange.to, teacherName: teacherChange.name, room: line.room,
                    weekday: line.weekday, number: line.number, validFrom: max(line.validFrom ?? day, day), validTo: line.validTo,
                    source: line.source)
            }
        }
        for clash in TimetableClashes.find(result) where edited.contains(clash.first.source) || edited.contains(clash.second.source) {
            let (mine, other) = edited.contains(clash.second.source) ? (clash.second, clash.first) : (clash.first, clash.second)
            throw TimetableRefusals.refuseClash(
                at: TimetableRefusals.place(weekday: mine.weekday, number: mine.number), kind: clash.kind,
                other: other.names, teacher: other.teacherName, room: other.room)
        }
    }

    /// Ends and removes the old lines, puts the page's new teacher, and stores the new lines from
    /// `day`, each with its history row.
    func store(year: YearID, _ stamp: ChangeStamp, _ db: StoreTransaction) throws {
        let change = change
        for line in change.ended {
            guard let to = line.validTo else { continue }
            try TimetableQueries.setValidTo(slot: line.source, to, db)
            try ChangeLog.record(stamp.change(
                entity: "timetable_slot", key: "slot=\(line.source)", field: "valid_to", from: rows[line.source]?.validTo?.iso,
                to: to.iso, scope: scope(line)
            ), in: db)
        }
        for line in change.removed {
            try TimetableQueries.deleteSlot(line.source, db)
            try ChangeLog.record(stamp.change(
                entity: "timetable_slot", key: "slot=\(line.source)", field: "line", from: describe(line), to: nil, scope: scope(line)
            ), in: db)
        }
        if let teacherChange {
            try TimetableQueries.setTeacher(teaching: teacherChange.teaching, teacherChange.to, db)
            try ChangeLog.record(stamp.change(
                entity: "teaching", key: "teaching=\(teacherChange.teaching)", field: "teacher",
                from: String(teacherChange.from.rawValue), to: String(teacherChange.to.rawValue),
                scope: ChangeScope(classID: classID, subjectID: teacherChange.key.subjectID, lessonDate: day)
            ), in: db)
        }
        for line in change.added {
            let teaching = try teachingID(of: line, db, stamp)
            let id = try TimetableQueries.insertSlot(
                year: year, teaching: teaching, weekday: line.weekday, number: line.number, room: line.room, validFrom: day,
                validTo: nil, db)
            try ChangeLog.record(stamp.change(
                entity: "timetable_slot", key: "slot=\(id)", field: "line", from: nil, to: describe(line), scope: scope(line)
            ), in: db)
        }
    }

    /// The line's teaching: a carried line's own, or the page's, made when the class has none.
    private func teachingID(of line: TimetableEntry<Int64>, _ db: StoreTransaction, _ stamp: ChangeStamp) throws -> Int64 {
        if let row = rows[line.source] { return row.teachingID }
        let page = newPages[line.source]
        if let teaching = page?.teaching { return teaching }
        if let made = try TimetableQueries.teaching(classID: classID, subjectID: line.key.subjectID, subgroup: page?.subgroup, db) {
            return made.id
        }
        let made = try TimetableQueries.insertTeaching(
            classID: classID, subjectID: line.key.subjectID, subgroup: page?.subgroup, teacher: line.teacher, db)
        try ChangeLog.record(stamp.change(
            entity: "teaching", key: "teaching=\(made)", field: "teacher", from: nil, to: String(line.teacher.rawValue),
            scope: ChangeScope(classID: classID, subjectID: line.key.subjectID, lessonDate: nil)
        ), in: db)
        return made
    }

    private func scope(_ line: TimetableEntry<Int64>) -> ChangeScope {
        ChangeScope(classID: line.key.classID, subjectID: line.key.subjectID, lessonDate: day)
    }

    /// «пн 3: 5А Математика, 1 группа; учитель 1; каб. 21; 07.12.2026–»: what the history keeps.
    private func describe(_ line: TimetableEntry<Int64>) -> String {
        "\(WeekdayName.short(line.weekday, in: .ru)) \(line.number): \(line.names.text); учитель \(line.teacher); каб. \(line.room); "
            + "\(line.validFrom?.russian ?? "")–\(line.validTo?.russian ?? "")"
    }
}
