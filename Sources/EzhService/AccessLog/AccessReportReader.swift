import EzhCore
internal import EzhStore
import Foundation

/// The access report's rows, read in one pass from the stored bytes (`AccessLogRawBatch`): each
/// entry's time, user, lesson day and action put in words as it is read, the places and the words
/// met again and again (a class's marks come one after another) made once. A quarter of a class
/// is thousands of rows, of which the screen shows a few dozen.
struct AccessReportReader {
    private var times: StoredInstantText
    private let language: Language
    private var lessonDay = LastWords()
    private var action = LastWords()
    /// Where a time is written before it becomes a string.
    private var scratch: [UInt8] = []

    init(zone: SchoolTimeZone, language: Language) {
        times = StoredInstantText(zone: zone)
        self.language = language
    }

    mutating func rows(_ filter: AccessLogFilter, _ db: StoreTransaction) throws -> [AccessReportRow] {
        var book = try AccessLogNameBook(db)
        var rows: [AccessReportRow] = []
        try AccessLogQueries.forEachRawBatch(filter, batchSize: 1_000, book: &book, db) { batch in
            rows.reserveCapacity(rows.count + batch.count)
            var wording = AccessLogWording(names: batch.names, language: language)
            batch.bytes.withUnsafeBufferPointer { stored in
                for row in 0..<batch.count {
                    rows.append(self.row(row, of: batch, stored: stored, wording: &wording))
                }
            }
        }
        return rows
    }

    private mutating func row(
        _ row: Int, of batch: AccessLogRawBatch, stored: UnsafeBufferPointer<UInt8>, wording: inout AccessLogWording
    ) -> AccessReportRow {
        func text(_ column: AccessLogRawBatch.Text) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: stored[batch.range(column, row: row)])
        }
        let lessonDate = text(.lessonDate)
        let words = wording.words(
            batch.objects[row], classID: batch.number(.classID, row: row).map(ClassID.init),
            subjectID: batch.number(.subjectID, row: row).map(SubjectID.init),
            lessonDate: lessonDate.isEmpty ? nil : String(decoding: lessonDate, as: UTF8.self),
            periodID: batch.number(.periodID, row: row).map(PeriodID.init)
        )
        scratch.removeAll(keepingCapacity: true)
        times.appendDateTime(text(.at), to: &scratch)
        let permission = batch.number(.permissionID, row: row).map(PermissionID.init)
        let language = language
        return AccessReportRow(
            at: String(decoding: scratch, as: UTF8.self), user: String(decoding: text(.login), as: UTF8.self),
            className: words.className ?? "", subject: words.subject ?? "", period: words.period ?? "",
            lessonDate: lessonDay.words(for: lessonDate) { LocalDate(iso: $0)?.russian ?? "" },
            action: action.words(for: text(.action)) { AuditAction(rawValue: $0)?.name(in: language) ?? $0 },
            object: words.object, isLate: permission != nil, permission: permission
        )
    }

    /// The words of the last stored value met, made again only when the value changes.
    private struct LastWords {
        private var stored: [UInt8]?
        private var words = ""

        mutating func words(for value: UnsafeBufferPointer<UInt8>, _ make: (String) -> String) -> String {
            if let stored, value.elementsEqual(stored) { return words }
            stored = Array(value)
            words = make(String(decoding: value, as: UTF8.self))
            return words
        }
    }
}
