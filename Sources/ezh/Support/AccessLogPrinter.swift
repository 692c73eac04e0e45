import EzhCore
import Foundation

/// The access log as text columns or CSV, written batch by batch as the entries stream in: names
/// in place of ids, times in the school's zone. The stored texts go from the batch's buffer
/// straight into the output's (quoted for CSV where they need it), and the words met again and
/// again (actions, lesson days) are kept as bytes: a million rows make few strings. Output is
/// buffered in blocks, so that they cost neither a write call each nor memory for all of them.
struct AccessLogPrinter {
    static let header = [
        "№", "время", "пользователь", "роль", "терминал", "действие", "объект", "класс", "предмет", "период", "урок",
        "разрешение", "подробности",
    ]

    private let format: Audit.Log.OutputFormat
    private var times: StoredInstantText
    /// The last action and lesson day written, stored and in words: neighbouring rows mostly share them.
    private var action = (stored: [UInt8](), words: [UInt8]())
    private var lessonDay = (stored: [UInt8](), words: [UInt8]())
    private var buffer: [UInt8] = []
    /// The entry's object in words, written here before it is quoted into `buffer`.
    private var object: [UInt8] = []
    private let output: FileHandle
    private static let blockSize = 1 << 16

    init(format: Audit.Log.OutputFormat, zone: SchoolTimeZone, output: FileHandle = .standardOutput) {
        self.format = format
        self.times = StoredInstantText(zone: zone)
        self.output = output
        buffer.reserveCapacity(Self.blockSize * 2)
        if format == .csv { CSV.appendLine(Self.header, to: &buffer) }
    }

    mutating func write(_ batch: AccessLogRawBatch) {
        var wording = AccessLogWording(names: batch.names, language: .ru)
        batch.bytes.withUnsafeBufferPointer { stored in
            for row in 0..<batch.count {
                write(row, of: batch, stored: stored, wording: &wording)
                if buffer.count >= Self.blockSize { flush() }
            }
        }
    }

    private mutating func write(
        _ row: Int, of batch: AccessLogRawBatch, stored: UnsafeBufferPointer<UInt8>, wording: inout AccessLogWording
    ) {
        func text(_ column: AccessLogRawBatch.Text) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: stored[batch.range(column, row: row)])
        }
        let lessonDate = text(.lessonDate)
        object.removeAll(keepingCapacity: true)
        let place = wording.write(
            batch.objects[row], classID: batch.number(.classID, row: row).map(ClassID.init),
            subjectID: batch.number(.subjectID, row: row).map(SubjectID.init),
            lessonDate: lessonDate.isEmpty ? nil : String(decoding: lessonDate, as: UTF8.self),
            periodID: batch.number(.periodID, row: row).map(PeriodID.init), to: &object
        )
        var line = Line(format: format)
        line.field(&buffer) { Self.appendDecimal(batch.number(.seq, row: row) ?? 0, to: &$0) }
        line.field(&buffer) { times.appendDateTime(text(.at), to: &$0) }
        line.field(&buffer, text(.login))
        line.field(&buffer, text(.role))
        line.field(&buffer, text(.terminal))
        line.field(&buffer, actionWords(text(.action)))
        line.field(&buffer, object)
        line.field(&buffer, place.className ?? "")
        line.field(&buffer, place.subject ?? "")
        line.field(&buffer, place.period ?? "")
        line.field(&buffer, lessonDayWords(lessonDate))
        if let permission = batch.number(.permissionID, row: row) {
            line.field(&buffer, "№ \(permission) (с опозданием)")
        } else {
            line.field(&buffer, "")
        }
        line.field(&buffer, text(.detail))
        line.end(&buffer)
    }

    private mutating func actionWords(_ stored: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if !stored.elementsEqual(action.stored) {
            let name = String(decoding: stored, as: UTF8.self)
            action = (Array(stored), Array((AuditAction(rawValue: name)?.name(in: .ru) ?? name).utf8))
        }
        return action.words
    }

    private mutating func lessonDayWords(_ stored: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if !stored.elementsEqual(lessonDay.stored) {
            let words = LocalDate(iso: String(decoding: stored, as: UTF8.self))?.russian ?? ""
            lessonDay = (Array(stored), Array(words.utf8))
        }
        return lessonDay.words
    }

    private static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        guard value >= 10 || value < 0 else {
            bytes.append(0x30 + UInt8(value))
            return
        }
        guard value > 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        let start = bytes.count
        var rest = value
        while rest > 0 {
            bytes.append(0x30 + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    mutating func finish() {
        flush()
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// One line being written: CSV quotes a field where it needs to and separates every field
    /// with a comma; text leaves out empty fields and separates the others with two spaces.
    private struct Line {
        let format: Audit.Log.OutputFormat
        private var fields = 0
        private var written = 0

        init(format: Audit.Log.OutputFormat) {
            self.format = format
        }

        /// A field `write` appends as it is (digits and times need no quotes).
        mutating func field(_ bytes: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
            let start = bytes.count
            separate(&bytes)
            let separated = bytes.count
            write(&bytes)
            if format == .text, bytes.count == separated {
                bytes.removeSubrange(start...)
            } else {
                written += 1
            }
            fields += 1
        }

        mutating func field(_ bytes: inout [UInt8], _ value: UnsafeBufferPointer<UInt8>) {
            defer { fields += 1 }
            switch format {
            case .csv:
                separate(&bytes)
                CSV.appendField(value, to: &bytes)
            case .text:
                guard !value.isEmpty else { return }
                separate(&bytes)
                bytes.append(contentsOf: value)
                written += 1
            }
        }

        mutating func field(_ bytes: inout [UInt8], _ value: [UInt8]) {
            value.withUnsafeBufferPointer { field(&bytes, $0) }
        }

        mutating func field(_ bytes: inout [UInt8], _ value: String) {
            var value = value
            value.withUTF8 { field(&bytes, $0) }
        }

        private mutating func separate(_ bytes: inout [UInt8]) {
            switch format {
            case .csv: if fields > 0 { bytes.append(0x2C) }
            case .text: if written > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
            }
        }

        func end(_ bytes: inout [UInt8]) {
            switch format {
            case .csv: bytes.append(contentsOf: [0x0D, 0x0A])
            case .text: bytes.append(0x0A)
            }
        }
    }
}
