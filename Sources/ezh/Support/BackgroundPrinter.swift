import EzhCore
import Foundation

/// Words, formats and writes the access log on a thread of its own, a few batches behind the
/// reader, so that reading the log and wording and writing it share the machine's cores. At most
/// `depth` batches wait, so memory stays bounded however long the log.
final class BackgroundPrinter: @unchecked Sendable {
    private static let depth = 4

    private let queue = DispatchQueue(label: "ezh.audit-log.printer")
    private let slots = DispatchSemaphore(value: BackgroundPrinter.depth)
    /// Touched only on `queue`.
    private var printer: AccessLogPrinter

    init(format: Audit.Log.OutputFormat, zone: SchoolTimeZone) {
        printer = AccessLogPrinter(format: format, zone: zone)
    }

    func write(_ batch: AccessLogRawBatch) {
        slots.wait()
        queue.async {
            self.printer.write(batch)
            self.slots.signal()
        }
    }

    /// Waits until everything is out.
    func finish() {
        queue.sync { printer.finish() }
    }
}
