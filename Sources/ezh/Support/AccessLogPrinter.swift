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
    /// The last action and lesson day written, in words: neighbouring rows mostly share them.
    private var action = (stored: "", words: "")
    private var lessonDay = (stored: "", words: "")
    private var buffer: [UInt8] = []
    private let output: FileHandle
    private static let blockSize = 1 << 16

    init(format: Audit.Log.OutputFormat, zone: SchoolTimeZone, output: FileHandle = .standardOutput) {
        self.format = format
        self.times = StoredInstantText(zone: zone)
        self.output = output
        buffer.reserveCapacity(Self.blockSize * 2)
        if format == .csv { CSV.appendLine(Self.header, to: &buffer) }
    }

    mutating func write(_ entry: AccessLogEntry) {
        let row = entry.row
        let fields = [
            String(row.seq), times.dateTime(row.at), row.login, row.role, row.terminal,
            actionWords(row.action), entry.object, entry.className ?? "",
            entry.subject ?? "", entry.period ?? "", row.lessonDate.map { lessonDayWords($0) } ?? "",
            row.permissionID.map { "№ \($0) (с опозданием)" } ?? "", row.detail,
        ]
        switch format {
        case .csv:
            CSV.appendLine(fields, to: &buffer)
        case .text:
            for (index, field) in fields.filter({ !$0.isEmpty }).enumerated() {
                if index > 0 { buffer.append(contentsOf: [0x20, 0x20]) }
                buffer.append(contentsOf: field.utf8)
            }
            buffer.append(0x0A)
        }
        if buffer.count >= Self.blockSize { flush() }
    }

    private mutating func actionWords(_ stored: String) -> String {
        if stored != action.stored { action = (stored, AuditAction(rawValue: stored)?.name(in: .ru) ?? stored) }
        return action.words
    }

    private mutating func lessonDayWords(_ stored: String) -> String {
        if stored != lessonDay.stored { lessonDay = (stored, LocalDate(iso: stored)?.russian ?? "") }
        return lessonDay.words
    }

    mutating func finish() {
        flush()
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
