import EzhCore
import Foundation

/// The access log as text columns or CSV, written row by row as the entries stream in: names in
/// place of ids, times in the school's zone, and output buffered in blocks so that a million rows
/// cost neither a write call each nor memory for all of them.
struct AccessLogPrinter {
    static let header = [
        "№", "время", "пользователь", "роль", "терминал", "действие", "объект", "класс", "предмет", "период", "урок",
        "разрешение", "подробности",
    ]

    private let format: Audit.Log.OutputFormat
    private var times: StoredInstantText
    private var buffer: [UInt8] = []
    private let output: FileHandle
    private static let blockSize = 1 << 16

    init(format: Audit.Log.OutputFormat, zone: SchoolTimeZone, output: FileHandle = .standardOutput) {
        self.format = format
        self.times = StoredInstantText(zone: zone)
        self.output = output
        buffer.reserveCapacity(Self.blockSize * 2)
        if format == .csv { append(CSV.line(Self.header)) }
    }

    mutating func write(_ entry: AccessLogEntry) {
        let row = entry.row
        let fields = [
            String(row.seq), times.dateTime(row.at), row.login, row.role, row.terminal,
            AuditAction(rawValue: row.action)?.name(in: .ru) ?? row.action, entry.object, entry.className ?? "",
            entry.subject ?? "", entry.period ?? "", row.lessonDate.flatMap(LocalDate.init(iso:))?.russian ?? "",
            row.permissionID.map { "№ \($0) (с опозданием)" } ?? "", row.detail,
        ]
        switch format {
        case .csv: append(CSV.line(fields))
        case .text: append(fields.filter { !$0.isEmpty }.joined(separator: "  "))
        }
        if buffer.count >= Self.blockSize { flush() }
    }

    mutating func finish() {
        flush()
    }

    private mutating func append(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(contentsOf: format == .csv ? [0x0D, 0x0A] : [0x0A])
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
