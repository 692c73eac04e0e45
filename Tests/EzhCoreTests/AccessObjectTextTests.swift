@testable import EzhCore
import Foundation
import XCTest

/// What people read of an access-log entry: names, days and periods, never «pupil=268».
final class AccessObjectTextTests: XCTestCase {
    private let quarter = Period(
        id: PeriodID(2), scheme: .quarters, number: 2,
        span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 28))
    )

    private var names: AccessLogNames {
        var names = AccessLogNames()
        names.pupils = [268: "Иванов И."]
        names.logins = [7: "petrova"]
        names.classes = [ClassID(3): "5А"]
        names.subjects = [SubjectID(4): "Математика"]
        names.periods = [quarter.id: quarter]
        names.classPeriods = [ClassID(3): [quarter.id]]
        let place = JournalPlace(classID: ClassID(3), subjectID: SubjectID(4), date: LocalDate(year: 2026, month: 11, day: 27))
        names.assignments = [8464: place]
        names.lessons = [8305: place]
        names.teachings = [12: JournalPlace(classID: ClassID(3), subjectID: SubjectID(4), date: nil)]
        return names
    }

    private func shown(_ object: String, classID: ClassID? = nil, subjectID: SubjectID? = nil, lessonDate: String? = nil,
                       language: Language = .ru) -> AccessLogEntry {
        let row = AccessLogRow(seq: 1, at: "2026-11-27T09:00:00.000Z", accountID: nil, login: "t", role: "teacher",
                               terminal: "pts/1", action: "change", object: object, classID: classID, subjectID: subjectID,
                               lessonDate: lessonDate)
        return AccessObjectText.entry(row, names: names, language: language)
    }

    func testChangesOfTheJournalNameThePupilThePageAndTheDay() {
        let mark = shown("mark assignment=8464;pupil=268 value")
        XCTAssertEqual(mark.object, "оценка: Иванов И., 5А Математика, 27.11")
        XCTAssertEqual(mark.className, "5А")
        XCTAssertEqual(mark.subject, "Математика")
        XCTAssertEqual(mark.period, "2 четверть")
        XCTAssertEqual(shown("attendance lesson=8305;pupil=268 code").object, "посещаемость: Иванов И., 5А Математика, 27.11")
        XCTAssertEqual(shown("attendance lesson=8305;pupil=268 code (ошибка ввода)").object,
                       "посещаемость: Иванов И., 5А Математика, 27.11 (ошибка ввода)")
        XCTAssertEqual(shown("lesson lesson=8305 topic").object, "урок 5А Математика, 27.11: тема")
        XCTAssertEqual(shown("lesson_plan teaching=12 items").object, "КТП: 5А Математика")
        XCTAssertEqual(shown("period_final pupil=268;subject=4;period=2 value").object, "итоговая отметка: Иванов И., Математика, 2 четверть")
        XCTAssertEqual(shown("subgroup_membership pupil=268;period=2 subgroup").object, "подгруппа: Иванов И., 2 четверть")
        XCTAssertEqual(shown("period period=2 closed").object, "период закрыт: 2 четверть")
        XCTAssertEqual(shown("class_membership membership=40;pupil=268 to_date", classID: ClassID(3)).object,
                       "движение: Иванов И., 5А: последний день в классе")
        XCTAssertEqual(shown("class_membership membership=40;pupil=268 departure_order", classID: ClassID(3), language: .en).object,
                       "movement: Иванов И., 5А: order")
    }

    func testAccountsPermissionsSettingsReadsAndWords() {
        XCTAssertEqual(shown("account account=7 password").object, "учётная запись petrova: пароль")
        XCTAssertEqual(shown("late_permission permission=3 granted").object, "разрешение № 3: выдано")
        XCTAssertEqual(shown("setting mark_window_days value").object, "настройка: mark_window_days")
        XCTAssertEqual(shown("история mark assignment=8464;pupil=268", classID: ClassID(3), subjectID: SubjectID(4)).object,
                       "история (оценка): Иванов И., 5А Математика, 27.11")
        XCTAssertEqual(shown("дневник ученика 268").object, "дневник: Иванов И.")
        XCTAssertEqual(shown("5А · Математика · отметки").object, "5А · Математика · отметки")
        XCTAssertEqual(shown("журнал доступа").object, "журнал доступа")
    }

    func testTheEntrysOwnClassAndDayNameThePlaceWhenTheKeyDoesNot() {
        let read = shown("ученики и родители", classID: ClassID(3), lessonDate: "2026-11-20")
        XCTAssertEqual(read.className, "5А")
        XCTAssertEqual(read.period, "2 четверть")
        XCTAssertNil(read.subject)
    }

    func testUnknownIdsStillReadAsWordsInEnglishToo() {
        XCTAssertEqual(shown("mark assignment=1;pupil=999 value", language: .en).object, "mark: pupil #999")
        XCTAssertEqual(shown("mark assignment=8464;pupil=268 value", language: .en).object, "mark: Иванов И., 5А Математика, 27.11")
    }

    func testStoredInstantsReadInTheSchoolsZoneAsFoundationReadsThem() throws {
        for identifier in ["Europe/Moscow", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"] {
            let zone = try XCTUnwrap(SchoolTimeZone(identifier: identifier))
            var text = StoredInstantText(zone: zone)
            var instant = Date(timeIntervalSince1970: 1_774_000_000)
            for _ in 0..<3000 {
                let stored = InstantFormat.string(instant)
                let second = Calendar(identifier: .gregorian).dateComponents(in: zone.timeZone, from: instant).second ?? 0
                XCTAssertEqual(text.dateTime(stored), zone.russianDateTime(instant), "\(identifier) \(stored)")
                XCTAssertEqual(text.dateTimeWithSeconds(stored), zone.russianDateTime(instant) + String(format: ":%02d", second))
                instant += 11_111.7
            }
        }
        var moscow = StoredInstantText(zone: SchoolTimeZone(identifier: "Europe/Moscow")!)
        XCTAssertEqual(moscow.dateTime("2026-11-27T08:15:03.000Z"), "27.11.2026 11:15")
        XCTAssertEqual(moscow.dateTime("вчера"), "вчера", "text that is not an instant is shown as stored")
    }

    func testMessagesNameTheClassAndTheThreadNeverTheText() {
        XCTAssertEqual(shown("message thread=3;message=7 version", classID: ClassID(3)).object, "сообщение: 5А, переписка № 3")
        XCTAssertEqual(shown("message_thread thread=3 members", classID: ClassID(3)).object, "новая переписка: 5А, переписка № 3")
        XCTAssertEqual(shown("message thread=9;message=12 version").object, "сообщение: переписка № 9", "a staff thread has no class")
        XCTAssertEqual(shown("message thread=3;message=7 notice", classID: ClassID(3), language: .en).object, "message: 5А, thread #3")
    }
}
