/// A finished report as typed values, before any format: the renderers (screen, PDF, CSV, XLSX,
/// text) lay out the same document, so the numbers never differ between them.
public struct ReportDocument: Hashable, Sendable {
    public enum Orientation: String, Hashable, Sendable { case portrait, landscape }

    /// The title block every page repeats: the school, the report's name, the class and period.
    public struct TitleBlock: Hashable, Sendable {
        public var school: String
        public var title: String
        /// «5А», or empty for a school-wide report.
        public var className: String
        /// «ноябрь 2026», «I четверть 2026/2027».
        public var period: String
        /// The day the report was made (from the service's clock), printed on each page.
        public var printDate: LocalDate

        public init(school: String, title: String, className: String, period: String, printDate: LocalDate) {
            self.school = school
            self.title = title
            self.className = className
            self.period = period
            self.printDate = printDate
        }
    }

    /// A cell's value keeps its kind, so a spreadsheet gets numbers as numbers.
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Int)
        case empty

        public var text: String {
            switch self {
            case .text(let value): value
            case .number(let value): String(value)
            case .empty: ""
            }
        }
    }

    /// A column's share of the width: a name column is wide, a day column narrow.
    public struct Column: Hashable, Sendable {
        public var weight: Double
        public var alignment: Alignment
        public enum Alignment: Hashable, Sendable { case leading, center, trailing }

        public init(weight: Double, alignment: Alignment = .center) {
            self.weight = weight
            self.alignment = alignment
        }
    }

    /// «Классный руководитель ____ /Фамилия И.О./».
    public struct SignatureLine: Hashable, Sendable {
        public var role: String
        public var name: String

        public init(role: String, name: String) {
            self.role = role
            self.name = name
        }

        /// «Классный руководитель ____ /Орлова Е.В./»; a line with no name (a parent's) ends at the blank.
        public func text(blank: Int) -> String {
            let line = "\(role) " + String(repeating: "_", count: blank)
            return name.isEmpty ? line : line + " /\(name)/"
        }
    }

    public var titleBlock: TitleBlock
    public var orientation: Orientation
    public var columns: [Column]
    /// Header rows, repeated at the top of every printed page.
    public var headerRows: [[Cell]]
    public var bodyRows: [[Cell]]
    /// Totals under the body (after the last body row, on the last page).
    public var footerRows: [[Cell]]
    /// Explanations under the table: what the codes mean, how a total is counted.
    public var notes: [String]
    public var signatures: [SignatureLine]
    /// Whether the form is certified with the school's seal («М.П.»).
    public var hasSeal: Bool
    /// A line chart under the table, for the reports that have one.
    public var chart: LineChart?

    public init(
        titleBlock: TitleBlock, orientation: Orientation, columns: [Column], headerRows: [[Cell]], bodyRows: [[Cell]],
        footerRows: [[Cell]] = [], notes: [String] = [], signatures: [SignatureLine] = [], hasSeal: Bool = false,
        chart: LineChart? = nil
    ) {
        self.titleBlock = titleBlock
        self.orientation = orientation
        self.columns = columns
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.footerRows = footerRows
        self.notes = notes
        self.signatures = signatures
        self.hasSeal = hasSeal
        self.chart = chart
    }

    /// Every row in reading order: headers, body, footer (for the flat formats).
    public var allRows: [[Cell]] { headerRows + bodyRows + footerRows }

    /// The chart's points as rows, after an empty row, for the flat formats; none without a chart.
    public var chartRows: [[Cell]] { chart.map { [[]] + $0.rows } ?? [] }
}
