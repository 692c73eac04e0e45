import EzhCore
import EzhService
import GRDB
import XCTest

/// The deputy's classes, subjects and curriculum on a real file: each change with its history.
final class SchoolYearEditingTests: XCTestCase {
    private var school: TestSchool!
    private var deputy: Session!

    override func setUpWithError() throws {
        school = try TestSchool()
        deputy = try school.signIn("deputy")
    }

    override func tearDown() {
        school.remove()
    }

    private func history(_ entity: String, _ field: String) throws -> Int {
        try school.count("SELECT count(*) FROM change_history WHERE entity = '\(entity)' AND field = '\(field)'")
    }

    func testAClassGetsItsTeacherRoomAndShiftWithHistory() throws {
        let classes = try school.service.schoolYearClasses(deputy)
        XCTAssertEqual(classes.map { "\($0.name) \($0.classTeacher?.withInitials ?? "-") \($0.shift)" }, ["1А Сидоров П.А. 1", "5А Петрова О.И. 1"])
        try school.service.updateClass(deputy, classID: ClassID(1), .classTeacher(StaffID(2)))
        try school.service.updateClass(deputy, classID: ClassID(1), .room(" 21 "))
        XCTAssertEqual(try school.count("SELECT count(*) FROM class WHERE id = 1 AND class_teacher_id = 2 AND room = '21'"), 1)
        XCTAssertEqual(try history("class", "class_teacher"), 1)
        XCTAssertEqual(try history("class", "room"), 1)
        XCTAssertThrowsError(try school.service.updateClass(try school.signIn("teacher"), classID: ClassID(1), .room("5")))
    }

    func testANewShiftGivesTheLessonsFromTodayItsBellTimes() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO bell_schedule (id, name, is_default) VALUES (1, 'Основное', 1);
                INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES
                    (1, 1, 1, '08:30', '09:15'), (1, 2, 1, '13:30', '14:15');
                INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number, room) VALUES (1, 1, 1, 1, '21');
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id)
                VALUES (30, 1, 1, 1, '2026-11-30', 1, '08:30', '09:15', '21', 1);
                """)
        }
        XCTAssertThrowsError(try school.service.updateClass(deputy, classID: ClassID(1), .shift(3))) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("нет звонка") ?? false, "\(error)")
        }
        try school.service.updateClass(deputy, classID: ClassID(1), .shift(2))
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 30 AND starts_at = '13:30'"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 1 AND starts_at = '10:30'"), 1, "today's lessons keep their times")
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity = 'lesson' AND field = 'times'"), 1)
    }

    func testSubjectsAreUniqueByNameWhateverTheCase() throws {
        let made = try school.service.saveSubject(deputy, id: nil, name: "Информатика", shortName: "Инф")
        XCTAssertThrowsError(try school.service.saveSubject(deputy, id: nil, name: "информатика", shortName: "Ин")) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("уже есть") ?? false)
        }
        try school.service.saveSubject(deputy, id: made, name: "Информатика и ИКТ", shortName: "ИКТ")
        XCTAssertEqual(try school.service.schoolSubjects(deputy).first { $0.id == made }?.shortName, "ИКТ")
        XCTAssertEqual(try history("subject", "short_name"), 1)
        XCTAssertThrowsError(try school.service.saveSubject(deputy, id: nil, name: "Черчение", shortName: ""))
    }

    func testTheCurriculumInHoursAWeekWithSubgroups() throws {
        try school.service.setCurriculum(deputy, classID: ClassID(1), subjectID: SubjectID(3), hoursPerWeek: 3, split: true)
        let line = try XCTUnwrap(school.service.curriculum(deputy, classID: ClassID(1)).first { $0.subjectID == SubjectID(3) })
        XCTAssertEqual(line.hoursPerWeek, 3)
        XCTAssertEqual(line.hoursPerYear, 102)
        XCTAssertTrue(line.split)
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup WHERE class_id = 1 AND subject_id = 3"), 2, "the groups existed already")
        XCTAssertThrowsError(try school.service.setCurriculum(deputy, classID: ClassID(1), subjectID: SubjectID(3), hoursPerWeek: 1.3, split: false))
        XCTAssertThrowsError(try school.service.setCurriculum(deputy, classID: ClassID(1), subjectID: SubjectID(1), hoursPerWeek: 0, split: false),
                             "5А has a mathematics journal")
        try school.service.setCurriculum(deputy, classID: ClassID(1), subjectID: SubjectID(3), hoursPerWeek: 0, split: false)
        XCTAssertNil(try school.service.curriculum(deputy, classID: ClassID(1)).first { $0.subjectID == SubjectID(3) })
        XCTAssertEqual(try history("curriculum", "hours_per_week"), 2)
    }

    func testAHolidayTakesItsLessonsAwayAndBackAndPastDaysStay() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO bell_schedule (id, name, is_default) VALUES (1, 'Основное', 1);
                INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES (1, 1, 3, '10:30', '11:15'), (1, 1, 4, '11:35', '12:20'),
                    (1, 1, 1, '08:30', '09:15'), (1, 1, 2, '09:25', '10:10');
                INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number, room) VALUES (1, 1, 5, 3, '21');
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id, topic)
                VALUES (40, 1, 1, 1, '2026-12-11', 3, '10:30', '11:15', '21', 1, 'Дроби'),
                       (41, 1, 1, 1, '2026-12-18', 3, '10:30', '11:15', '21', 1, '');
                """)
        }
        let span = { (first: Int, last: Int) in
            DateSpan(LocalDate(year: 2026, month: 12, day: first), LocalDate(year: 2026, month: 12, day: last))
        }
        XCTAssertThrowsError(try school.service.addHoliday(deputy, span: span(10, 12), name: "Карантин")) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("11.12.2026, 3 урок, 5А Математика") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try school.service.addHoliday(deputy, span: span(1, 1).with(first: LocalDate(year: 2026, month: 11, day: 20)), name: "Прошлое"))
        let added = try school.service.addHoliday(deputy, span: span(14, 19), name: "Карантин")
        XCTAssertEqual(added.removed, 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE date BETWEEN '2026-12-14' AND '2026-12-19'"), 0)
        let quarantine = try XCTUnwrap(school.service.holidays(deputy).first { $0.name == "Карантин" })
        let removed = try school.service.removeHoliday(deputy, id: quarantine.id)
        XCTAssertEqual(removed.added, 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE date = '2026-12-18' AND lesson_number = 3 AND class_id = 1"), 1)
        XCTAssertEqual(try history("day_off", "span"), 2)
        let autumn = try XCTUnwrap(school.service.holidays(deputy).first { $0.name == "Осенние каникулы" })
        XCTAssertThrowsError(try school.service.removeHoliday(deputy, id: autumn.id), "past holidays stay")
    }

    func testAPeriodsDatesChangeWithHistoryAndEachRefusalLeavesThemAsTheyWere() throws {
        let day = { (text: String) in LocalDate(iso: text)! }
        let span = { (first: String, last: String) in DateSpan(day(first), day(last)) }
        XCTAssertEqual(try school.service.yearPeriods(deputy).map { "\($0.name(in: .ru)) \($0.span.first.iso) \($0.isClosed)" },
                       ["1 четверть 2026-09-01 false", "2 четверть 2026-11-05 false"])
        try school.service.setPeriodSpan(deputy, id: PeriodID(2), span: span("2026-11-05", "2026-12-27"))
        XCTAssertEqual(try school.count("SELECT count(*) FROM period WHERE id = 2 AND ends_on = '2026-12-27'"), 1)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'period' AND entity_key = 'period=2' AND field = 'span'
                AND old_value = '2026-11-05–2026-12-28' AND new_value = '2026-11-05–2026-12-27'
            """), 1)

        func refused(_ span: DateSpan, _ id: PeriodID = PeriodID(2), saying text: String, line: UInt = #line) {
            XCTAssertThrowsError(try school.service.setPeriodSpan(deputy, id: id, span: span), line: line) { error in
                let message = (error as? JournalError)?.message(in: .ru) ?? ""
                XCTAssertTrue(message.contains(text), message, line: line)
            }
        }
        refused(span("2026-12-20", "2026-11-10"), saying: "первый день позже последнего")
        refused(span("2026-11-05", "2027-09-02"), saying: "02.09.2027 не входит в учебный год")
        refused(span("2026-10-20", "2026-12-27"), saying: "заходят на период «1 четверть» (01.09.2026–24.10.2026)")
        try school.service.closePeriod(try school.signIn("admin"), PeriodID(1))
        refused(span("2026-09-01", "2026-10-23"), PeriodID(1), saying: "период «1 четверть» закрыт")
        try school.store.pool.write { try $0.execute(sql: "UPDATE academic_year SET closed_at = '2027-06-30T00:00:00.000Z'") }
        refused(span("2026-11-05", "2026-12-26"), saying: "год закрыт")
        XCTAssertEqual(try school.count("SELECT count(*) FROM period WHERE (id = 1 AND ends_on = '2026-10-24') OR (id = 2 AND ends_on = '2026-12-27')"), 2)
        XCTAssertEqual(try history("period", "span"), 1)
    }

    func testABellChangeIsCheckedAndMovesTheLessonsFromTomorrow() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO bell_schedule (id, name, is_default) VALUES (1, 'Основное', 1);
                INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES
                    (1, 1, 1, '08:30', '09:15'), (1, 1, 2, '09:25', '10:10'), (1, 1, 3, '10:30', '11:15'), (1, 1, 4, '11:35', '12:20');
                INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number, room) VALUES (1, 1, 5, 3, '21'), (1, 1, 4, 2, '21');
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id, topic)
                VALUES (50, 1, 1, 1, '2026-12-04', 3, '10:30', '11:15', '21', 1, 'Дроби');
                """)
        }
        let times = { (a: Int, b: Int, c: Int, d: Int) in LessonTimes(TimeOfDay(hour: a, minute: b), TimeOfDay(hour: c, minute: d)) }
        XCTAssertThrowsError(try school.service.setBell(deputy, schedule: "Основное", shift: 1, number: 3, times: times(10, 0, 10, 45))) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("Звонки") ?? false, "overlaps lesson 2: \(error)")
        }
        try school.service.setBell(deputy, schedule: "Основное", shift: 1, number: 3, times: times(10, 40, 11, 25))
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 50 AND starts_at = '10:40' AND topic = 'Дроби'"), 1,
                       "a lesson with entries keeps them and gets the new times")
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 1 AND starts_at = '10:30'"), 1, "today's lessons keep theirs")
        XCTAssertEqual(try history("bell", "times"), 1)
        XCTAssertThrowsError(try school.service.setBell(deputy, schedule: "Основное", shift: 1, number: 3, times: nil),
                             "taking out lesson 3 would drop the lesson with entries")
        XCTAssertEqual(try school.service.bellSchedules(deputy).first { $0.number == 3 }?.times.startsAt.text, "10:40")
    }

    func testAPupilInNoGroupIsPlacedAndAMoveIsLeftToRuleSeven() throws {
        // 5А English: Иванова and Алексеев in group 1, Яковлева in group 2 (quarters 1 and 2).
        let roster = try school.service.subgroupRoster(deputy, classID: ClassID(1), subjectID: SubjectID(3))
        XCTAssertEqual(roster.period.id, TestSchool.quarter2)
        XCTAssertEqual(roster.members.map { "\($0.name.last) \($0.group ?? "-")" }, ["Алексеев 1 группа", "Иванова 1 группа", "Яковлева 2 группа"])
        XCTAssertThrowsError(try school.service.placeInSubgroup(deputy, classID: ClassID(1), subjectID: SubjectID(3), pupil: TestSchool.ivanova,
                                                                group: "2 группа")) { error in
            XCTAssertTrue((error as? JournalError)?.message(in: .ru).contains("по окончании периода") ?? false, "\(error)")
        }
        try school.store.pool.write { db in try db.execute(sql: "DELETE FROM subgroup_membership WHERE pupil_id = 3") }
        try school.service.placeInSubgroup(deputy, classID: ClassID(1), subjectID: SubjectID(3), pupil: TestSchool.yakovleva, group: "2 группа")
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup_membership WHERE pupil_id = 3 AND subgroup_id = 2 AND period_id = 2"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM subgroup_membership WHERE pupil_id = 3 AND period_id = 1"), 0, "past periods stay")
        XCTAssertEqual(try history("subgroup_membership", "subgroup"), 1)
    }
}

private extension DateSpan {
    func with(first: LocalDate) -> DateSpan { DateSpan(first, last) }
}
