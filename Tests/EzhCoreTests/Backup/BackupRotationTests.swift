import EzhCore
import XCTest

/// Rotation keeps exactly what the policy says: run daily over a simulated year and more, each
/// day's run deleting what it does not keep, as `ezh backup` does.
final class BackupRotationTests: XCTestCase {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    func testADailyBackupForFourHundredDaysLeavesTheDaysWeeksMonthsAndYearsOfThePolicy() {
        var kept: [BackupRotation.Backup<String>] = []
        let first = day("2026-01-01")
        let last = day("2027-02-04") // a Thursday
        for today in first.through(last) {
            kept.append(.init(id: today.iso, day: today, order: today.iso + "T02:00"))
            let keep = BackupRotation.keep(kept, today: today, policy: .standard)
            kept.removeAll { !keep.contains($0.id) }
        }
        let daily = day("2027-01-06").through(last).map(\.iso)
        let weekly = ["2026-11-15", "2026-11-22", "2026-11-29", "2026-12-06", "2026-12-13", "2026-12-20", "2026-12-27", "2027-01-03"]
        let monthly = [
            "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
            "2026-11-30", "2026-12-31",
        ]
        XCTAssertEqual(kept.map(\.id).sorted(), (daily + weekly + monthly).sorted())
    }

    func testOfTwoBackupsOnADayTheLaterIsKept() {
        let today = day("2026-11-30")
        let backups: [BackupRotation.Backup<Int>] = [
            .init(id: 1, day: day("2026-11-29"), order: "2026-11-29T02:00"),
            .init(id: 2, day: day("2026-11-29"), order: "2026-11-29T14:00"),
            .init(id: 3, day: today, order: "2026-11-30T02:00"),
        ]
        XCTAssertEqual(BackupRotation.keep(backups, today: today, policy: .standard), [2, 3])
    }

    func testTheNewestAndAnyFromTheFutureStayWhateverThePolicy() {
        let none = RotationPolicy(daily: 0, weekly: 0, monthly: 0, yearly: 0)
        let backups: [BackupRotation.Backup<Int>] = [
            .init(id: 1, day: day("2020-01-01"), order: "a"),
            .init(id: 2, day: day("2021-01-01"), order: "b"),
            .init(id: 3, day: day("2031-01-01"), order: "c"),
        ]
        XCTAssertEqual(BackupRotation.keep(backups, today: day("2026-11-30"), policy: none), [3])
        XCTAssertEqual(BackupRotation.keep(Array(backups.prefix(2)), today: day("2026-11-30"), policy: none), [2])
    }

    func testYearlyBackupsGoAfterFiveYears() {
        let backups = (2019...2026).map { BackupRotation.Backup(id: $0, day: LocalDate(year: $0, month: 12, day: 31), order: "") }
        let yearly = RotationPolicy(daily: 0, weekly: 0, monthly: 0, yearly: 5)
        XCTAssertEqual(BackupRotation.keep(backups, today: day("2027-03-01"), policy: yearly), [2023, 2024, 2025, 2026])
    }

    func testBackupSettingsRefuseWhatTheyCannotUse() {
        XCTAssertEqual(try BackupSettings.normalize(key: BackupSettings.Key.destinations, value: " /mnt/a ; /srv/b "), "/mnt/a;/srv/b")
        XCTAssertThrowsError(try BackupSettings.normalize(key: BackupSettings.Key.destinations, value: "usb"))
        XCTAssertThrowsError(try BackupSettings.normalize(key: BackupSettings.Key.keepDaily, value: "-1"))
        XCTAssertThrowsError(try BackupSettings.normalize(key: BackupSettings.Key.warnAfterDays, value: "0"))
        XCTAssertThrowsError(try BackupSettings.normalize(key: "backup.nowhere", value: "1"))
        XCTAssertEqual(BackupSettings(stored: [:]), BackupSettings())
        XCTAssertEqual(BackupSettings(stored: BackupSettings(destinations: ["/a", "/b"], warnAfterDays: 3).stored).destinations, ["/a", "/b"])
    }
}
