import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Imports the classes of the current academic year (deputy, administrator): adds new classes,
    /// updates the class teacher, room, shift and period scheme of the ones a name matches. The
    /// class-teacher role of the teachers' accounts follows: given to who leads a class, taken
    /// from who no longer does.
    public func importClasses(_ lines: [ClassLine], file: String, dryRun: Bool, session: Session) throws -> ImportReport {
        try runImport(.classes, file: file, dryRun: dryRun, session: session) { db, stamp, report in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try setupYear(&report, db) else { return }
            let staff = try PeopleSetupQueries.staff(db)
            let stored = try PeopleSetupQueries.classes(in: year.id, db)
            let teachers = checkClasses(lines, stored, staff, year: year, withFinals: try PeopleSetupQueries.classesWithFinals(in: year.id, db), &report)
            guard report.problems.isEmpty else { return }
            let schemes = try PeopleSetupQueries.gradeSchemes(in: year.id, db)
            let names = Dictionary(staff.map { ($0.id, $0.name.withInitials) }, uniquingKeysWith: { first, _ in first })
            var touched = Set<StaffID>()
            for (index, line) in lines.enumerated() {
                let teacher = teachers[index]
                if let existing = stored.first(where: { $0.name == line.name }) {
                    var updated = existing
                    updated.classTeacher = teacher ?? existing.classTeacher
                    updated.room = kept(existing.room, line.room) ?? ""
                    updated.shift = line.shift ?? existing.shift
                    updated.scheme = line.periodScheme ?? existing.scheme
                    var history = FieldChanges(
                        entity: "class", key: "class=\(existing.id)", stamp: stamp,
                        scope: ChangeScope(classID: existing.id, subjectID: nil, lessonDate: nil)
                    )
                    try history.compare("class_teacher", existing.classTeacher.flatMap { names[$0] }, updated.classTeacher.flatMap { names[$0] }, db)
                    try history.compare("room", existing.room, updated.room, db)
                    try history.compare("shift", String(existing.shift), String(updated.shift), db)
                    try history.compare("period_scheme", existing.scheme.rawValue, updated.scheme.rawValue, db)
                    if history.count > 0 { try PeopleSetupWrites.updateClass(updated, db) }
                    touched.formUnion([existing.classTeacher, updated.classTeacher].compactMap { $0 })
                    report.count(added: false, changed: history.count > 0)
                } else {
                    let scheme = line.periodScheme ?? schemes[line.name.grade] ?? (line.name.grade >= 10 ? .halfYears : .quarters)
                    let room = kept(nil, line.room) ?? ""
                    let id = try PeopleSetupWrites.insertClass(
                        year: year.id, name: line.name, scheme: scheme, teacher: teacher, shift: line.shift ?? 1, room: room, db
                    )
                    var history = FieldChanges(
                        entity: "class", key: "class=\(id)", stamp: stamp, scope: ChangeScope(classID: id, subjectID: nil, lessonDate: nil)
                    )
                    try history.created("\(line.name) \(year.name)", db)
                    try history.compare("class_teacher", nil, teacher.flatMap { names[$0] }, db)
                    try history.compare("room", nil, room, db)
                    touched.formUnion([teacher].compactMap { $0 })
                    report.added += 1
                }
            }
            try followClassTeachers(touched, year: year.id, staff, stamp, db)
        }
    }

    /// Checks the whole file; returns each line's class teacher (nil: none named).
    private func checkClasses(
        _ lines: [ClassLine], _ stored: [StoredClass], _ staff: [StoredStaff], year: SetupYear, withFinals: Set<ClassID>,
        _ report: inout ImportReport
    ) -> [StaffID?] {
        let directory = StaffDirectory(staff)
        var classRows: [ClassName: Int] = [:]
        var teacherRows: [StaffID: (row: Int, className: ClassName)] = [:]
        let inFile = Set(lines.map(\.name))
        var teachers: [StaffID?] = []
        for line in lines {
            if let row = classRows[line.name] {
                report.problem(line.place, PeopleColumn.className, "класс \(line.name) уже есть в строке \(row); оставьте одну строку",
                               "class \(line.name) is already in row \(row); keep one row")
            }
            classRows[line.name] = classRows[line.name] ?? line.place.row
            if let shift = line.shift, !(1...3).contains(shift) {
                report.problem(line.place, PeopleColumn.shift, "\(shift): смена — 1, 2 или 3", "\(shift): the shift is 1, 2 or 3")
            }
            let existing = stored.first { $0.name == line.name }
            if let existing, let scheme = line.periodScheme, scheme != existing.scheme, withFinals.contains(existing.id) {
                report.problem(line.place, PeopleColumn.periodScheme, "у класса \(line.name) уже есть итоговые отметки; периоды менять нельзя",
                               "class \(line.name) already has period finals; its periods cannot change")
            }
            var teacher: StaffID?
            if let text = line.classTeacher?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                switch directory.lookup(text) {
                case .found(let person):
                    teacher = person.id
                    if let first = teacherRows[person.id] {
                        report.problem(line.place, PeopleColumn.classTeacher, "«\(text)» уже классный руководитель \(first.className) (строка \(first.row)); у класса свой руководитель",
                                       "“\(text)” already leads \(first.className) (row \(first.row)); each class has its own class teacher")
                    } else if let other = stored.first(where: { $0.classTeacher == person.id && $0.name != line.name && !inFile.contains($0.name) }) {
                        report.problem(line.place, PeopleColumn.classTeacher, "«\(text)» — классный руководитель \(other.name); сначала назначьте \(other.name) другого руководителя",
                                       "“\(text)” leads \(other.name); give \(other.name) another class teacher first")
                    }
                    teacherRows[person.id] = teacherRows[person.id] ?? (line.place.row, line.name)
                case .unknown:
                    report.problem(line.place, PeopleColumn.classTeacher, "сотрудник «\(text)» не найден; импортируйте сотрудников (ezh import staff) или укажите логин",
                                   "no member of staff “\(text)”; import the staff first (ezh import staff) or give the login")
                case .ambiguous:
                    report.problem(line.place, PeopleColumn.classTeacher, "«\(text)» подходит нескольким сотрудникам; укажите логин",
                                   "“\(text)” fits several members of staff; give the login")
                }
            }
            teachers.append(teacher)
        }
        return teachers
    }

    /// Gives the class-teacher role to the accounts of staff who lead a class of the year and
    /// takes it from those who no longer lead one.
    private func followClassTeachers(
        _ touched: Set<StaffID>, year: YearID, _ staff: [StoredStaff], _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws {
        let leaders = Set(try PeopleSetupQueries.classes(in: year, db).compactMap(\.classTeacher))
        for person in staff where touched.contains(person.id) {
            guard let account = person.accountID else { continue }
            var roles = person.roles
            if leaders.contains(person.id) { roles.insert(.classTeacher) } else { roles.remove(.classTeacher) }
            guard roles != person.roles, !roles.isEmpty else { continue }
            try AccountQueries.setRoles(of: account, to: roles, db)
            try ChangeLog.record(stamp.change(
                entity: "account", key: "account=\(account)", field: "roles", from: Self.roleList(person.roles), to: Self.roleList(roles)
            ), in: db)
        }
    }
}
