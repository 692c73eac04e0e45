import EzhCore
import Foundation

/// A pupil's time in one class, as the journal simulation needs it.
struct Stay {
    let pupilIndex: Int
    let from: LocalDate
    /// The last day in the class, nil for the whole year.
    let to: LocalDate?
    /// 0 or 1: the pupil's subgroup in split subjects.
    let group: Int

    func covers(_ day: LocalDate) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
}

/// How a pupil does: the mean of their marks, and how often they miss school.
struct PupilTraits {
    let ability: Double
    let absenceProneness: Double
}

/// Pupils, their parents, classes over time (with arrivals and departures) and subgroups.
struct PupilRoster {
    private(set) var pupils: [DemoRows.Pupil] = []
    private(set) var traits: [PupilTraits] = []
    private(set) var parents: [DemoRows.Parent] = []
    private(set) var parentLinks: [DemoRows.ParentLink] = []
    private(set) var memberships: [DemoRows.ClassMembership] = []
    private(set) var subgroups: [DemoRows.Subgroup] = []
    private(set) var subgroupMemberships: [DemoRows.SubgroupMembership] = []
    /// Per class index: who was in the class when.
    private(set) var stays: [[Stay]]
    /// Per class index: its two subgroups of the split subject, or none in grade 1.
    private(set) var subgroupIDs: [[SubgroupID]]
    /// The pupil and parent behind the demo accounts: a pupil of 5А and their mother.
    private(set) var demoPupil = PupilID(0)
    private(set) var demoParent = ParentID(0)

    private struct Family {
        let name: String
        let father: RussianNameTables.MaleName
        var parents: [(id: ParentID, relation: String)]
        /// The grades the family's children are in.
        var grades: [Int] = []
    }

    private var families: [Family] = []
    private var people: PeopleFactory
    private var random: SeededRandom

    static let formerSchools = [
        "МАОУ «Гимназия № 2»", "МБОУ «СОШ № 5»", "МБОУ «Лицей № 1»", "МКОУ «Покровская СОШ»",
        "МБОУ «СОШ № 12» г. Екатеринбург", "МАОУ «СОШ № 7» г. Тюмень",
    ]

    init(classes: [ClassName], size: DemoSize, frame: SchoolFrame, movementsBefore lastDay: LocalDate, seed: UInt64) {
        random = SeededRandom(seed: seed, stream: "roster")
        people = PeopleFactory(random: SeededRandom(seed: seed, stream: "pupil names"))
        stays = Array(repeating: [], count: classes.count)
        subgroupIDs = Array(repeating: [], count: classes.count)
        let yearStart = frame.calendar.year.first

        for (classIndex, name) in classes.enumerated() {
            let count = random.int(in: size.pupilsPerClass)
            var newcomers = (0..<count).map { _ in makePupil(grade: name.grade, yearStart: yearStart) }
            newcomers.sort { PersonName.alphabetical($0.name, $1.name) }
            for (position, pupil) in newcomers.enumerated() {
                let index = add(pupil)
                stays[classIndex].append(Stay(pupilIndex: index, from: yearStart, to: nil, group: position < (count + 1) / 2 ? 0 : 1))
            }
        }
        chooseDemoPupil(classes: classes)
        addMovements(classes: classes, frame: frame, lastDay: lastDay)
        for (classIndex, name) in classes.enumerated() {
            addSubgroups(classIndex: classIndex, grade: name.grade, frame: frame)
        }
    }

    /// A pupil before it has an id: name, gender, birth date and family.
    private struct NewPupil {
        let name: PersonName
        let gender: DemoRows.Gender
        let birthDate: LocalDate
        let family: Int
    }

    private mutating func makePupil(grade: Int, yearStart: LocalDate) -> NewPupil {
        var family = -1
        // About one pupil in fifteen has a brother or sister at least two grades apart.
        if random.chance(0.07) {
            let candidates = families.indices.filter { index in families[index].grades.allSatisfy { abs($0 - grade) >= 2 } }
            if !candidates.isEmpty { family = random.pick(candidates) }
        }
        if family < 0 { family = makeFamily() }
        families[family].grades.append(grade)
        let gender = people.gender(womenShare: 0.5)
        let name = people.child(gender, familyName: families[family].name, father: families[family].father)
        // On 1 September a first grader is 6.5 to 7.5 years old; each grade adds a year.
        let ageInDays = Int((5.5 + Double(grade) + random.unit()) * 365.25)
        return NewPupil(name: name, gender: gender, birthDate: yearStart.adding(days: -ageInDays), family: family)
    }

    private mutating func makeFamily() -> Int {
        let name = people.familyName()
        let father = people.fatherName()
        var family = Family(name: name, father: father, parents: [])
        let hasMother = random.chance(0.97)
        let hasFather = !hasMother || random.chance(0.8)
        if hasMother {
            let mother = people.adult(.female, familyName: name)
            family.parents.append((addParent(mother), "мать"))
        }
        if hasFather {
            var fatherName = people.adult(.male, familyName: name)
            fatherName.first = father.name
            family.parents.append((addParent(fatherName), "отец"))
        }
        families.append(family)
        return families.count - 1
    }

    private mutating func addParent(_ name: PersonName) -> ParentID {
        let id = ParentID(Int64(parents.count + 1))
        parents.append(DemoRows.Parent(id: id, name: name, phone: people.phone()))
        return id
    }

    /// Gives the pupil an id and links their parents. Returns the pupil's index.
    private mutating func add(_ pupil: NewPupil) -> Int {
        let id = PupilID(Int64(pupils.count + 1))
        pupils.append(DemoRows.Pupil(id: id, name: pupil.name, gender: pupil.gender, birthDate: pupil.birthDate))
        // Marks average about 4 (5/4/3/2 roughly 30/40/25/5 %); absences vary a lot from pupil to pupil.
        traits.append(PupilTraits(
            ability: min(4.9, max(2.8, random.normal(mean: 4.0, deviation: 0.5))),
            absenceProneness: exp(random.normal(mean: 0, deviation: 0.6))
        ))
        for parent in families[pupil.family].parents {
            parentLinks.append(DemoRows.ParentLink(parent: parent.id, pupil: id, relation: parent.relation))
        }
        return pupils.count - 1
    }

    /// The fifth pupil of 5А who lives with both parents; the mother becomes the demo parent.
    private mutating func chooseDemoPupil(classes: [ClassName]) {
        let fifthA = classes.firstIndex(of: ClassName(grade: 5, letter: "А"))!
        let candidates = stays[fifthA].dropFirst(4) + stays[fifthA].prefix(4)
        for stay in candidates {
            let id = pupils[stay.pupilIndex].id
            let links = parentLinks.filter { $0.pupil == id }
            if links.count == 2, let mother = links.first(where: { $0.relation == "мать" }) {
                demoPupil = id
                demoParent = mother.parent
                return
            }
        }
        let stay = stays[fifthA][4]
        demoPupil = pupils[stay.pupilIndex].id
        demoParent = parentLinks.first { $0.pupil == demoPupil }!.parent
    }

    /// Pupils who arrived after 1 September and a few who left, each with an order (приказ)
    /// numbered in date order. Only movements before `lastDay`: the future is not known yet.
    private mutating func addMovements(classes: [ClassName], frame: SchoolFrame, lastDay: LocalDate) {
        let firstDay = frame.calendar.year.first.adding(days: 6)
        let days = frame.calendar.schoolDays.filter { firstDay <= $0 && $0 < lastDay }
        // Rows per class, in the order of `stays`, so a departure finds its row by position.
        var rows = stays.enumerated().map { classIndex, classStays in
            classStays.map { membership($0, classIndex: classIndex) }
        }
        defer {
            memberships = rows.flatMap { $0 }
            for index in memberships.indices { memberships[index].id = Int64(index + 1) }
        }
        guard !days.isEmpty else { return }

        enum Movement { case arrival(classIndex: Int), departure(classIndex: Int, position: Int) }
        var movements: [(day: LocalDate, movement: Movement)] = []
        let seniorClasses = classes.indices.filter { classes[$0].grade >= 2 }
        for _ in 0..<max(2, classes.count / 3) {
            movements.append((random.pick(days), .arrival(classIndex: random.pick(seniorClasses))))
        }
        var leaving: Set<Int> = [pupilIndex(of: demoPupil)]
        for _ in 0..<max(1, classes.count / 5) {
            let classIndex = random.int(in: 0...(classes.count - 1))
            let position = random.int(in: 0...(stays[classIndex].count - 1))
            guard leaving.insert(stays[classIndex][position].pupilIndex).inserted else { continue }
            movements.append((random.pick(days), .departure(classIndex: classIndex, position: position)))
        }
        movements.sort { $0.day < $1.day }

        for (number, entry) in movements.enumerated() {
            let orderDay = entry.day.adding(days: -random.int(in: 0...2))
            let order = "№ \(31 + number)-у от \(orderDay.russian)"
            switch entry.movement {
            case .arrival(let classIndex):
                let pupil = makePupil(grade: classes[classIndex].grade, yearStart: frame.calendar.year.first)
                let groupSizes = [0, 1].map { group in stays[classIndex].filter { $0.group == group }.count }
                let stay = Stay(pupilIndex: add(pupil), from: entry.day, to: nil, group: groupSizes[0] <= groupSizes[1] ? 0 : 1)
                stays[classIndex].append(stay)
                var row = membership(stay, classIndex: classIndex)
                row.arrivalOrder = order
                row.arrivedFrom = random.pick(PupilRoster.formerSchools)
                rows[classIndex].append(row)
            case .departure(let classIndex, let position):
                let old = stays[classIndex][position]
                stays[classIndex][position] = Stay(pupilIndex: old.pupilIndex, from: old.from, to: entry.day, group: old.group)
                rows[classIndex][position].to = entry.day
                rows[classIndex][position].departureOrder = order
                rows[classIndex][position].departedTo = random.pick(PupilRoster.formerSchools)
            }
        }
    }

    private func membership(_ stay: Stay, classIndex: Int) -> DemoRows.ClassMembership {
        DemoRows.ClassMembership(
            id: 0, pupil: pupils[stay.pupilIndex].id, classID: ClassID(Int64(classIndex + 1)), from: stay.from,
            to: stay.to, arrivalOrder: nil, arrivedFrom: nil, departureOrder: nil, departedTo: nil
        )
    }

    private func pupilIndex(of id: PupilID) -> Int { Int(id.rawValue) - 1 }

    /// Two subgroups of each class learning a split subject, with membership per period of the
    /// class's scheme for every pupil in the class during that period.
    private mutating func addSubgroups(classIndex: Int, grade: Int, frame: SchoolFrame) {
        for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated() where spec.splitIntoGroups && spec.hours(grade: grade) > 0 {
            let classID = ClassID(Int64(classIndex + 1))
            let ids = SubjectCatalog.groupNames.map { name in
                let id = SubgroupID(Int64(subgroups.count + 1))
                subgroups.append(DemoRows.Subgroup(
                    id: id, classID: classID, subject: SubjectID(Int64(subjectIndex + 1)), name: name
                ))
                return id
            }
            subgroupIDs[classIndex] = ids
            for period in frame.periods(of: SchoolFrame.scheme(grade: grade)) {
                for stay in stays[classIndex] where stay.from <= period.span.last && (stay.to.map { $0 >= period.span.first } ?? true) {
                    subgroupMemberships.append(DemoRows.SubgroupMembership(
                        subgroup: ids[stay.group], pupil: pupils[stay.pupilIndex].id, period: period.id
                    ))
                }
            }
        }
    }
}
