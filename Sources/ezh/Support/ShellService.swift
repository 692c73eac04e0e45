import EzhCore
import EzhService
import EzhStore
import Foundation

/// The service for commands run from the server's shell, on the real clock.
enum ShellService {
    static func open(_ path: String, access: JournalStore.Access = .readWrite) throws -> JournalService {
        try open(store(path, access: access))
    }

    /// The journal's file, for a command that checks the file itself as well (`ezh audit verify`).
    static func store(_ path: String, access: JournalStore.Access) throws -> JournalStore {
        guard FileManager.default.fileExists(atPath: path) else { throw JournalError.noSchool(path: path) }
        return try JournalStore(path: path, access: access)
    }

    static func open(_ store: JournalStore) throws -> JournalService {
        try JournalService(store: store, clock: SystemClock(), terminal: TerminalIdentity.current())
    }
}

/// Days and times typed on the command line, in the school's zone, as stored UTC instants.
enum ShellTime {
    static func instant(_ text: String, zone: SchoolTimeZone, endOfDay: Bool) throws -> String {
        let years = "\(LocalDate.typedYears.lowerBound)–\(LocalDate.typedYears.upperBound)"
        let problem = BilingualText(
            "ожидается \"ГГГГ-ММ-ДД\" или \"ГГГГ-ММ-ДД ЧЧ:ММ\" с годом \(years)",
            "expected \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM\" with a year \(years)"
        )
        if let day = LocalDate(iso: text) {
            guard day.isWithinTypedYears else { throw JournalError.invalidInput(field: .verbatim(text), problem: problem) }
            let instant = zone.instant(endOfDay ? day.adding(days: 1) : day, TimeOfDay(minutes: 0))
            return InstantFormat.string(instant)
        }
        let parts = text.split(separator: " ")
        if parts.count == 2, let day = LocalDate(iso: String(parts[0])), day.isWithinTypedYears,
           let time = TimeOfDay(text: String(parts[1])) {
            return InstantFormat.string(zone.instant(day, time))
        }
        throw JournalError.invalidInput(field: .verbatim(text), problem: problem)
    }
}
