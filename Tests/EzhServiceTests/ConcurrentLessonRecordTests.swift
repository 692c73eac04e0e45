import EzhCore
import EzhService
import EzhStore
import Foundation
import XCTest

/// Two terminals on one journal file saving the same lesson's topic and homework: a save from a
/// stale card is refused with who, when and which terminal, and nothing is written.
final class ConcurrentLessonRecordTests: XCTestCase {
    private var school: TestSchool!
    /// The second terminal: the same file opened again, as another process would.
    private var other: JournalService!
    private var here: Session!
    private var there: Session!

    override func setUpWithError() throws {
        school = try TestSchool()
        let store = try JournalStore(path: school.store.path)
        other = try JournalService(store: store, clock: school.clock, terminal: TerminalInfo(tty: "pts/2"))
        here = try school.signIn("teacher")
        there = try other.signIn(login: "teacher", password: "secret-teacher")
    }

    override func tearDown() {
        school.remove()
    }

    private func card() throws -> LessonCard {
        try school.service.lessonCard(here, lesson: TestSchool.todaysMath)
    }

    private func count(_ field: String) throws -> Int {
        try school.count("SELECT count(*) FROM change_history WHERE field = '\(field)'")
    }

    func testAStaleTopicIsRefusedNamingWhoWhenAndWhichTerminal() throws {
        // This terminal's homework is the lesson's last change before the other terminal's topic:
        // the refusal names the topic's change, not the lesson's last.
        try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 214", replacing: "")
        school.clock.advance(by: 60)
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        school.clock.advance(by: 60)

        // This terminal's card still shows no topic.
        XCTAssertThrowsError(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: "Деление дробей", replacing: "")) {
            XCTAssertEqual($0 as? JournalError, .cellChanged(CellChange(
                current: "Сложение дробей", who: "Петрова Ольга", at: "27.11.2026 12:01", terminal: "pts/2",
                field: CellChange.Field(TextLimit.topic)
            )))
            XCTAssertEqual((($0 as? JournalError)?.message(in: .ru)),
                           "Поле «Тема урока» уже изменили: Петрова Ольга, 27.11.2026 12:01, терминал pts/2; "
                               + "теперь в нём «Сложение дробей». Ничего не записано; проверьте поле и сохраните снова.")
            XCTAssertEqual((($0 as? JournalError)?.message(in: .en)),
                           "The field “Lesson topic” was changed meanwhile: Петрова Ольга, 27.11.2026 12:01, terminal pts/2; "
                               + "it now holds “Сложение дробей”. Nothing was written; check the field and save again.")
        }
        XCTAssertEqual(try card().lesson.topic, "Сложение дробей", "nothing was written")
        XCTAssertEqual(try count("topic"), 1)

        // Having seen it, the teacher may replace it.
        try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: "Деление дробей", replacing: "Сложение дробей")
        XCTAssertEqual(try card().lesson.topic, "Деление дробей")
        XCTAssertEqual(try count("topic"), 2)
    }

    func testAStaleHomeworkIsRefusedAndALongOneIsQuotedShort() throws {
        let long = "Учебник, § 12, № 214–220; выучить правило сложения дробей с разными знаменателями; принести линейку"
        try other.setHomework(there, lesson: TestSchool.todaysMath, homework: long, replacing: "")
        XCTAssertThrowsError(try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: "")) {
            guard case .cellChanged(let change) = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertEqual(change.current, long)
            XCTAssertEqual(change.terminal, "pts/2")
            XCTAssertEqual(change.field, CellChange.Field(TextLimit.homework))
            XCTAssertTrue(change.summary(in: .ru).hasSuffix(
                "теперь в нём «Учебник, § 12, № 214–220; выучить правило сложения дробей с…»"
            ), change.summary(in: .ru))
        }
        XCTAssertEqual(try card().homework, long)

        // Emptied by the other terminal: the refusal says the field is empty now.
        try other.setHomework(there, lesson: TestSchool.todaysMath, homework: "", replacing: long)
        XCTAssertThrowsError(try school.service.setHomework(here, lesson: TestSchool.todaysMath, homework: "№ 216", replacing: long)) {
            XCTAssertTrue((($0 as? JournalError)?.message(in: .ru) ?? "").contains("терминал pts/2; теперь оно пусто."), "\($0)")
        }
        XCTAssertEqual(try card().homework, "")
        XCTAssertEqual(try count("homework"), 2)
    }

    func testTheSameTextFromBothTerminalsIsNoConflictAndWritesOnce() throws {
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        XCTAssertNoThrow(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: " Сложение дробей ", replacing: ""))
        XCTAssertEqual(try count("topic"), 1)
    }

    func testTheTextLimitIsJudgedBeforeTheCardIsCompared() throws {
        try other.setTopic(there, lesson: TestSchool.todaysMath, topic: "Сложение дробей", replacing: "")
        let huge = String(repeating: "ж", count: 501)
        XCTAssertThrowsError(try school.service.setTopic(here, lesson: TestSchool.todaysMath, topic: huge, replacing: "")) {
            XCTAssertEqual($0 as? JournalError, .textTooLong(.topic, length: 501))
        }
    }
}
