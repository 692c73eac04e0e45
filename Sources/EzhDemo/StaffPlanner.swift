import EzhCore

/// One lesson of a class's week before it has a day and a number: a subject, and the
/// teaching(s) giving it. A split subject's lesson has two teachings, one per subgroup, taught
/// at the same time by two teachers.
struct WeeklyLesson {
    let subjectIndex: Int
    let teachingIndices: [Int]
    let teacherIndices: [Int]
}

/// The staff and who teaches what (нагрузка): a primary teacher per class in grades 1-4, subject
/// teachers sharing each specialty's hours evenly, the deputy with a half load, the demo
/// teacher with Математика in 5А and 5Б, and a class teacher for every class.
struct StaffPlan {
    private(set) var staff: [DemoRows.Staff] = []
    /// Each staff member's own room, by staff index.
    private(set) var rooms: [String] = []
    private(set) var teachings: [DemoRows.Teaching] = []
    private(set) var classTeachers: [StaffID] = []
    /// Per class index: the lessons of one week.
    private(set) var weeklyLessons: [[WeeklyLesson]] = []
    private(set) var director = StaffID(0)
    private(set) var deputy = StaffID(0)
    private(set) var administrator = StaffID(0)
    private(set) var demoTeacher = StaffID(0)

    /// A block of a class's hours that one teacher takes: all of a specialty's subjects in the
    /// class, or one subgroup of a split subject.
    private struct Unit {
        let classIndex: Int
        let subjectIndices: [Int]
        let group: Int?
        let hours: Int
    }

    private struct TeachingKey: Hashable {
        let classIndex: Int
        let subjectIndex: Int
        let group: Int?
    }

    private var people: PeopleFactory
    private var teacherOf: [TeachingKey: Int] = [:]
    /// Lessons a week each staff member teaches, by staff index.
    private(set) var weeklyLoad: [Int] = []
    private var floorRooms: [Int: Int] = [:]
    private var namedRooms: [String: Int] = [:]

    init(classes: [ClassName], subgroupIDs: [[SubgroupID]], seed: UInt64) {
        people = PeopleFactory(random: SeededRandom(seed: seed, stream: "staff names"))
        director = staff[hire(.female, "Директор", room: "Приёмная")].id
        deputy = staff[hire(.female, "Заместитель директора по УВР", room: nextRoom(.floor(2)))].id
        administrator = staff[hire(.male, "Администратор электронного журнала", room: "Серверная")].id
        demoTeacher = staff[hire(.female, "Учитель математики", room: nextRoom(.floor(3)))].id

        var units: [Int: [Unit]] = [:] // by specialty index
        for (classIndex, name) in classes.enumerated() {
            if name.grade <= 4 {
                let teacher = hire(people.gender(womenShare: 0.95), TeacherSpecialty.primaryPosition,
                                   room: String(101 + classIndex))
                for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated()
                where spec.hours(grade: name.grade) > 0 && !SubjectCatalog.primarySpecialistSubjects.contains(spec.name) {
                    assign(TeachingKey(classIndex: classIndex, subjectIndex: subjectIndex, group: nil), to: teacher,
                           hours: spec.hours(grade: name.grade))
                }
            }
            for (specialty, unit) in StaffPlan.specialtyUnits(classIndex: classIndex, grade: name.grade) {
                if name.grade == 5 && ["А", "Б"].contains(name.letter)
                    && unit.subjectIndices.map({ SubjectCatalog.subjects[$0].name }) == [SubjectCatalog.mathematics] {
                    assign(unit, to: Int(demoTeacher.rawValue) - 1)
                } else {
                    units[specialty, default: []].append(unit)
                }
            }
        }

        for (specialtyIndex, specialty) in TeacherSpecialty.all.enumerated() {
            shareOut(units[specialtyIndex] ?? [], among: specialty)
        }
        chooseClassTeachers(classes: classes)
        makeTeachings(classes: classes, subgroupIDs: subgroupIDs)
    }

    /// The subject teachers' blocks of one class, keyed by specialty index.
    private static func specialtyUnits(classIndex: Int, grade: Int) -> [(Int, Unit)] {
        var result: [(Int, Unit)] = []
        for (specialtyIndex, specialty) in TeacherSpecialty.all.enumerated() {
            var shared: [Int] = []
            for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated() where specialty.subjects.contains(spec.name) {
                guard spec.hours(grade: grade) > 0,
                      grade >= 5 || SubjectCatalog.primarySpecialistSubjects.contains(spec.name) else { continue }
                if spec.splitIntoGroups {
                    for group in 0..<SubjectCatalog.groupNames.count {
                        result.append((specialtyIndex, Unit(classIndex: classIndex, subjectIndices: [subjectIndex],
                                                            group: group, hours: spec.hours(grade: grade))))
                    }
                } else {
                    shared.append(subjectIndex)
                }
            }
            if !shared.isEmpty {
                let hours = shared.map { SubjectCatalog.subjects[$0].hours(grade: grade) }.reduce(0, +)
                result.append((specialtyIndex, Unit(classIndex: classIndex, subjectIndices: shared, group: nil, hours: hours)))
            }
        }
        return result
    }

    /// Hires enough teachers for about 24 lessons a week each (never over 27 on average) and
    /// gives each block to the one with the lightest load relative to their capacity, largest
    /// blocks first. Both subgroups of a class never go to one teacher: they meet at once.
    private mutating func shareOut(_ units: [Unit], among specialty: TeacherSpecialty) {
        guard !units.isEmpty else { return }
        let total = units.map(\.hours).reduce(0, +)
        var count = max(1, Int((Double(total) / 24).rounded()))
        while Double(total) / Double(count) > 27 { count += 1 }
        var members: [(staff: Int, capacity: Double)] = (0..<count).map { _ in
            (hire(people.gender(womenShare: specialty.womenShare), specialty.position, room: nextRoom(specialty.rooms)), 1)
        }
        if specialty.position == TeacherSpecialty.deputyPosition {
            members.append((Int(deputy.rawValue) - 1, 0.5))
        }
        let ordered = units.sorted {
            ($0.hours, -$0.classIndex, -($0.group ?? -1)) > ($1.hours, -$1.classIndex, -($1.group ?? -1))
        }
        for unit in ordered {
            let allowed = members.filter { member in
                guard let group = unit.group else { return true }
                let other = TeachingKey(classIndex: unit.classIndex, subjectIndex: unit.subjectIndices[0], group: 1 - group)
                return teacherOf[other] != member.staff
            }
            let chosen = allowed.min {
                (Double(weeklyLoad[$0.staff] + unit.hours) / $0.capacity, $0.staff)
                    < (Double(weeklyLoad[$1.staff] + unit.hours) / $1.capacity, $1.staff)
            }!
            assign(unit, to: chosen.staff)
        }
    }

    private mutating func assign(_ unit: Unit, to teacher: Int) {
        for subjectIndex in unit.subjectIndices {
            teacherOf[TeachingKey(classIndex: unit.classIndex, subjectIndex: subjectIndex, group: unit.group)] = teacher
        }
        weeklyLoad[teacher] += unit.hours
    }

    private mutating func assign(_ key: TeachingKey, to teacher: Int, hours: Int) {
        teacherOf[key] = teacher
        weeklyLoad[teacher] += hours
    }

    /// Primary classes have their own teacher, 5А the demo teacher; other classes get a subject
    /// teacher who is nobody's class teacher yet, preferring one who teaches the class most.
    private mutating func chooseClassTeachers(classes: [ClassName]) {
        var taken: Set<Int> = [Int(deputy.rawValue) - 1, Int(demoTeacher.rawValue) - 1]
        var hoursInClass: [[Int: Int]] = Array(repeating: [:], count: classes.count)
        for (key, teacher) in teacherOf {
            let hours = SubjectCatalog.subjects[key.subjectIndex].hours(grade: classes[key.classIndex].grade)
            hoursInClass[key.classIndex][teacher, default: 0] += hours
        }
        let subjectTeachers = staff.indices.filter { staff[$0].position != TeacherSpecialty.primaryPosition && weeklyLoad[$0] > 0 }
        for (classIndex, name) in classes.enumerated() {
            let teacher: Int
            if name.grade <= 4 {
                teacher = hoursInClass[classIndex].filter { staff[$0.key].position == TeacherSpecialty.primaryPosition }
                    .keys.min()!
            } else if name == ClassName(grade: 5, letter: "А") {
                teacher = Int(demoTeacher.rawValue) - 1
            } else {
                let free = subjectTeachers.filter { !taken.contains($0) }
                teacher = free.max { (hoursInClass[classIndex][$0] ?? 0, -$0) < (hoursInClass[classIndex][$1] ?? 0, -$1) }!
            }
            taken.insert(teacher)
            classTeachers.append(staff[teacher].id)
        }
    }

    /// Teaching rows in class, subject, subgroup order, and each class's weekly lessons.
    private mutating func makeTeachings(classes: [ClassName], subgroupIDs: [[SubgroupID]]) {
        for (classIndex, name) in classes.enumerated() {
            var week: [WeeklyLesson] = []
            for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated() where spec.hours(grade: name.grade) > 0 {
                let groups: [Int?] = spec.splitIntoGroups ? SubjectCatalog.groupNames.indices.map { $0 } : [nil]
                var teachingIndices: [Int] = []
                var teacherIndices: [Int] = []
                for group in groups {
                    let teacher = teacherOf[TeachingKey(classIndex: classIndex, subjectIndex: subjectIndex, group: group)]!
                    teachings.append(DemoRows.Teaching(
                        id: Int64(teachings.count + 1), classID: ClassID(Int64(classIndex + 1)),
                        subject: SubjectID(Int64(subjectIndex + 1)), subgroup: group.map { subgroupIDs[classIndex][$0] },
                        teacher: staff[teacher].id
                    ))
                    teachingIndices.append(teachings.count - 1)
                    teacherIndices.append(teacher)
                }
                let lesson = WeeklyLesson(subjectIndex: subjectIndex, teachingIndices: teachingIndices, teacherIndices: teacherIndices)
                week += Array(repeating: lesson, count: spec.hours(grade: name.grade))
            }
            weeklyLessons.append(week)
        }
    }

    /// Adds a staff member; returns their index.
    private mutating func hire(_ gender: DemoRows.Gender, _ position: String, room: String) -> Int {
        staff.append(DemoRows.Staff(id: StaffID(Int64(staff.count + 1)), name: people.adult(gender), position: position))
        rooms.append(room)
        weeklyLoad.append(0)
        return staff.count - 1
    }

    private mutating func nextRoom(_ style: TeacherSpecialty.RoomStyle) -> String {
        switch style {
        case .floor(let floor):
            let number = (floorRooms[floor] ?? 0) + 1
            floorRooms[floor] = number
            return String(floor * 100 + number)
        case .named(let name):
            let number = (namedRooms[name] ?? 0) + 1
            namedRooms[name] = number
            return number == 1 ? name : "\(name) \(number)"
        }
    }
}
