@testable import ezh
import EzhCore
import Foundation
import XCTest

/// `ezh audit log` writes stored bytes straight into its output: what comes out must be what the
/// entries say in words, field for field, quoted as CSV needs, whatever the names hold.
final class AccessLogPrinterTests: XCTestCase {
    private let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    private let quarter = Period(
        id: PeriodID(2), scheme: .quarters, number: 2,
        span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))
    )

    /// Names with a comma, quotes, a line break and a semicolon in them, as a school may type them.
    private var names: AccessLogNames {
        var names = AccessLogNames()
        names.pupils = [268: "Иванов \"Ваня\", И.", 269: "Пе;тров\nП."]
        names.logins = [7: "petrova"]
        names.classes = [ClassID(3): "5А"]
        names.subjects = [SubjectID(4): "Математика, углублённо"]
        names.periods = [quarter.id: quarter]
        names.classPeriods = [ClassID(3): [quarter.id]]
        names.assignments = [8464: JournalPlace(classID: ClassID(3), subjectID: SubjectID(4), date: LocalDate(year: 2026, month: 11, day: 27))]
        return names
    }

    private let rows = [
        AccessLogRow(seq: 12, at: "2026-11-27T09:05:00.000Z", accountID: nil, login: "teacher", role: "teacher,class_teacher",
                     terminal: "pts/1", action: "change", object: "mark assignment=8464;pupil=268 value", classID: ClassID(3),
                     subjectID: SubjectID(4), lessonDate: "2026-11-27", permissionID: PermissionID(5), detail: "было \"4\", стало 5"),
        AccessLogRow(seq: 11, at: "2026-11-27T09:04:00.000Z", accountID: nil, login: "teacher", role: "teacher",
                     terminal: "pts/1", action: "change", object: "mark assignment=8464;pupil=269 value", classID: ClassID(3),
                     subjectID: SubjectID(4), lessonDate: "2026-11-27", detail: "строка 1\r\nстрока 2"),
        AccessLogRow(seq: 10, at: "not a time", accountID: nil, login: "os:root", role: "system", terminal: "",
                     action: "no_such_action", object: "дневник ученика 268"),
        AccessLogRow(seq: 9, at: "2026-11-26T21:30:00.000Z", accountID: nil, login: "admin", role: "admin", terminal: "ssh",
                     action: "audit", object: "журнал, доступа; \"весь\""),
    ]

    /// The rows as the listing hands them over: stored bytes and the names they need.
    private var batch: AccessLogRawBatch {
        var batch = AccessLogRawBatch()
        for row in rows {
            for number in [row.seq, row.classID?.rawValue, row.subjectID?.rawValue, row.periodID?.rawValue, row.permissionID?.rawValue] {
                batch.appendNumber(number)
            }
            for text in [row.at, row.login, row.role, row.terminal, row.action, row.object, row.lessonDate ?? "", row.detail] {
                var text = text
                text.withUTF8 { batch.appendText($0) }
            }
            batch.endRow()
        }
        batch.names = names
        return batch
    }

    /// Each entry's fields in words, as the listing defines them.
    private var expectedFields: [[String]] {
        var times = StoredInstantText(zone: zone)
        return rows.map { row in
            let entry = AccessObjectText.entry(row, names: names, language: .ru)
            return [
                String(row.seq), times.dateTime(row.at), row.login, row.role, row.terminal,
                AuditAction(rawValue: row.action)?.name(in: .ru) ?? row.action, entry.object, entry.className ?? "",
                entry.subject ?? "", entry.period ?? "", row.lessonDate.flatMap { LocalDate(iso: $0)?.russian } ?? "",
                row.permissionID.map { "№ \($0) (с опозданием)" } ?? "", row.detail,
            ]
        }
    }

    private func printed(_ format: Audit.Log.OutputFormat) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-printer-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try FileHandle(forWritingTo: url)
        var printer = AccessLogPrinter(format: format, zone: zone, output: output)
        printer.write(batch)
        printer.finish()
        try output.close()
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    func testCSVIsTheEntriesInWordsQuotedWhereTheyNeedIt() throws {
        let expected = CSV.document(header: AccessLogPrinter.header, rows: expectedFields)
        XCTAssertEqual(try printed(.csv), expected)
        XCTAssertTrue(expected.contains(",\"оценка: Иванов \"\"Ваня\"\", И., 5А Математика, углублённо, 27.11\","), expected)
        XCTAssertTrue(expected.contains(",\"оценка: Пе;тров\nП., 5А Математика, углублённо, 27.11\","), expected)
        XCTAssertTrue(expected.contains(",№ 5 (с опозданием),\"было \"\"4\"\", стало 5\"\r\n"), expected)
        XCTAssertTrue(expected.contains("\r\n10,not a time,os:root,system,,no_such_action,\"дневник: Иванов \"\"Ваня\"\", И.\",,,,,,\r\n"), expected)
        XCTAssertTrue(expected.contains("\r\n9,27.11.2026 00:30,admin,"), "the school's zone, past midnight: \(expected)")
    }

    func testTextLeavesOutEmptyFieldsAndQuotesNothing() throws {
        let expected = expectedFields.map { $0.filter { !$0.isEmpty }.joined(separator: "  ") + "\n" }.joined()
        XCTAssertEqual(try printed(.text), expected)
        XCTAssertTrue(expected.hasPrefix("12  27.11.2026 12:05  teacher  teacher,class_teacher  pts/1  изменение  оценка: Иванов \"Ваня\", И."),
                      expected)
    }
}
