import EzhCore
import EzhStore
@testable import EzhTUI
import XCTest

final class AccessLogScreenTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func openLog() -> TestApp {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.function(5))
        return t
    }

    func testTheListInSchoolTimeWithLateEntriesInWords() {
        let t = openLog()
        XCTAssertEqual(t.text, """
             Журнал доступа                                Кузнецов А.В. · 27.11.2026 11:00
             Фильтр: 23.11.2026–
              Время       Логин     Роль          Терминал Действие       Объект
            ▸ 27.11 10:58 teacher   учит.,кл.рук. pts/3    изменение      с опозданием: оце…
              27.11 10:52 teacher   учит.,кл.рук. pts/3    изменение      оценка: Алексеев…
              27.11 10:50 teacher   учит.,кл.рук. pts/3    открыта стран… 5А · Математика
              27.11 10:49 teacher   учит.,кл.рук. pts/3    вход           teacher
              27.11 09:30 parent    род.          pts/7 (… просмотр       дневник: Иванова…
              26.11 20:05 ?                       pts/1    неудачный вход ?













             № 6 · 27.11.2026 10:58:00 · оценка: Белова Д., 5А Математика, 18.11
            F2 Фильтр  F4 Поиск  F7 CSV  F8 Проверка  F9 Статистика  F1 Справка  Esc Назад
            """)
        XCTAssertEqual(t.journal.people.lastLogFilter?.limit, AccessLogScreen.listLimit)
    }

    func testTheDetailOfAChangeShowsItsValueBeforeAndAfter() {
        let t = openLog()
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("Запись № 5"), t.text)
        XCTAssertTrue(t.text.contains("Время:        27.11.2026 10:52:13"), t.text)
        XCTAssertTrue(t.text.contains("Класс:        5А"), t.text)
        XCTAssertTrue(t.text.contains("Было:         4"), t.text)
        XCTAssertTrue(t.text.contains("Стало:        5"), t.text)
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Запись № 5"))
    }

    func testTheFilterAndItsCSVExportWriteTheFilteredRowsOnly() throws {
        let t = openLog()
        t.press(.function(2))
        t.type("teacher")
        t.press(.tab, .tab, .character(" "))
        let changeIndex = AuditAction.allCases.firstIndex(of: .change)! + 1
        for _ in 0..<changeIndex { t.press(.down) }
        t.press(.enter, .enter)
        XCTAssertEqual(t.lines[1], " Фильтр: пользователь teacher · изменение · 23.11.2026–")
        XCTAssertEqual(t.lines.filter { $0.contains("27.11 10:") }.count, 2, t.text)

        t.press(.function(7))
        let defaultPath = "~/ezh-exports/access-log-2026-11-27.csv"
        XCTAssertTrue(t.text.contains("Файл: " + defaultPath), t.text)
        let path = folder.appendingPathComponent("log.csv").path
        t.saveTo(path, replacing: defaultPath)
        XCTAssertEqual(t.status, "Выгружено строк: 2 в \(path)")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), """
            №,Время,Пользователь,Роль,Терминал,Действие,Объект,Класс,Предмет,Период,Дата урока,С опозданием,Подробности\r
            6,27.11.2026 10:58:00,teacher,"teacher,class_teacher",pts/3,изменение,"оценка: Белова Д., 5А Математика, 18.11",5А,Математика,2 четверть,18.11.2026,с опозданием (разрешение № 3),\r
            5,27.11.2026 10:52:13,teacher,"teacher,class_teacher",pts/3,изменение,"оценка: Алексеев Б., 5А Математика, 27.11",5А,Математика,2 четверть,27.11.2026,,\r

            """)
        XCTAssertEqual(try permissions(of: path), 0o600)
        XCTAssertEqual(t.journal.people.lastLogFilter?.limit, AccessLogScreen.exportLimit,
                       "the export takes more than a screenful, but never the whole log into memory")
        XCTAssertEqual(t.journal.exports, ["журнал доступа, CSV: 2"], "the export itself goes to the access log")
    }

    func testADateOrClassThatCannotBeReadIsRefusedAndTheFormStays() {
        let t = openLog()
        t.press(.function(2), .tab, .tab, .tab)
        t.type("5Я")
        t.press(.enter)
        XCTAssertEqual(t.status, "! Класс: «5Я» не найден")
        t.erase(2)
        t.type("5А")
        t.press(.tab)
        t.erase(10)
        t.type("31.02.2026")
        t.press(.enter)
        XCTAssertEqual(t.status, "! С: «31.02.2026» — введите дату как ДД.ММ.ГГГГ, год 2000–2100")
        XCTAssertTrue(t.text.contains("┌─ Фильтр"))
        t.erase(10)
        t.type("27.11.2026")
        t.press(.enter)
        XCTAssertFalse(t.text.contains("┌─ Фильтр"))
        let filter = t.journal.people.lastLogFilter
        XCTAssertEqual(filter?.classID, ClassID(5))
        XCTAssertEqual(filter?.since, "2026-11-26T21:00:00.000Z", "the school day starts at midnight in Moscow")
    }

    func testChainCheckAndUsageStatistics() {
        let t = openLog()
        t.press(.function(8))
        XCTAssertEqual(t.status, "Журнал доступа цел: 6 записей, цепочка сходится.")
        t.journal.people.verification = .broken(seq: 4, reason: .changed)
        t.press(.function(8))
        XCTAssertEqual(t.wholeStatus, "! Журнал доступа нарушен на записи № 4: содержимое записи изменено после внесения.")
        t.press(.function(9))
        XCTAssertTrue(t.text.contains("с 23.11.2026: учитель 12, родитель 5"), t.text)
        XCTAssertTrue(t.text.contains("Родители: 10 из 40 (25%)"), t.text)
        XCTAssertTrue(t.text.contains("Ученики: 3 из 30 (10%)"), t.text)
    }

    func testTheAccessReportMarksLateEntriesAndFiltersByClass() throws {
        let t = TestApp()
        t.signIn(as: "deputy")
        XCTAssertTrue(t.screen.line(1).hasSuffix("F3 Отчёт о доступе  C-p Пароль"), t.screen.line(1))
        t.press(.function(3))
        t.app.finishWork()
        XCTAssertEqual(t.lines[2], "    Кл. Предмет      Период     Дата и время     Логин     Дата урока Действие")
        XCTAssertEqual(t.lines[3], "▸ ! 5А  Математика   2 четверть 27.11.2026 10:58 teacher   18.11.2026 изменение")
        XCTAssertEqual(t.lines[4], "    5А  Математика   2 четверть 27.11.2026 10:52 teacher   27.11.2026 изменение")
        XCTAssertTrue(t.screen[3, 2].style.bold, "a late row is bold as well as marked «!»")
        XCTAssertTrue(t.lines[1].hasSuffix("! — с опозданием"))
        t.press(.function(2))
        t.type("6Б")
        t.press(.enter)
        t.app.finishWork()
        XCTAssertEqual(t.lines[3], "▸   6Б  История      2 четверть 26.11.2026 12:10 sidorov   26.11.2026 изменение")
        XCTAssertFalse(t.text.contains("Математика"))

        t.press(.function(7))
        let path = folder.appendingPathComponent("report.csv").path
        t.saveTo(path, replacing: "~/ezh-exports/access-report-2026-11-27.csv")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), """
            Класс,Предмет,Период,Дата и время,Пользователь,Дата урока,Действие,Объект,С опозданием (разрешение)\r
            6Б,История,2 четверть,26.11.2026 12:10,sidorov,26.11.2026,изменение,"урок 6Б История, 26.11: тема",\r

            """)
    }

    func testBothListsOpenOnThisWeekAndAskForAScreenfulOnly() {
        let t = openLog()
        XCTAssertEqual(t.journal.people.lastLogFilter?.since, "2026-11-22T21:00:00.000Z", "Monday 23.11 at midnight in Moscow")
        XCTAssertEqual(t.journal.people.lastLogFilter?.limit, AccessLogScreen.listLimit)

        let deputy = TestApp()
        deputy.signIn(as: "deputy")
        deputy.press(.function(3))
        deputy.app.finishWork()
        XCTAssertEqual(deputy.journal.people.lastReportFilter?.since, "2026-11-22T21:00:00.000Z")
        XCTAssertEqual(deputy.journal.people.lastReportFilter?.limit, AccessReportScreen.rowLimit)
        XCTAssertTrue(deputy.lines[1].hasPrefix(" Фильтр: 23.11.2026–"), deputy.lines[1])
    }

    func testNoScreenOrStatusLineShowsAnInternalId() {
        let t = openLog()
        var seen = [t.text]
        for _ in 0..<6 {
            t.press(.enter)
            seen.append(t.text)
            t.press(.escape, .down)
            seen.append(t.text)
        }
        let deputy = TestApp()
        deputy.signIn(as: "deputy")
        deputy.press(.function(3))
        deputy.app.finishWork()
        for _ in 0..<3 {
            seen.append(deputy.text)
            deputy.press(.down)
        }
        for text in seen {
            for id in ["pupil=", "lesson=", "assignment=", "ученика 3"] { XCTAssertFalse(text.contains(id), "\(id) in\n\(text)") }
        }
        XCTAssertTrue(seen.contains { $0.contains("Объект:       оценка: Алексеев Б., 5А Математика, 27.11") }, "the detail names the pupil")
        XCTAssertTrue(seen.contains { $0.contains("Период:       2 четверть") }, "and the period")
        XCTAssertTrue(seen.contains { $0.contains(" дневник: Иванова М.") }, "a status line names the diary's pupil")
        XCTAssertTrue(seen.contains { $0.contains(" урок 6Б История, 26.11: тема") }, "the report's status line names the lesson")
    }
}
