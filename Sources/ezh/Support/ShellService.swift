import EzhCore
import EzhService
import EzhStore
import Foundation

/// The service for commands run from the server's shell, on the real clock.
enum ShellService {
    static func open(_ path: String, access: JournalStore.Access = .readWrite) throws -> JournalService {
        guard FileManager.default.fileExists(atPath: path) else { throw JournalError.noSchool(path: path) }
        return try JournalService(
            store: JournalStore(path: path, access: access), clock: SystemClock(), terminal: TerminalIdentity.current()
        )
    }
}

/// Days and times typed on the command line, in the school's zone, as stored UTC instants.
enum ShellTime {
    static func instant(_ text: String, zone: SchoolTimeZone, endOfDay: Bool) throws -> String {
        let problem = "ожидается \"ГГГГ-ММ-ДД\" или \"ГГГГ-ММ-ДД ЧЧ:ММ\" с годом \(LocalDate.typedYears.lowerBound)–\(LocalDate.typedYears.upperBound)"
        if let day = LocalDate(iso: text) {
            guard day.isWithinTypedYears else { throw JournalError.invalidInput(field: text, problem: problem) }
            let instant = zone.instant(endOfDay ? day.adding(days: 1) : day, TimeOfDay(minutes: 0))
            return InstantFormat.string(instant)
        }
        let parts = text.split(separator: " ")
        if parts.count == 2, let day = LocalDate(iso: String(parts[0])), day.isWithinTypedYears,
           let time = TimeOfDay(text: String(parts[1])) {
            return InstantFormat.string(zone.instant(day, time))
        }
        throw JournalError.invalidInput(field: text, problem: problem)
    }
}
