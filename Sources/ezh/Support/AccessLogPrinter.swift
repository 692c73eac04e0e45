import EzhCore
import Foundation

/// The access log as text columns or CSV.
enum AccessLogPrinter {
    static let header = ["№", "время", "пользователь", "роль", "терминал", "действие", "объект", "урок", "разрешение", "подробности"]

    static func render(_ rows: [AccessLogRow], format: Audit.Log.OutputFormat, zone: SchoolTimeZone) -> String {
        let table = rows.map { row in
            [
                String(row.seq), InstantFormat.date(row.at).map(zone.russianDateTime) ?? row.at, row.login, row.role,
                row.terminal, AuditAction(rawValue: row.action)?.name(in: .ru) ?? row.action, row.object,
                row.lessonDate.flatMap(LocalDate.init(iso:))?.russian ?? "",
                row.permissionID.map { "№ \($0) (с опозданием)" } ?? "", row.detail,
            ]
        }
        switch format {
        case .csv:
            return CSV.document(header: header, rows: table)
        case .text:
            return table.map { $0.filter { !$0.isEmpty }.joined(separator: "  ") }.joined(separator: "\n") + (table.isEmpty ? "" : "\n")
        }
    }
}
