/// «Движение учащихся» for a span of days (a period or the year): per class the pupils on roll at
/// the start, arrived, left and on roll at the end, and the lists of who came and went, with the
/// dates and orders. A move between two classes of the school (a transfer) changes both classes
/// but not the school: it is counted in the classes' columns «из других классов» / «в другие
/// классы» and listed apart, and the school's own totals leave it out.
public struct MovementReport: Sendable {
    /// One pupil's stay in one class (a class_membership row).
    public struct Stay: Hashable, Sendable {
        public let pupil: PupilID
        public let name: PersonName
        public let birthDate: LocalDate?
        public let className: ClassName
        public let from: LocalDate
        /// The last day in the class; nil while the pupil is still in it.
        public let to: LocalDate?
        public let arrivalOrder: String?
        public let arrivedFrom: String?
        public let departureOrder: String?
        public let departedTo: String?

        public init(
            pupil: PupilID, name: PersonName, birthDate: LocalDate?, className: ClassName, from: LocalDate, to: LocalDate?,
            arrivalOrder: String? = nil, arrivedFrom: String? = nil, departureOrder: String? = nil, departedTo: String? = nil
        ) {
            self.pupil = pupil
            self.name = name
            self.birthDate = birthDate
            self.className = className
            self.from = from
            self.to = to
            self.arrivalOrder = arrivalOrder
            self.arrivedFrom = arrivedFrom
            self.departureOrder = departureOrder
            self.departedTo = departedTo
        }
    }

    /// A class's line: the balance «на начало + прибыло − выбыло = на конец» holds for each.
    public struct ClassLine: Hashable, Sendable {
        public let className: ClassName
        public var atStart = 0
        public var arrived = 0
        /// Of `arrived`, those who came from another class of the school.
        public var arrivedFromClasses = 0
        public var left = 0
        /// Of `left`, those who went to another class of the school.
        public var leftToClasses = 0
        public var atEnd = 0
    }

    /// One arrival, departure or transfer inside the span.
    public struct Move: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case arrived, left, transferred }
        public let kind: Kind
        public let name: PersonName
        public let birthDate: LocalDate?
        /// The class («5А»), or «5А → 5Б» for a transfer.
        public let classText: String
        public let date: LocalDate
        public let order: String
        /// Where from (an arrival) or where to (a departure); empty for a transfer.
        public let place: String
    }

    public let span: DateSpan
    public let lines: [ClassLine]
    public let moves: [Move]

    /// - Parameters:
    ///   - classes: every class of the year, so a class nobody joined or left still has its line.
    ///   - stays: the year's stays of every class.
    public init(span: DateSpan, classes: [ClassName], stays: [Stay]) {
        self.span = span
        var lines = Dictionary(uniqueKeysWithValues: classes.map { ($0, ClassLine(className: $0)) })
        let byPupil = Dictionary(grouping: stays, by: \.pupil)
        var moves: [Move] = []
        for stay in stays where stay.from <= span.last && (stay.to.map { $0 >= span.first } ?? true) {
            let siblings = byPupil[stay.pupil] ?? []
            let cameFrom = siblings.first { $0.className != stay.className && $0.to == stay.from.adding(days: -1) }
            let wentTo = stay.to.flatMap { last in siblings.first { $0.className != stay.className && $0.from == last.adding(days: 1) } }
            var line = lines[stay.className] ?? ClassLine(className: stay.className)
            if stay.from <= span.first {
                line.atStart += 1
            } else {
                line.arrived += 1
                if let cameFrom {
                    line.arrivedFromClasses += 1
                    moves.append(Move(
                        kind: .transferred, name: stay.name, birthDate: stay.birthDate,
                        classText: "\(cameFrom.className) → \(stay.className)", date: stay.from, order: stay.arrivalOrder ?? "", place: ""
                    ))
                } else {
                    moves.append(Move(
                        kind: .arrived, name: stay.name, birthDate: stay.birthDate, classText: stay.className.description,
                        date: stay.from, order: stay.arrivalOrder ?? "", place: stay.arrivedFrom ?? ""
                    ))
                }
            }
            if let last = stay.to, last <= span.last {
                line.left += 1
                if wentTo != nil {
                    line.leftToClasses += 1
                } else {
                    moves.append(Move(
                        kind: .left, name: stay.name, birthDate: stay.birthDate, classText: stay.className.description,
                        date: last, order: stay.departureOrder ?? "", place: stay.departedTo ?? ""
                    ))
                }
            } else {
                line.atEnd += 1
            }
            lines[stay.className] = line
        }
        self.lines = lines.values.sorted { $0.className < $1.className }
        self.moves = moves.sorted { ($0.date, $0.classText, $0.name.full) < ($1.date, $1.classText, $1.name.full) }
    }

    /// The school's own balance: transfers between its classes left out.
    public var school: ClassLine {
        var total = ClassLine(className: ClassName(grade: 0, letter: ""))
        for line in lines {
            total.atStart += line.atStart
            total.arrived += line.arrived - line.arrivedFromClasses
            total.left += line.left - line.leftToClasses
            total.atEnd += line.atEnd
        }
        return total
    }

    /// The per-class table with the school's totals (what the screen, CSV and XLSX show).
    public func summary(school name: String, period: String, printDate: LocalDate, director: String) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let titles = ["Класс", "На начало", "Прибыло", "из них из других классов", "Выбыло", "из них в другие классы", "На конец"]
        func cells(_ line: ClassLine) -> [Cell] {
            [line.atStart, line.arrived, line.arrivedFromClasses, line.left, line.leftToClasses, line.atEnd].map { .number($0) }
        }
        let sum = lines.reduce(into: ClassLine(className: ClassName(grade: 0, letter: ""))) { total, line in
            total.atStart += line.atStart
            total.arrived += line.arrived
            total.arrivedFromClasses += line.arrivedFromClasses
            total.left += line.left
            total.leftToClasses += line.leftToClasses
            total.atEnd += line.atEnd
        }
        let own = school
        return ReportDocument(
            titleBlock: .init(school: name, title: "Движение учащихся", className: "", period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 3, alignment: .leading)] + Array(repeating: .init(weight: 2.2), count: 6),
            headerRows: [titles.map { .text($0) }],
            bodyRows: lines.map { [.text($0.className.description)] + cells($0) },
            footerRows: [
                [.text("Итого по классам")] + cells(sum),
                [.text("По школе"), .number(own.atStart), .number(own.arrived), .empty, .number(own.left), .empty, .number(own.atEnd)],
            ],
            notes: [
                "На начало — числились в первый день (\(span.first.russian)); на конец — числятся после последнего дня (\(span.last.russian)).",
                "Перевод между классами школы меняет оба класса, но не школу: строка «По школе» его не считает.",
                "Списки прибывших, выбывших и переведённых — в следующем разделе (\(moves.count)).",
            ],
            signatures: [.init(role: "Директор", name: director)]
        )
    }

    /// The lists of arrivals, departures and transfers, with dates and orders.
    public func lists(school name: String, period: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let titles = ["Движение", "Ученик", "Дата рождения", "Класс", "Дата", "Приказ", "Откуда / куда"]
        let groups: [(Move.Kind, String)] = [(.arrived, "Прибыл"), (.left, "Выбыл"), (.transferred, "Переведён")]
        let body: [[Cell]] = groups.flatMap { kind, word in
            moves.filter { $0.kind == kind }.map { move -> [Cell] in
                [.text(word), .text(move.name.full), move.birthDate.map { .text($0.russian) } ?? .empty, .text(move.classText),
                 .text(move.date.russian), move.order.isEmpty ? .empty : .text(move.order), move.place.isEmpty ? .empty : .text(move.place)]
            }
        }
        return ReportDocument(
            titleBlock: .init(school: name, title: "Движение учащихся: списки", className: "", period: period, printDate: printDate),
            orientation: .landscape,
            columns: [.init(weight: 2.2, alignment: .leading), .init(weight: 6, alignment: .leading), .init(weight: 2.4), .init(weight: 2.2),
                      .init(weight: 2.4), .init(weight: 2.4), .init(weight: 5, alignment: .leading)],
            headerRows: [titles.map { .text($0) }],
            bodyRows: body.isEmpty ? [[.text("Движения за период не было")] + Array(repeating: .empty, count: 6)] : body,
            notes: ["Дата выбытия — последний день в классе; дата прибытия и перевода — первый день в новом классе."]
        )
    }
}
