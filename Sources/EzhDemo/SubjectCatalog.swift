/// The subjects of the demo school and its curriculum (учебный план), close to the federal
/// basic curriculum (ФООП, 5-day week): weekly hours per grade, times 34 weeks (33 in grade 1)
/// give the hours per year.
struct SubjectSpec {
    let name: String
    let shortName: String
    /// Weekly hours in grades 1…11; 0 where the subject is not taught.
    let weeklyHours: [Int]
    /// Taught in two subgroups in parallel, each with its own teacher.
    let splitIntoGroups: Bool
    let kind: SubjectKind

    func hours(grade: Int) -> Int { weeklyHours[grade - 1] }
}

/// What kind of work and homework a subject has.
enum SubjectKind {
    case russian, reading, literature, mathematics, english, world, history, social
    case geography, science, physics, informatics, arts, labour, sport, safety
}

enum SubjectCatalog {
    static let subjects: [SubjectSpec] = [
        spec("Русский язык", "Рус", [5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2], .russian),
        spec("Литературное чтение", "Лит.чт", [4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0], .reading),
        spec("Литература", "Лит", [0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3], .literature),
        spec("Английский язык", "Англ", [0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3], .english, groups: true),
        spec("Математика", "Мат", [4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0], .mathematics),
        spec("Алгебра", "Алг", [0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3], .mathematics),
        spec("Геометрия", "Геом", [0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2], .mathematics),
        spec("Вероятность и статистика", "ВиС", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1], .mathematics),
        spec("Информатика", "Инф", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1], .informatics),
        spec("Окружающий мир", "Окр.мир", [2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0], .world),
        spec("История", "Ист", [0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2], .history),
        spec("Обществознание", "Общ", [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2], .social),
        spec("География", "Геогр", [0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1], .geography),
        spec("Биология", "Биол", [0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1], .science),
        spec("Физика", "Физ", [0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2], .physics),
        spec("Химия", "Хим", [0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1], .science),
        spec("Музыка", "Муз", [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0], .arts),
        spec("Изобразительное искусство", "ИЗО", [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0], .arts),
        spec("Труд (технология)", "Труд", [1, 1, 1, 1, 2, 2, 2, 1, 1, 0, 0], .labour),
        spec("Физическая культура", "Физ-ра", [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], .sport),
        spec("Основы безопасности и защиты Родины", "ОБЗР", [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1], .safety),
    ]

    private static func spec(
        _ name: String, _ shortName: String, _ hours: [Int], _ kind: SubjectKind, groups: Bool = false
    ) -> SubjectSpec {
        SubjectSpec(name: name, shortName: shortName, weeklyHours: hours, splitIntoGroups: groups, kind: kind)
    }

    /// School weeks in a year: 33 in grade 1, 34 elsewhere.
    static func weeks(grade: Int) -> Int { grade == 1 ? 33 : 34 }

    /// Names of the two subgroups of a split subject.
    static let groupNames = ["1 группа", "2 группа"]

    /// Grades 1-4 learn everything but these from their own class teacher.
    static let primarySpecialistSubjects: Set<String> = ["Английский язык", "Музыка", "Физическая культура"]

    static let mathematics = "Математика"
}

/// A kind of subject teacher and the subjects one such teacher takes in a class.
struct TeacherSpecialty {
    let position: String
    let subjects: [String]
    /// How rooms of this specialty are named: numbers on a floor, or a named room.
    let rooms: RoomStyle
    /// Share of women among such teachers.
    let womenShare: Double

    enum RoomStyle {
        case floor(Int)
        case named(String)
    }

    /// Subject teachers of grades 5-11 (and, for English, music and PE, of grades 1-4 too).
    static let all: [TeacherSpecialty] = [
        TeacherSpecialty(position: "Учитель русского языка и литературы", subjects: ["Русский язык", "Литература"],
                         rooms: .floor(2), womenShare: 0.95),
        TeacherSpecialty(position: "Учитель математики и информатики",
                         subjects: ["Математика", "Алгебра", "Геометрия", "Вероятность и статистика", "Информатика"],
                         rooms: .floor(3), womenShare: 0.8),
        TeacherSpecialty(position: "Учитель английского языка", subjects: ["Английский язык"],
                         rooms: .floor(2), womenShare: 0.9),
        TeacherSpecialty(position: "Учитель истории и обществознания", subjects: ["История", "Обществознание"],
                         rooms: .floor(2), womenShare: 0.7),
        TeacherSpecialty(position: "Учитель географии", subjects: ["География"], rooms: .floor(3), womenShare: 0.8),
        TeacherSpecialty(position: "Учитель биологии и химии", subjects: ["Биология", "Химия"],
                         rooms: .floor(3), womenShare: 0.85),
        TeacherSpecialty(position: "Учитель физики", subjects: ["Физика"], rooms: .floor(3), womenShare: 0.6),
        TeacherSpecialty(position: "Учитель музыки", subjects: ["Музыка"], rooms: .named("Актовый зал"),
                         womenShare: 0.8),
        TeacherSpecialty(position: "Учитель технологии и ИЗО", subjects: ["Изобразительное искусство", "Труд (технология)"],
                         rooms: .named("Мастерская"), womenShare: 0.6),
        TeacherSpecialty(position: "Учитель физической культуры и ОБЗР",
                         subjects: ["Физическая культура", "Основы безопасности и защиты Родины"],
                         rooms: .named("Спортзал"), womenShare: 0.4),
    ]

    static let primaryPosition = "Учитель начальных классов"
    /// The deputy teaches a reduced load in this specialty.
    static let deputyPosition = "Учитель истории и обществознания"
}
