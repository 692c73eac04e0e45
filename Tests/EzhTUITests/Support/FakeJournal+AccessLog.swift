import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The access log, filtered as the store filters it, its detail, chain check and statistics,
/// and the access report.
extension FakeJournal: AccessLogBackend {
    /// Filters as the store does, for the fields the screens set.
    func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogEntry] {
        people.lastLogFilter = filter
        let rows = people.log.filter { row in
            (filter.login.map { $0 == row.login } ?? true) && (filter.action.map { $0 == row.action } ?? true)
                && (filter.classID.map { $0 == row.classID } ?? true)
                && (filter.role.map { row.role.split(separator: ",").contains(Substring($0)) } ?? true)
                && (filter.since.map { row.at >= $0 } ?? true) && (filter.until.map { row.at < $0 } ?? true)
                && (filter.text.map { row.object.contains($0) || row.detail.contains($0) } ?? true)
        }
        return rows.prefix(filter.limit ?? .max).map { AccessObjectText.entry($0, names: people.logNames, language: session.language) }
    }

    func accessLogDetail(_ session: Session, entry: AccessLogRow) throws -> AccessLogDetail {
        AccessLogDetail(
            className: entry.classID == nil ? nil : "5А", subject: entry.subjectID == nil ? nil : "Математика",
            change: entry.historyID.map { _ in
                HistoryEntry(changedAt: "27.11.2026 10:52", who: "Петрова Анна", terminal: "pts/3", oldValue: "4", newValue: "5")
            }
        )
    }

    func verifyAccessLog() throws -> AuditVerification { people.verification }

    func usageStatistics(_ session: Session, span: DateSpan) throws -> UsageStatistics {
        UsageStatistics(weeks: [(LocalDate(year: 2026, month: 11, day: 23), ["teacher": 12, "parent": 5])],
                        parents: 40, parentsActive: 10, pupils: 30, pupilsActive: 3)
    }

    func accessReport(_ session: Session, filter: AccessLogFilter) throws -> [AccessReportRow] {
        people.reportGate?.wait()
        people.lastReportFilter = filter
        let rows = [
            AccessReportRow(at: "27.11.2026 10:58", user: "teacher", className: "5А", subject: "Математика", period: "2 четверть",
                            lessonDate: "18.11.2026", action: "изменение", object: "оценка: Белова Д., 5А Математика, 18.11",
                            isLate: true, permission: PermissionID(3)),
            AccessReportRow(at: "27.11.2026 10:52", user: "teacher", className: "5А", subject: "Математика", period: "2 четверть",
                            lessonDate: "27.11.2026", action: "изменение", object: "оценка: Алексеев Б., 5А Математика, 27.11",
                            isLate: false, permission: nil),
            AccessReportRow(at: "26.11.2026 12:10", user: "sidorov", className: "6Б", subject: "История", period: "2 четверть",
                            lessonDate: "26.11.2026", action: "изменение", object: "урок 6Б История, 26.11: тема", isLate: false,
                            permission: nil),
        ]
        return rows.filter { row in
            (filter.login.map { $0 == row.user } ?? true) && (filter.classID.map { $0 == ClassID(5) ? row.className == "5А" : row.className == "6Б" } ?? true)
        }
    }

    func classID(named name: String) throws -> ClassID? {
        ["5А": ClassID(5), "6Б": ClassID(6)][name.uppercased()]
    }
}
