import EzhCore
import Foundation

/// Formats and writes the access log on a thread of its own, a few batches behind the reader, so
/// that reading and wording the log and writing it share the machine's cores. At most `depth`
/// batches wait, so memory stays bounded however long the log.
final class BackgroundPrinter: @unchecked Sendable {
    private static let batchSize = 500
    private static let depth = 4

    private let queue = DispatchQueue(label: "ezh.audit-log.printer")
    private let slots = DispatchSemaphore(value: BackgroundPrinter.depth)
    /// Touched only on `queue`.
    private var printer: AccessLogPrinter
    /// Touched only by the reading thread.
    private var batch: [AccessLogEntry] = []

    init(format: Audit.Log.OutputFormat, zone: SchoolTimeZone) {
        printer = AccessLogPrinter(format: format, zone: zone)
        batch.reserveCapacity(Self.batchSize)
    }

    func write(_ entry: AccessLogEntry) {
        batch.append(entry)
        if batch.count == Self.batchSize { hand() }
    }

    /// Writes what is left and waits until everything is out.
    func finish() {
        hand()
        queue.sync { printer.finish() }
    }

    private func hand() {
        guard !batch.isEmpty else { return }
        let entries = batch
        batch.removeAll(keepingCapacity: true)
        slots.wait()
        queue.async {
            for entry in entries { self.printer.write(entry) }
            self.slots.signal()
        }
    }
}
