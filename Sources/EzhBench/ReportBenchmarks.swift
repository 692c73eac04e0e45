import EzhCore
import EzhReports
import EzhService
import EzhStore
import Foundation
import GRDB

/// The whole school's сводная ведомость учёта успеваемости for the deputy's quarter (every class
/// with marks, in one read and one access-log entry), against the plain SQL that fetches the same
/// pupils, subjects and finals; budget 3× (issue 12). Then the same report printed to one PDF,
/// every class's sheets from a new page: its time and pages per second (no budget, reported).
struct ReportBenchmarks {
    let service: JournalService
    /// The service's own store: the plain-SQL baseline reads on its warm connections.
    let store: JournalStore
    let facts: SchoolFacts
    let counts: SampleCounts

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("the school's сводная ведомость")
        let deputy = try service.signIn(login: "deputy", password: UserKeys.password)
        defer { service.signOut(deputy) }
        let quarter = facts.reportQuarter
        var made: MadeReport?
        var baselineRows = 0
        let (measured, baseline) = try Samples.interleaved(counts.slow, {
            made = try service.schoolProgressSheets(deputy, period: quarter.number)
        }, baseline: {
            baselineRows = try store.pool.read { try PlainReads.schoolFinals(upTo: quarter.span.last, db: $0) }
        })
        guard let made, case .sections(let sheets) = made.printed, baselineRows > 0 else {
            throw Interface.Unexpected(description: "the school's сводная ведомость is not in sections, or the plain SQL read \(baselineRows) rows")
        }
        let classes = Set(sheets.map(\.titleBlock.className)).count
        progress("its PDF (\(classes) classes)")
        var pages = 0
        let pdf = try Samples.measure(counts.commands) {
            pages = Self.pageCount(try ReportFormat.pdf.render(made))
        }
        let pagesPerSecond = Double(pages) / (pdf.p50.milliseconds / 1000)
        var data = BenchmarkResult(
            name: "school's сводная ведомость, a quarter (data)", measured: measured, baseline: baseline,
            baselineName: "plain SQL of the same finals", budget: .ratio(3)
        )
        data.note = "\(classes) classes"
        var printing = BenchmarkResult(name: "school's сводная ведомость, a quarter (PDF)", measured: pdf, budget: .none)
        printing.note = "\(pages) pages, \(String(format: "%.1f", pagesPerSecond)) pages/s"
        return [data, printing]
    }

    /// The pages of a PDF written by cairo: one «/Type /Page» dictionary each («/Pages» is the tree).
    static func pageCount(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).matches(of: #//Type\s*/Page[^s]/#).count
    }
}
