import EzhCore
import EzhService

/// One access-log entry in full, for the detail view: every field, and for a change the value
/// before and after from its history row.
enum AccessLogDetailText {
    static func lines(_ entry: AccessLogEntry, detail: AccessLogDetail, zone: SchoolTimeZone, strings: Strings) -> [HelpText.Line] {
        let row = entry.row
        var pairs: [(String, String)] = [
            (strings.entryNumber, String(row.seq)),
            (strings.timeHeader, LogTime.full(row.at, zone: zone)),
            (strings.userHeader, row.login),
            (strings.roleHeader, AccessLogScreen.roles(row.role, strings)),
            (strings.terminalHeader, row.terminal),
            (strings.actionHeader, AccessLogScreen.action(row.action, strings)),
            (strings.objectHeader, entry.object),
        ]
        if let className = detail.className { pairs.append((strings.chooseClass, className)) }
        if let subject = detail.subject { pairs.append((strings.chooseSubject, subject)) }
        if let period = entry.period { pairs.append((strings.periodHeader, period)) }
        if let day = row.lessonDate.flatMap(LocalDate.init(iso:)) { pairs.append((strings.lessonDateHeader, day.russian)) }
        if let permission = row.permissionID { pairs.append((strings.lateLabel, strings.permissionNumber(permission.rawValue))) }
        if !row.detail.isEmpty { pairs.append((strings.detailHeader, row.detail)) }
        if let change = detail.change {
            pairs.append((strings.valueBefore, change.oldValue ?? strings.emptyValue))
            pairs.append((strings.valueAfter, change.newValue ?? strings.emptyValue))
            pairs.append((strings.changedBy, "\(change.who), \(change.changedAt), \(change.terminal)"))
        }
        pairs.append((strings.chainHash, String(row.hash.prefix(16)) + "…"))
        let labelWidth = (pairs.map(\.0.displayWidth).max() ?? 0) + 2
        return pairs.map { HelpText.Line(text: TextFitting.fit($0.0 + ":", width: labelWidth) + $0.1, isTitle: false) }
    }
}
