import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation

/// Opens the demo school, creating it first when there is no file, on the demo clock.
enum DemoLauncher {
    struct Opened {
        let service: JournalService
        let created: Bool
    }

    static func openOrCreate(
        path: String, now nowText: String?, size: DemoSize = .standard, fixPermissions: Bool = false
    ) throws -> Opened {
        let zone = SchoolTimeZone(identifier: DemoSchool.timeZoneIdentifier)!
        let requested = try nowText.map { try DemoClockStart.parse($0, timeZone: zone) }
        let created = !FileManager.default.fileExists(atPath: path)
        if created {
            FileHandle.standardError.write(Data("ezh: создаётся демо-школа в \(path)…\n".utf8))
            try DemoSchool.create(at: path, requestedNow: requested, realNow: SystemClock().now(), size: size)
        }
        let store = try JournalStore(path: path, fixPermissions: fixPermissions)
        let realTime = try JournalService(store: store, clock: SystemClock(), terminal: TerminalIdentity.current())
        guard realTime.isDemo else {
            throw JournalError.invalidInput(field: .verbatim(path), problem: BilingualText(
                "это база школы, а не демонстрационная; откройте её командой ezh --db \(path)",
                "this is a school's database, not a demo one; open it with ezh --db \(path)"
            ))
        }
        let start = requested ?? DemoClockStart.start(
            realNow: realTime.now(), timeZone: realTime.timeZone, isSchoolDay: { (try? realTime.isSchoolDay($0)) ?? false }
        )
        guard let start else { return Opened(service: realTime, created: created) }
        let shifted = try JournalService(
            store: store, clock: ShiftedClock(startingAt: start), terminal: TerminalIdentity.current()
        )
        return Opened(service: shifted, created: created)
    }
}
