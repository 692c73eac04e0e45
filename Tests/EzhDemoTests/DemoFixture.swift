import EzhCore
import EzhDemo
import EzhStore
import Foundation
import GRDB

/// The demo school as the tests see it, made once per test process: as of Friday
/// 27 November 2026, 10:40 Moscow time, during the third lesson.
enum DemoFixture {
    static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    static let now = zone.instant(LocalDate(year: 2026, month: 11, day: 27), TimeOfDay(hour: 10, minute: 40))

    /// The standard demo made by `createDemoSchool` in a temporary file, and how long that took.
    static let imported: (store: JournalStore, seconds: Double) = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("ezh-demo-\(UUID().uuidString).sqlite").path
        let clock = ContinuousClock()
        var store: JournalStore?
        let elapsed = clock.measure { store = try! createDemoSchool(at: path, now: now) }
        return (store!, seconds(elapsed))
    }()

    /// Rows of a query on the demo journal.
    static func rows(_ sql: String) -> [Row] {
        try! imported.store.pool.read { try Row.fetchAll($0, sql: sql) }
    }

    /// The one integer a query returns.
    static func count(_ sql: String) -> Int {
        try! imported.store.pool.read { try Int.fetchOne($0, sql: sql) } ?? 0
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// School-local wall-clock seconds of an instant (Moscow has kept UTC+3 all year since 2014).
    static func localSecondOfDay(_ instant: Date) -> Int {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.timeZone.secondsFromGMT(for: instant)
        return ((local % 86_400) + 86_400) % 86_400
    }

    static func localDate(_ instant: Date) -> LocalDate {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.timeZone.secondsFromGMT(for: instant)
        return LocalDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
    }

    static func instant(_ day: LocalDate, _ time: TimeOfDay) -> Date {
        let offset = zone.timeZone.secondsFromGMT(for: now)
        return Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + time.minutes * 60 - offset))
    }

    /// An instant as the journal stores it.
    static func instant(_ text: String) -> Date { InstantFormat.date(text)! }
}
