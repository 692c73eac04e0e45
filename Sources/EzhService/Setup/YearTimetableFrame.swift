import EzhCore
internal import EzhStore

/// The year's classes, subjects, subgroups, staff and teachings, read once, with the names
/// messages show and the timetable keys lessons are matched by.
struct YearTimetableFrame {
    let year: YearRow
    let classes: [ClassID: SetupClassRow]
    let subjectNames: [SubjectID: String]
    let subgroups: [SubgroupID: SetupSubgroupRow]
    let staff: [StaffID: SetupStaffRow]
    private(set) var teachings: [Int64: SetupTeachingRow]
    private(set) var teachingByKey: [TimetableKey: SetupTeachingRow]

    init(year: YearRow, _ db: StoreTransaction) throws {
        self.year = year
        classes = Dictionary(uniqueKeysWithValues: try SetupLookups.classes(year: year.id, db).map { ($0.id, $0) })
        subjectNames = Dictionary(uniqueKeysWithValues: try SetupLookups.subjects(db).map { ($0.id, $0.name) })
        subgroups = Dictionary(uniqueKeysWithValues: try SetupLookups.subgroups(year: year.id, db).map { ($0.id, $0) })
        staff = Dictionary(uniqueKeysWithValues: try SetupLookups.staff(db).map { ($0.id, $0) })
        teachings = [:]
        teachingByKey = [:]
        for teaching in try SetupLookups.teachings(year: year.id, db) { remember(teaching) }
    }

    mutating func remember(_ teaching: SetupTeachingRow) {
        teachings[teaching.id] = teaching
        teachingByKey[key(of: teaching)] = teaching
    }

    func key(of teaching: SetupTeachingRow) -> TimetableKey {
        TimetableKey(classID: teaching.classID, subjectID: teaching.subjectID, subgroup: teaching.subgroupID.flatMap { subgroups[$0]?.name })
    }

    func names(of key: TimetableKey) -> TeachingNames {
        TeachingNames(
            className: classes[key.classID]?.name ?? ClassName(grade: 0, letter: "?"), subject: subjectNames[key.subjectID] ?? "?",
            subgroup: key.subgroup)
    }

    func teacherName(_ id: StaffID) -> String { staff[id]?.name.withInitials ?? "?" }

    /// A stored slot as a timetable line, tagged with `source`; nil if its teaching is gone.
    func entry<S>(_ slot: StoredSlot, source: S) -> TimetableEntry<S>? {
        guard let teaching = teachings[slot.teaching] else { return nil }
        let key = key(of: teaching)
        let teacher = slot.teacher ?? teaching.teacher
        return TimetableEntry(
            key: key, names: names(of: key), teacher: teacher, teacherName: teacherName(teacher), room: slot.room,
            weekday: slot.weekday, number: slot.number, validFrom: slot.validFrom, validTo: slot.validTo, source: source)
    }
}
