import EzhCore
import EzhService

/// The access log's rows as CSV, with times in the school's zone, actions in words and names
/// in place of ids.
enum AccessLogExport {
    static func csv(_ entries: [AccessLogEntry], zone: SchoolTimeZone, strings: Strings) -> String {
        CSV.document(header: strings.accessLogCSVHeader, rows: entries.map { entry in
            let row = entry.row
            return [String(row.seq), LogTime.full(row.at, zone: zone), row.login, row.role, row.terminal,
                    AuditAction(rawValue: row.action)?.name(in: strings.language) ?? row.action, entry.object,
                    entry.className ?? "", entry.subject ?? "", entry.period ?? "",
                    row.lessonDate.flatMap(LocalDate.init(iso:))?.russian ?? "",
                    row.permissionID.map { strings.lateMark + " (\(strings.permissionNumber($0.rawValue)))" } ?? "", row.detail]
        })
    }

    /// «~/ezh-exports/access-log-2026-11-27.csv».
    static func defaultPath(_ name: String, today: LocalDate) -> String { ExportFiles.defaultPath("\(name)-\(today.iso).csv") }
}
