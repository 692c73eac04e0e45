import EzhCore
import EzhService
import GRDB
import XCTest

/// Notices to parents on 5А's second quarter so far (Friday 27.11.2026, the week's round began
/// Monday 23.11), on a fixture computed by hand:
/// - Иванова: Математика 3 (class work, weight 1) and 2 (test, weight 2): plain 2.5, weighted
///   (3 + 2·2) / 3 = 2.33, below the pass line 2.5: a notice.
/// - Алексеев: Математика 2 (weight 1) and 4 (weight 2): weighted 3.33, no; but НП at four
///   Russian lessons, more than the threshold 3: a notice.
/// - Яковлева: НП at three lessons (not more than 3), and a 2 in the first quarter (another
///   period): no notice.
/// - Ёлкин: a 2 on 16.11, but he left the class on 20.11: no notice.
final class NoticeTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool(now: TestSchool.at(TestSchool.lessonDay, 15, 0))
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id) VALUES
                    (6, 2, 1, 2, '2026-11-23', 1, '08:30', '09:15', '14', 2), (7, 2, 1, 2, '2026-11-24', 1, '08:30', '09:15', '14', 2),
                    (8, 2, 1, 2, '2026-11-25', 1, '08:30', '09:15', '14', 2), (9, 2, 1, 2, '2026-11-26', 1, '08:30', '09:15', '14', 2),
                    (10, 1, 1, 1, '2026-11-16', 1, '08:30', '09:15', '21', 1);
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (20, 2, 1, 1), (21, 1, 2, 1), (22, 5, 1, 1), (23, 10, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES
                    (20, 1, '3', '2026-11-26T07:00:00.000Z', 1), (21, 1, '2', '2026-11-27T07:00:00.000Z', 1),
                    (20, 2, '2', '2026-11-26T07:00:00.000Z', 1), (21, 2, '4', '2026-11-27T07:00:00.000Z', 1),
                    (22, 3, '2', '2026-10-20T07:00:00.000Z', 1), (23, 4, '2', '2026-11-16T07:00:00.000Z', 1);
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by) VALUES
                    (6, 2, 'НП', '2026-11-27T07:00:00.000Z', 1), (7, 2, 'НП', '2026-11-27T07:00:00.000Z', 1),
                    (8, 2, 'НП', '2026-11-27T07:00:00.000Z', 1), (9, 2, 'НП', '2026-11-27T07:00:00.000Z', 1),
                    (6, 3, 'НП', '2026-11-27T07:00:00.000Z', 1), (7, 3, 'НП', '2026-11-27T07:00:00.000Z', 1),
                    (8, 3, 'НП', '2026-11-27T07:00:00.000Z', 1), (9, 3, 'Б', '2026-11-27T07:00:00.000Z', 1);
                """)
        }
    }

    override func tearDown() {
        school.remove()
    }

    private func waiting(_ notices: ClassNotices) -> [String] {
        notices.notices.filter { $0.state == .draft }.map { "\($0.pupilName.lastAndFirst): \($0.reasons)" }
    }

    func testTheRightPupilsArePreparedOnceARound() throws {
        let teacher = try school.signIn("teacher")
        let notices = try school.service.classNotices(teacher, classID: ClassID(1))
        XCTAssertEqual(waiting(notices), ["Алексеев Борис: НП: 4", "Иванова Анна: Математика 2.33"])
        XCTAssertEqual(notices.round, LocalDate(year: 2026, month: 11, day: 23), "a weekly round starts on Monday")
        let ivanova = try XCTUnwrap(notices.notices.first { $0.pupil == TestSchool.ivanova })
        XCTAssertTrue(ivanova.text.contains("Иванова Анна, 5А класс, на 27.11.2026 (2 четверть)"), ivanova.text)
        XCTAssertTrue(ivanova.text.contains("средний балл ниже 2.50 по предметам: Математика (2.33)"), ivanova.text)
        XCTAssertTrue(ivanova.text.hasSuffix("Классный руководитель Петрова О.И."), ivanova.text)

        // Opened again the same week: nothing prepared twice.
        school.clock.advance(by: 3600)
        XCTAssertEqual(try school.service.classNotices(teacher, classID: ClassID(1)).notices.count, 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM notice"), 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'notice' AND field = 'prepared'"), 2)

        // Next week's round replaces the drafts nobody sent with what holds then.
        school.clock.advance(by: 3 * 86400)
        let next = try school.service.classNotices(teacher, classID: ClassID(1))
        XCTAssertEqual(next.round, LocalDate(year: 2026, month: 11, day: 30))
        XCTAssertEqual(waiting(next), ["Алексеев Борис: НП: 4", "Иванова Анна: Математика 2.33"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM notice WHERE state = 'superseded'"), 2)
    }

    func testThePassLineAndThresholdAreTheSchoolsSettings() throws {
        let admin = try school.signIn("admin")
        try school.service.changeSchoolSetting(admin, key: NoticeSettings.Key.passLine, value: "3,5")
        try school.service.changeSchoolSetting(admin, key: NoticeSettings.Key.unexcusedThreshold, value: "2")
        XCTAssertEqual(try school.service.ruleSetting(admin, key: NoticeSettings.Key.passLine).value, "3.5")
        XCTAssertThrowsError(try school.service.changeSchoolSetting(admin, key: NoticeSettings.Key.schedule, value: "hourly")) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("daily") == true, "\(error)")
        }
        let notices = try school.service.classNotices(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(waiting(notices), ["Алексеев Борис: Математика 3.33; НП: 4", "Иванова Анна: Математика 2.33", "Яковлева Вера: НП: 3"])
    }

    func testNoNoticesWhenTheScheduleIsOff() throws {
        try school.service.changeSchoolSetting(try school.signIn("admin"), key: NoticeSettings.Key.schedule, value: "off")
        let notices = try school.service.classNotices(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(notices.notices, [])
        XCTAssertNil(notices.round)
    }

    func testNothingIsSentWithoutTheClassTeachersConfirmation() throws {
        let teacher = try school.signIn("teacher")
        let notices = try school.service.classNotices(teacher, classID: ClassID(1))
        XCTAssertEqual(try school.count("SELECT count(*) FROM notice WHERE state = 'sent'"), 0, "preparing sends nothing")
        let deputy = try school.signIn("deputy")
        let week = DateSpan(LocalDate(year: 2026, month: 11, day: 23), LocalDate(year: 2026, month: 11, day: 29))
        XCTAssertEqual(try school.service.noticesSent(deputy, in: week), [])

        let ivanova = try XCTUnwrap(notices.notices.first { $0.pupil == TestSchool.ivanova })
        // A subject teacher may neither send nor edit the class's notices.
        XCTAssertThrowsError(try school.service.sendNotice(try school.signIn("other"), notice: ivanova.id, text: ivanova.text))
        XCTAssertThrowsError(try school.service.classNotices(try school.signIn("other"), classID: ClassID(1)))
        XCTAssertThrowsError(try school.service.sendNotice(teacher, notice: ivanova.id, text: "  ")) { error in
            XCTAssertEqual((error as? JournalError)?.message(in: .ru), "Текст уведомления: пустой; напишите, что сообщить родителям")
        }

        let edited = ivanova.text + "\nПриглашаем на консультацию в среду."
        try school.service.sendNotice(teacher, notice: ivanova.id, text: edited)
        let after = try school.service.classNotices(teacher, classID: ClassID(1))
        let sent = try XCTUnwrap(after.notices.first { $0.id == ivanova.id })
        XCTAssertEqual(sent.state, .sent)
        XCTAssertEqual(sent.text, edited, "what is sent is the text the class teacher confirmed")
        XCTAssertEqual(sent.sentBy?.withInitials, "Петрова О.И.")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'notice' AND field = 'text'"), 1)
        XCTAssertThrowsError(try school.service.sendNotice(teacher, notice: ivanova.id, text: edited), "sent once only")

        // The parent finds it in the thread with the class teacher, as a notice, word for word.
        let parent = try school.signIn("parent")
        let threads = try school.service.messageThreads(parent)
        XCTAssertEqual(threads.map(\.subject), ["Уведомление об успеваемости и посещаемости"])
        XCTAssertEqual(threads.first?.unreadCount, 1)
        let thread = try school.service.openMessageThread(parent, try XCTUnwrap(threads.first).id)
        XCTAssertEqual(thread.messages.map(\.kind), [.notice])
        XCTAssertEqual(thread.messages.first?.body, edited)

        // Алексеев's mother has no account: the notice cannot reach her, and the teacher is told what to do.
        let alexeev = try XCTUnwrap(after.notices.first { $0.pupil == TestSchool.alexeev })
        XCTAssertThrowsError(try school.service.sendNotice(teacher, notice: alexeev.id, text: alexeev.text)) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("у родителей нет учётной записи") == true, "\(error)")
        }
        XCTAssertThrowsError(try school.service.dismissNotice(teacher, notice: alexeev.id, reason: ""))
        try school.service.dismissNotice(teacher, notice: alexeev.id, reason: "мама была на собрании")
        XCTAssertEqual(try school.service.classNotices(teacher, classID: ClassID(1)).waiting, 0)

        XCTAssertEqual(try school.service.noticesSent(deputy, in: week).map { "\($0.className) \($0.teacher?.withInitials ?? "") \($0.sent)" },
                       ["5А Петрова О.И. 1"])
        XCTAssertEqual(try school.service.noticesSent(deputy, in: DateSpan(week.first.adding(days: 7), week.last.adding(days: 7))), [])
        XCTAssertThrowsError(try school.service.noticesSent(teacher, in: week), "the counts are the administration's")
    }

    /// A pupil who joined 5А in the middle of the quarter is judged on all his marks of the
    /// quarter, those from his former class too, and the same way on the class teacher's screen
    /// and in the deputy's report (the class's marks are read at once, not pupil by pupil).
    func testAPupilWhoJoinedMidQuarterBringsHisMarksAlong() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                UPDATE class_membership SET to_date = '2026-11-19' WHERE pupil_id = 5 AND class_id = 2;
                INSERT INTO class_membership (pupil_id, class_id, from_date, to_date) VALUES (5, 1, '2026-11-20', NULL);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id)
                    VALUES (11, 3, 2, 1, '2026-11-16', 1, '08:30', '09:15', '3', 2);
                INSERT INTO assignment (id, lesson_id, work_type_id, position) VALUES (24, 11, 1, 1);
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (24, 5, '2', '2026-11-16T07:00:00.000Z', 2);
                """)
        }
        let notices = try school.service.classNotices(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(waiting(notices), ["Алексеев Борис: НП: 4", "Иванова Анна: Математика 2.33", "Орлов Денис: Математика 2.00"])
        let report = try school.service.journalControlReport(try school.signIn("deputy"), year: 2026, month: 11)
        let petrova = try XCTUnwrap(report.allRows.first { $0.first?.text == "Петрова О.И." }).suffix(3).map(\.text)
        let sidorov = try XCTUnwrap(report.allRows.first { $0.first?.text == "Сидоров П.А." }).suffix(3).map(\.text)
        XCTAssertEqual(petrova.prefix(2), ["5А", "3"])
        XCTAssertEqual(sidorov, ["1А", "0", "0"], "he is no longer in 1А")
    }


    /// The deputy's «контроль ведения журнала» shows each class teacher's notices for the month:
    /// pupils due one and notices sent; due with none sent is marked and named under the table.
    func testTheJournalControlReportShowsTheNoticesPerClassTeacher() throws {
        let deputy = try school.signIn("deputy")
        func notices(_ document: ReportDocument, _ first: String) throws -> [String] {
            try XCTUnwrap(document.allRows.first { $0.first?.text == first }, "\(first) missing").suffix(3).map(\.text)
        }
        let before = try school.service.journalControlReport(deputy, year: 2026, month: 11)
        XCTAssertEqual(before.headerRows[0].suffix(3).map(\.text), ["кл. рук. класса", "уведом. нужно", "уведом. отпр."])
        XCTAssertEqual(try notices(before, "Петрова О.И."), ["5А", "2", "0 (!)"], "Иванова and Алексеев are due, nothing sent")
        XCTAssertEqual(try notices(before, "Сидоров П.А."), ["1А", "0", "0"])
        XCTAssertEqual(try notices(before, "По школе"), ["", "2", "0"])
        XCTAssertTrue(before.notes.contains("Уведомления нужны, но не отправлены: 5А (Петрова О.И.)."), "\(before.notes)")

        let teacher = try school.signIn("teacher")
        let ivanova = try XCTUnwrap(try school.service.classNotices(teacher, classID: ClassID(1)).notices.first { $0.pupil == TestSchool.ivanova })
        try school.service.sendNotice(teacher, notice: ivanova.id, text: ivanova.text)
        let after = try school.service.journalControlReport(deputy, year: 2026, month: 11)
        XCTAssertEqual(try notices(after, "Петрова О.И."), ["5А", "2", "1"])
        XCTAssertEqual(try notices(after, "По школе"), ["", "2", "1"])
        XCTAssertFalse(after.notes.contains { $0.hasPrefix("Уведомления нужны, но не отправлены") }, "\(after.notes)")
        let october = try school.service.journalControlReport(deputy, year: 2026, month: 10)
        XCTAssertEqual(try notices(october, "Петрова О.И.").last?.hasPrefix("0"), true, "sent in November, not in October")

        try school.service.changeSchoolSetting(try school.signIn("admin"), key: NoticeSettings.Key.schedule, value: "off")
        let off = try school.service.journalControlReport(deputy, year: 2026, month: 10)
        XCTAssertEqual(try notices(off, "Петрова О.И."), ["5А", "0", "0"], "with notices switched off nobody is due")
    }
}
