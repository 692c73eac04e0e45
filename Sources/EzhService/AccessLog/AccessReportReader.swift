import EzhCore
internal import EzhStore
import Foundation

/// The access report's rows, read from the stored bytes (`AccessLogRawBatch`) and put in words
/// only when looked at (`AccessReportRow.words`): reading a quarter of a class is thousands of
/// rows, and wording every one of them cost as much again as reading them.
enum AccessReportReader {
    static func rows(_ filter: AccessLogFilter, zone: SchoolTimeZone, language: Language, _ db: StoreTransaction) throws
        -> [AccessReportRow] {
        var book = try AccessLogNameBook(db)
        var rows: [AccessReportRow] = []
        try AccessLogQueries.forEachRawBatch(filter, batchSize: 1_000, book: &book, db) { raw in
            let batch = AccessReportBatch(raw, zone: zone, language: language)
            for row in 0..<raw.count { rows.append(AccessReportRow(batch, row: row)) }
        }
        return rows
    }
}

/// A batch of the report's rows as read, with the names they need, shared by its rows.
final class AccessReportBatch: Sendable {
    private let raw: AccessLogRawBatch
    private let zone: SchoolTimeZone
    private let language: Language

    init(_ raw: AccessLogRawBatch, zone: SchoolTimeZone, language: Language) {
        self.raw = raw
        self.zone = zone
        self.language = language
    }

    func permission(_ row: Int) -> PermissionID? {
        raw.number(.permissionID, row: row).map(PermissionID.init)
    }

    func words(_ row: Int) -> AccessReportRow.Words {
        raw.bytes.withUnsafeBufferPointer { stored in
            func text(_ column: AccessLogRawBatch.Text) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: stored[raw.range(column, row: row)]), as: UTF8.self)
            }
            let lessonDate = text(.lessonDate)
            var wording = AccessLogWording(names: raw.names, language: language)
            let words = wording.words(
                raw.objects[row], classID: raw.number(.classID, row: row).map(ClassID.init),
                subjectID: raw.number(.subjectID, row: row).map(SubjectID.init),
                lessonDate: lessonDate.isEmpty ? nil : lessonDate, periodID: raw.number(.periodID, row: row).map(PeriodID.init)
            )
            var times = StoredInstantText(zone: zone)
            let action = text(.action)
            return AccessReportRow.Words(
                at: times.dateTime(text(.at)), user: text(.login), className: words.className ?? "", subject: words.subject ?? "",
                period: words.period ?? "", lessonDate: LocalDate(iso: lessonDate)?.russian ?? "",
                action: AuditAction(rawValue: action)?.name(in: language) ?? action, object: words.object,
                permission: permission(row)
            )
        }
    }
}
