import EzhCore
import EzhService
import Foundation
@testable import EzhTUI
import XCTest

/// The administrator's backups: the home screen warns when the last good one is too old, and
/// C-a shows each destination's last backup, its age and result.
final class BackupsScreenTests: XCTestCase {
    private func staleBackups(now: Date) -> BackupStatus {
        let good = now.addingTimeInterval(-9 * 86_400)
        let failed = now.addingTimeInterval(-3600)
        return BackupStatus(
            destinations: [
                .init(destination: "/mnt/usb1/ezh", lastAt: failed, lastSucceeded: false,
                      lastDetail: BilingualText("Папки /mnt/usb1/ezh нет (диск не подключён?).", "The folder /mnt/usb1/ezh does not exist."),
                      lastGoodAt: good, lastGoodFolder: "ezh-backup-20261118T023000.000Z"),
            ],
            lastGoodAt: good, warnAfterDays: 7, daysSinceLastGood: 9
        )
    }

    func testTheAdministratorsHomeWarnsOfAnOldBackupAndTheScreenSaysWhy() {
        let t = TestApp()
        t.journal.backups = staleBackups(now: t.journal.now())
        t.signIn(as: "admin")
        XCTAssertEqual(t.screen.line(2).trimmingCharacters(in: .whitespaces),
                       "! Последней полностью проверенной копии 9 дн. (допустимо 7) — C-a: копии")
        t.press(.control("a"))
        XCTAssertTrue(t.text.contains("─ Резервные копии ─"), t.text)
        XCTAssertTrue(t.text.contains("! Последней полностью проверенной копии 9 дн. (допустимо 7)"), t.text)
        XCTAssertFalse(t.text.contains("C-a: копии"), "the screen does not offer the key that opened it: \(t.text)")
        XCTAssertTrue(t.text.contains("/mnt/usb1/ezh"), t.text)
        XCTAssertTrue(t.text.contains("27.11.2026 10:00 (сегодня): НЕ УДАЛАСЬ"), t.text)
        XCTAssertTrue(t.text.contains("диск не подключён"), t.text)
        XCTAssertTrue(t.text.contains("последняя удачная: 18.11.2026 11:00"), t.text)
        XCTAssertTrue(t.text.contains("проверена только при копировании"), t.text)
    }

    func testTheWarningGoesOnceAFullyVerifiedCopyIsThereWhileTheHomeScreenIsOpen() {
        let t = TestApp()
        t.journal.backups = staleBackups(now: t.journal.now())
        t.signIn(as: "admin")
        XCTAssertTrue(t.screen.line(2).contains("9 дн."), t.text)
        // The night's backup and its full check, made by the timer's processes.
        t.journal.backups = FakeJournal.freshBackups(now: t.journal.now())
        t.app.refreshVisibleScreens()
        XCTAssertFalse(t.text.contains("проверенн"), "the idle screen reads the status again: \(t.text)")

        t.journal.backups = staleBackups(now: t.journal.now())
        t.press(.control("a"))
        t.press(.escape)
        XCTAssertTrue(t.screen.line(2).contains("9 дн."), "and so does the return from a screen: \(t.text)")
    }

    func testAFreshBackupWarnsNothingAndATeacherIsNotOfferedTheScreen() {
        let admin = TestApp()
        admin.signIn(as: "admin")
        XCTAssertFalse(admin.text.contains("проверенн"), admin.text)
        let teacher = TestApp()
        teacher.journal.backups = staleBackups(now: teacher.journal.now())
        teacher.signIn(as: "teacher")
        XCTAssertFalse(teacher.text.contains("проверенн"), "only the administrator is warned")
        teacher.press(.control("a"))
        XCTAssertFalse(teacher.text.contains("─ Резервные копии ─"), teacher.text)
    }
}
