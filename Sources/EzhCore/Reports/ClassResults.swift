import Foundation

/// «Итоги успеваемости класса за период» (REPORTS.md item 8): from each pupil's period finals, the
/// counts and name lists of pupils «на 5», «на 4 и 5» (of whom with one 4), with one 3, with a 3,
/// with a 2 and not assessed (н/а); % успеваемости, % качества and СОУ by the formulas of СГО.
public struct ClassResults: Hashable, Sendable {
    public struct Pupil: Hashable, Sendable {
        public let id: PupilID
        public let name: PersonName
        /// In the class on the period's last day (a pupil who left before it is not counted).
        public let isOnRoll: Bool
        /// The pupil's period finals, one per subject («5» … «1», «н/а», «зач», «незач», «осв»).
        public let finals: [String]

        public init(id: PupilID, name: PersonName, isOnRoll: Bool, finals: [String]) {
            self.id = id
            self.name = name
            self.isOnRoll = isOnRoll
            self.finals = finals
        }
    }

    /// Where a pupil's finals put them, by the lowest: a 2 (or «незач») before н/а before a 3.
    public enum Standing: Hashable, Sendable, CaseIterable {
        case excellent, good, satisfactory, failing, notAssessed

        /// Nil for a pupil with no mark to judge (exempt from everything, only «зач», no finals):
        /// they are left out of N.
        public init?(finals: [String]) {
            let numbers = finals.compactMap(Int.init)
            if numbers.contains(where: { $0 <= 2 }) || finals.contains("незач") {
                self = .failing
            } else if finals.contains("н/а") {
                self = .notAssessed
            } else if let lowest = numbers.min() {
                self = lowest == 3 ? .satisfactory : lowest == 4 ? .good : .excellent
            } else {
                return nil
            }
        }
    }

    /// % успеваемости, % качества, СОУ from the counts of pupils by standing over N.
    public struct Rates: Hashable, Sendable {
        public let assessed: Int
        public let success: Double?
        public let quality: Double?
        public let learning: Double?

        public init(counts: [Standing: Int]) {
            let n = counts.values.reduce(0, +)
            assessed = n
            guard n > 0 else {
                (success, quality, learning) = (nil, nil, nil)
                return
            }
            func count(_ standing: Standing) -> Double { Double(counts[standing] ?? 0) }
            let total = Double(n)
            success = (count(.excellent) + count(.good) + count(.satisfactory)) / total * 100
            quality = (count(.excellent) + count(.good)) / total * 100
            learning = (100 * count(.excellent) + 64 * count(.good) + 36 * count(.satisfactory) + 16 * count(.failing)
                + 7 * count(.notAssessed)) / total
        }

        /// «66,7» (one decimal, a Russian comma), or «—» when nobody is assessed.
        public static func format(_ value: Double?) -> String {
            guard let value else { return "—" }
            return String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
        }
    }

    public let onRoll: [Pupil]
    public let standings: [PupilID: Standing]
    public let rates: Rates

    public init(pupils: [Pupil]) {
        onRoll = pupils.filter(\.isOnRoll).sorted { PersonName.alphabetical($0.name, $1.name) }
        var standings: [PupilID: Standing] = [:]
        for pupil in onRoll {
            standings[pupil.id] = Standing(finals: pupil.finals)
        }
        self.standings = standings
        rates = Rates(counts: Dictionary(grouping: standings.values, by: { $0 }).mapValues(\.count))
    }

    func pupils(_ standing: Standing) -> [Pupil] { onRoll.filter { standings[$0.id] == standing } }

    /// Pupils whose finals hold exactly one `mark` and nothing lower («с одной 4», «с одной 3»).
    func pupils(withOne mark: String, standing: Standing) -> [Pupil] {
        pupils(standing).filter { pupil in pupil.finals.filter { $0 == mark }.count == 1 }
    }

    public var lines: [(title: String, pupils: [Pupil])] {
        [
            ("Отличники (на «5»)", pupils(.excellent)),
            ("Хорошисты (на «4» и «5»)", pupils(.good)),
            ("  из них с одной «4»", pupils(withOne: "4", standing: .good)),
            ("С «3»", pupils(.satisfactory)),
            ("  из них с одной «3»", pupils(withOne: "3", standing: .satisfactory)),
            ("Неуспевающие (с «2»)", pupils(.failing)),
            ("Не аттестованы (н/а)", pupils(.notAssessed)),
        ]
    }

    /// Portrait: a line per group with its count and names, then the rates.
    public func document(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> ReportDocument {
        typealias Cell = ReportDocument.Cell
        let names = { (pupils: [Pupil]) in pupils.map(\.name.lastAndFirst).joined(separator: ", ") }
        let body: [[Cell]] = [
            [.text("Учащихся на конец периода"), .number(onRoll.count), .empty],
            [.text("Аттестовано (N)"), .number(rates.assessed), .empty],
        ] + lines.map { line in [.text(line.title), .number(line.pupils.count), .text(names(line.pupils))] }
        let footer: [[Cell]] = [
            [.text("% успеваемости"), .text(Rates.format(rates.success)), .empty],
            [.text("% качества"), .text(Rates.format(rates.quality)), .empty],
            [.text("СОУ, %"), .text(Rates.format(rates.learning)), .empty],
        ]
        return ReportDocument(
            titleBlock: .init(school: school, title: "Итоги успеваемости класса", className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 5, alignment: .leading), .init(weight: 1.4), .init(weight: 11, alignment: .leading)],
            headerRows: [[.text("Показатель"), .text("Число"), .text("Ученики")]], bodyRows: body, footerRows: footer,
            notes: [
                "По отметкам за период. N — учащиеся на конец периода без освобождённых и не имеющих отметок; выбывшие до конца периода не считаются.",
                "Ученик с «2» относится к неуспевающим, даже если у него есть и н/а.",
                "% успеваемости = (n5 + n4 + n3) / N · 100; % качества = (n5 + n4) / N · 100; СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N.",
            ],
            signatures: [.init(role: "Классный руководитель", name: classTeacher)]
        )
    }
}
