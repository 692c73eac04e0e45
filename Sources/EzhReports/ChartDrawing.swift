import CPangoCairo
import EzhCore

/// A report's line chart on a PDF page, under the table: the title, a frame with the y axis
/// marked at whole values (1…5 for marks) and grid lines, dates along the x axis spaced by the
/// days between them, one line per series with a dot at each point, and a legend under it.
struct ChartDrawing {
    static let height = 250.0
    /// Line colours and dashes per series: the first (the pupil) solid dark blue, the second (the
    /// class) dashed dark red, so the two tell apart in grey print too.
    private static let styles: [(red: Double, green: Double, blue: Double, dash: [Double], width: Double)] = [
        (0.1, 0.25, 0.6, [], 1.8), (0.7, 0.1, 0.1, [5, 3], 1.4), (0.2, 0.5, 0.2, [2, 2], 1.2),
    ]

    let chart: LineChart
    let canvas: Canvas

    func draw(x: Double, y: Double, width: Double) {
        let context = canvas.context
        canvas.draw(chart.title, x: x, y: y, width: width, size: 10, bold: true, alignment: .center)
        let plot = (left: x + 30, top: y + 20, right: x + width - 10, bottom: y + Self.height - 50)
        let range = chart.yRange
        let span = max(range.upperBound - range.lowerBound, 0.0001)
        func yPosition(_ value: Double) -> Double {
            plot.bottom - (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span * (plot.bottom - plot.top)
        }
        let dates = chart.dates
        let firstDay = dates.first?.dayNumber ?? 0
        let daySpan = Double(max((dates.last?.dayNumber ?? 0) - firstDay, 0))
        func xPosition(_ date: LocalDate) -> Double {
            daySpan == 0 ? (plot.left + plot.right) / 2 : plot.left + Double(date.dayNumber - firstDay) / daySpan * (plot.right - plot.left)
        }

        // Grid and y axis labels at whole values.
        cairo_set_source_rgb(context, 0.8, 0.8, 0.8)
        var tick = range.lowerBound.rounded(.up)
        while tick <= range.upperBound {
            canvas.line(from: (plot.left, yPosition(tick)), to: (plot.right, yPosition(tick)))
            tick += 1
        }
        cairo_set_source_rgb(context, 0, 0, 0)
        tick = range.lowerBound.rounded(.up)
        while tick <= range.upperBound {
            canvas.draw(String(Int(tick)), x: x, y: yPosition(tick) - 5, width: 24, size: 8, alignment: .trailing)
            tick += 1
        }
        canvas.rectangle(x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top)

        // Date labels: as many as fit without overlapping, the first and last always.
        let labelWidth = 32.0
        let room = max(Int((plot.right - plot.left) / labelWidth), 2)
        let step = max(Int((Double(dates.count) / Double(room)).rounded(.up)), 1)
        var lastLabelX = -Double.infinity
        for (index, date) in dates.enumerated() where index % step == 0 || index == dates.count - 1 {
            let position = xPosition(date)
            guard position - lastLabelX >= labelWidth else { continue }
            canvas.line(from: (position, plot.bottom), to: (position, plot.bottom + 3))
            canvas.draw(date.dayMonth, x: position - labelWidth / 2, y: plot.bottom + 4, width: labelWidth, size: 7, alignment: .center)
            lastLabelX = position
        }

        for (index, series) in chart.series.enumerated() {
            let style = Self.styles[index % Self.styles.count]
            cairo_set_source_rgb(context, style.red, style.green, style.blue)
            for (pointIndex, point) in series.points.enumerated() {
                let position = (xPosition(point.date), yPosition(point.value))
                pointIndex == 0 ? cairo_move_to(context, position.0, position.1) : cairo_line_to(context, position.0, position.1)
            }
            var dash = style.dash
            cairo_set_dash(context, &dash, Int32(dash.count), 0)
            cairo_set_line_width(context, style.width)
            cairo_stroke(context)
            cairo_set_dash(context, nil, 0, 0)
            for point in series.points {
                cairo_arc(context, xPosition(point.date), yPosition(point.value), 1.8, 0, 2 * Double.pi)
                cairo_fill(context)
            }
            // The legend: a sample of the line and the series' name, side by side under the axis.
            let legendX = plot.left + Double(index) * (plot.right - plot.left) / Double(max(chart.series.count, 1))
            let legendY = plot.bottom + 26
            cairo_move_to(context, legendX, legendY + 5)
            cairo_line_to(context, legendX + 24, legendY + 5)
            cairo_set_dash(context, &dash, Int32(dash.count), 0)
            cairo_set_line_width(context, style.width)
            cairo_stroke(context)
            cairo_set_dash(context, nil, 0, 0)
            cairo_set_source_rgb(context, 0, 0, 0)
            canvas.draw(series.name, x: legendX + 30, y: legendY, width: (plot.right - plot.left) / Double(max(chart.series.count, 1)) - 34, size: 8)
        }
        cairo_set_source_rgb(context, 0, 0, 0)
    }
}
