/// A line chart under a report's table («Динамика среднего балла»: the pupil's running average
/// against the class's). Each series is a named line of (date, value) points; the y range is
/// fixed by the report (1…5 for marks) so two charts compare at a glance. The PDF draws it; the
/// flat formats (text, CSV, XLSX) give its points as rows (`rows`), one per date.
public struct LineChart: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public let date: LocalDate
        public let value: Double

        public init(date: LocalDate, value: Double) {
            self.date = date
            self.value = value
        }
    }

    public struct Series: Hashable, Sendable {
        public let name: String
        public let points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points.sorted { $0.date < $1.date }
        }
    }

    public var title: String
    public var series: [Series]
    public var yRange: ClosedRange<Double>

    public init(title: String, series: [Series], yRange: ClosedRange<Double>) {
        self.title = title
        self.series = series
        self.yRange = yRange
    }

    /// Every date any series has a point on, in order: the x axis.
    public var dates: [LocalDate] { Set(series.flatMap { $0.points.map(\.date) }).sorted() }

    /// The points as a table: a title row, a header row (date and each series' name), then a row
    /// per date with each series' value there (empty where a series has none).
    public var rows: [[ReportDocument.Cell]] {
        let byDate = series.map { line in Dictionary(line.points.map { ($0.date, $0.value) }, uniquingKeysWith: { $1 }) }
        return [[.text("График: \(title)")], [.text("Дата")] + series.map { .text($0.name) }]
            + dates.map { date in
                [.text(date.russian)] + byDate.map { values in values[date].map { .text(MarkAverages.format($0)) } ?? .empty }
            }
    }
}
