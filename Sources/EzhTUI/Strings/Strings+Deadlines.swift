import EzhCore
import EzhService
import Foundation

/// Deadlines in words, as the grids and the lesson card show them.
extension Strings {
    /// What a cell or field allows now, in the school's zone: «можно до 21:00 сегодня»,
    /// «срок истёк 19.03 21:00 — нужно разрешение завуча». nil when nothing limits it.
    func entryStatus(_ status: CellEntryStatus, zone: SchoolTimeZone, now: Date) -> String? {
        let today = zone.localDate(of: now)
        func moment(_ instant: Date) -> String {
            "\(zone.localDate(of: instant).dayMonth) \(zone.timeOfDay(of: instant).text)"
        }
        func todayOrMoment(_ instant: Date, todayWord: Bool) -> String {
            guard zone.localDate(of: instant) == today else { return moment(instant) }
            let time = zone.timeOfDay(of: instant).text
            return todayWord ? time + ruEn(" сегодня", " today") : time
        }
        switch status {
        case .readOnly: return readOnlyMark
        case .open(until: nil): return nil
        case .open(until: let deadline?):
            return ruEn("можно до ", "open until ") + todayOrMoment(deadline, todayWord: true)
        case .notYetOpen(let opensAt):
            let from = todayOrMoment(opensAt, todayWord: false)
            return ruEn("урок ещё не начался (с \(from))", "the lesson has not started (from \(from))")
        case .late(let permission, let until):
            return ruEn("с опозданием по разрешению № \(permission.id) до \(moment(until))",
                        "late, under permission No. \(permission.id) until \(moment(until))")
        case .closed(let since):
            return ruEn("срок истёк \(moment(since)) — нужно разрешение завуча",
                        "deadline passed \(moment(since)) — a deputy's permission is needed")
        }
    }
}
