import EzhCore

/// Makes Russian full names with the gender forms right: the last name agrees with the
/// person's gender, and a patronymic comes from the father's first name.
struct PeopleFactory {
    typealias Gender = DemoRows.Gender
    private var random: SeededRandom

    init(random: SeededRandom) { self.random = random }

    mutating func gender(womenShare: Double) -> Gender {
        random.chance(womenShare) ? .female : .male
    }

    /// A last name in its masculine form, as families are recorded here.
    mutating func familyName() -> String {
        random.pick(RussianNameTables.lastNames)
    }

    /// A grown-up of the parents' and teachers' generation.
    mutating func adult(_ gender: Gender, familyName: String? = nil) -> PersonName {
        let family = familyName ?? self.familyName()
        let father = random.pick(RussianNameTables.men)
        let first = gender == .female ? random.pick(RussianNameTables.women) : random.pick(RussianNameTables.men).name
        return PersonName(
            last: RussianNames.lastName(family, for: gender), first: first,
            patronymic: gender == .female ? father.daughterPatronymic : father.sonPatronymic
        )
    }

    /// A father's first name, with the patronymic forms his children get.
    mutating func fatherName() -> RussianNameTables.MaleName {
        random.pick(RussianNameTables.men)
    }

    mutating func child(_ gender: Gender, familyName: String, father: RussianNameTables.MaleName) -> PersonName {
        let first = gender == .female ? random.pick(RussianNameTables.girls) : random.pick(RussianNameTables.boys).name
        return PersonName(
            last: RussianNames.lastName(familyName, for: gender), first: first,
            patronymic: gender == .female ? father.daughterPatronymic : father.sonPatronymic
        )
    }

    /// "+7 912 345-67-89".
    mutating func phone() -> String {
        func digits(_ count: Int) -> String {
            (0..<count).map { _ in String(random.int(in: 0...9)) }.joined()
        }
        let number = digits(7)
        let parts = [number.prefix(3), number.dropFirst(3).prefix(2), number.suffix(2)]
        return "+7 9\(digits(2)) \(parts[0])-\(parts[1])-\(parts[2])"
    }
}
