import EzhCore
import Foundation

/// `ezh audit verify`'s report: what holds on standard output, what does not on standard error.
enum AuditReportPrinter {
    static func print(_ report: AuditReport) {
        let chainHolds = if case .intact = report.chain { true } else { false }
        line(report.chain.message(in: .ru), holds: chainHolds)
        line(report.anchors.message(in: .ru), holds: report.anchors.holds)
        for path in report.anchors.unreadable {
            line("манифест не прочитан, контрольных точек в нём не найдено: \(path)", holds: false)
        }
        line(report.values.message(in: .ru), holds: report.values.holds)
    }

    private static func line(_ text: String, holds: Bool) {
        if holds {
            Swift.print(text)
        } else {
            FileHandle.standardError.write(Data(("ezh: " + text + "\n").utf8))
        }
    }
}
