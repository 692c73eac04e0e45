/// «Наполняемость классов» on one day: per class the pupils on roll, boys and girls, and the
/// subgroups with their sizes; a subtotal per grade and the school's total. On 20 September it
/// is the reference count the school reports to its founder.
public struct ClassSizes: Sendable {
    public enum Gender: Hashable, Sendable { case boy, girl }

    /// A subgroup of a class on that day: «Английский язык, 1 группа» and its pupils on roll.
    public struct Subgroup: Hashable, Sendable {
        public let subject: String
        public let name: String
        public let pupils: Int

        public init(subject: String, name: String, pupils: Int) {
            self.subject = subject
            self.name = name
            self.pupils = pupils
        }
    }

    public struct ClassFacts: Hashable, Sendable {
        public let name: ClassName
        public let classTeacher: String
        /// The gender of each pupil on roll that day.
        public let pupils: [Gender]
        public let subgroups: [Subgroup]

        public init(name: ClassName, classTeacher: String, pupils: [Gender], subgroups: [Subgroup]) {
            self.name = name
            self.classTeacher = classTeacher
            self.pupils = pupils
            self.subgroups = subgroups
        }

        public var boys: Int { pupils.filter { $0 == .boy }.count }
        public var girls: Int { pupils.filter { $0 == .girl }.count }
    }

    public let day: LocalDate
    public let classes: [ClassFacts]

    public init(day: LocalDate, classes: [ClassFacts]) {
        self.day = day
        self.classes = classes.sorted { $0.name < $1.name }
    }

    /// «Английский язык: 1 группа 12, 2 группа 13; Информатика: …».
    static func subgroupText(_ subgroups: [Subgroup]) -> String {
        Dictionary(grouping: subgroups, by: \.subject).sorted { $0.key < $1.key }.map { subject, groups in
            subject + ": " + groups.sorted { $0.name < $1.name }.map { "\($0.name) \($0.pupils)" }.joined(separator: ", ")
        }.joined(separator: "; ")
    }

    public func document(school: String, title: String, printDate: LocalDate, director: String) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        func counts(_ pupils: Int, _ boys: Int, _ girls: Int) -> [Cell] { [.number(pupils), .number(boys), .number(girls)] }
        var body: [[Cell]] = []
        for (grade, group) in Dictionary(grouping: classes, by: \.name.grade).sorted(by: { $0.key < $1.key }) {
            for facts in group {
                body.append([.text(facts.name.description), .text(facts.classTeacher)] + counts(facts.pupils.count, facts.boys, facts.girls)
                    + [facts.subgroups.isEmpty ? .empty : .text(Self.subgroupText(facts.subgroups))])
            }
            body.append([.text("Итого \(grade) кл."), .text("классов: \(group.count)")]
                + counts(group.map(\.pupils.count).reduce(0, +), group.map(\.boys).reduce(0, +), group.map(\.girls).reduce(0, +)) + [.empty])
        }
        let total = counts(classes.map(\.pupils.count).reduce(0, +), classes.map(\.boys).reduce(0, +), classes.map(\.girls).reduce(0, +))
        return ReportDocument(
            titleBlock: .init(school: school, title: title, className: "", period: "на \(day.russian)", printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 2.4, alignment: .leading), .init(weight: 5, alignment: .leading), .init(weight: 2), .init(weight: 2),
                      .init(weight: 2), .init(weight: 12, alignment: .leading)],
            headerRows: [["Класс", "Классный руководитель", "Учащихся", "Мальчиков", "Девочек", "Группы (учащихся)"].map { .text($0) }],
            bodyRows: body,
            footerRows: [[.text("По школе"), .text("классов: \(classes.count)")] + total + [.empty]],
            notes: ["Учащиеся — числящиеся в классе на \(day.russian) (прибывшие в этот день — включительно, выбывшие в этот день — тоже)."],
            signatures: [.init(role: "Директор", name: director)],
            hasSeal: true
        )
    }
}
