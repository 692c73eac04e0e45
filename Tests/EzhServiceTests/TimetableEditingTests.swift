import EzhCore
import EzhService
import GRDB
import XCTest

/// The deputy's timetable editor on a real file: clashes refused naming the other side, a change
/// from a date ending the old version and starting the new one, the lessons made again, refusal
/// when a lesson with entries would go, and one-off changes.
final class TimetableEditingTests: XCTestCase {
    private var school: TestSchool!
    private var deputy: Session!

    /// Monday after the fixture's Friday 27.11.2026.
    private let monday = LocalDate(year: 2026, month: 11, day: 30)
    private let math = SubjectID(1), russian = SubjectID(2), english = SubjectID(3)
    private let petrova = StaffID(1), sidorov = StaffID(2)
    private let fifthA = ClassID(1)

    override func setUpWithError() throws {
        school = try TestSchool()
        // Bells; 5А: Mon 1 Математика (Петрова, 21), Mon 2 Русский (Сидоров, 14), Fri 3 Математика;
        // 1А: Mon 3 Математика (Сидоров, 3). 5А Fri 04.12 lesson 3 has a topic: it has entries.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO bell_schedule (id, name, is_default) VALUES (1, 'Основное', 1);
                INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES
                    (1, 1, 1, '08:30', '09:15'), (1, 1, 2, '09:25', '10:10'), (1, 1, 3, '10:30', '11:15'),
                    (1, 1, 4, '11:35', '12:20'), (1, 1, 5, '12:30', '13:15');
                INSERT INTO timetable_slot (id, year_id, teaching_id, weekday, lesson_number, room) VALUES
                    (1, 1, 1, 1, 1, '21'), (2, 1, 2, 1, 2, '14'), (3, 1, 3, 1, 3, '3'), (4, 1, 1, 5, 3, '21');
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room,
                                    scheduled_teacher_id, topic) VALUES
                    (10, 1, 1, 1, '2026-12-04', 3, '10:30', '11:15', '21', 1, 'Дроби'),
                    (11, 1, 1, 1, '2026-12-11', 3, '10:30', '11:15', '21', 1, '');
                """)
        }
        deputy = try school.signIn("deputy")
    }

    override func tearDown() {
        school.remove()
    }

    private func put(
        _ subject: SubjectID, _ teacher: StaffID, room: String, subgroup: String? = nil, weekday: Int = 1, number: Int = 3,
        replacing: TimetableKey? = nil, from day: LocalDate? = nil
    ) throws -> TimetableChangeOutcome {
        try school.service.editTimetable(
            deputy, classID: fifthA, weekday: weekday, number: number,
            .put(TimetableLessonChoice(subjectID: subject, subgroup: subgroup, teacherID: teacher, room: room), replacing: replacing),
            from: day ?? monday)
    }

    private func refusal(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no refusal"
        } catch let error as JournalError {
            return error.message(in: .ru)
        } catch {
            return "\(error)"
        }
    }

    private func slotCount() throws -> Int { try school.count("SELECT count(*) FROM timetable_slot") }

    func testTheWeekOfAClassTeacherAndRoom() throws {
        let week = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: monday)
        XCTAssertEqual(week.title, "5А")
        XCTAssertEqual(week.lines.map { "\($0.weekday) \($0.number) \($0.subjectShort) \($0.teacher.withInitials) \($0.room)" },
                       ["1 1 Мат Петрова О.И. 21", "1 2 Рус Сидоров П.А. 14", "5 3 Мат Петрова О.И. 21"])
        XCTAssertEqual(week.numbers, 1...5)
        let teacherWeek = try school.service.timetableWeek(deputy, .ofTeacher(sidorov), on: monday)
        XCTAssertEqual(teacherWeek.lines.map { "\($0.className) \($0.subjectShort)" }, ["1А Мат", "5А Рус"])
        XCTAssertEqual(try school.service.timetableWeek(deputy, .ofRoom("3"), on: monday).lines.map(\.className.description), ["1А"])
        XCTAssertThrowsError(try school.service.timetableWeek(try school.signIn("teacher"), .ofClass(fifthA), on: monday),
                             "only the deputy and the administrator open the editor")
    }

    func testATeacherBusyElsewhereIsRefusedNamingTheOtherLesson() throws {
        let message = refusal { try self.put(self.russian, self.sidorov, room: "14") }
        XCTAssertTrue(message.contains("пн, 3 урок: Сидоров П.А. в это время ведёт 1А Математика, каб. 3"), message)
        XCTAssertEqual(try slotCount(), 4, "nothing written")
    }

    func testARoomTakenIsRefusedNamingWhoHasIt() throws {
        let message = refusal { try self.put(self.math, self.petrova, room: " 3 ") }
        XCTAssertTrue(message.contains("кабинет 3 в это время занят: 1А Математика (Сидоров П.А.)"), message)
    }

    func testAClassWithALessonThenIsRefused() throws {
        let message = refusal { try self.put(self.english, self.petrova, room: "5", subgroup: "1 группа", number: 1) }
        XCTAssertTrue(message.contains("у 5А в это время уже 5А Математика (Петрова О.И., каб. 21)"), message)
        // Two subgroups side by side are no clash.
        try school.store.pool.write { db in
            try db.execute(sql: "INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES (6, 'Лебедева', 'Анна', 'Юрьевна', 'учитель')")
        }
        _ = try put(english, petrova, room: "31", subgroup: "1 группа", number: 4)
        _ = try put(english, StaffID(6), room: "32", subgroup: "2 группа", number: 4)
        let cell = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: monday).lines(weekday: 1, number: 4)
        XCTAssertEqual(cell.map { "\($0.subgroup ?? "") \($0.teacher.withInitials)" }, ["1 группа Петрова О.И.", "2 группа Лебедева А.Ю."])
    }

    func testAChangeFromADateEndsTheOldLineAndStartsTheNew() throws {
        XCTAssertTrue(refusal { try self.put(self.math, self.petrova, room: "21", from: LocalDate(year: 2026, month: 11, day: 26)) }
            .contains("раньше сегодняшнего дня"))
        let historyBefore = try school.count("SELECT count(*) FROM change_history")
        let outcome = try put(russian, sidorov, room: "14", number: 1, replacing: TimetableKey(classID: fifthA, subjectID: math))
        XCTAssertTrue(outcome.changed)
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot WHERE id = 1 AND valid_to = '2026-11-29'"), 1,
                       "the old line ends the day before")
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot WHERE valid_from = '2026-11-30' AND valid_to IS NULL"), 1,
                       "the new one starts on the day")
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot WHERE id IN (2, 3, 4) AND valid_to IS NULL AND valid_from IS NULL"), 3,
                       "other places untouched")
        let before = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: LocalDate(year: 2026, month: 11, day: 27))
        XCTAssertEqual(before.lines(weekday: 1, number: 1).map(\.subjectShort), ["Мат"], "the week before still shows the old line")
        let after = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: monday)
        XCTAssertEqual(after.lines(weekday: 1, number: 1).map(\.subjectShort), ["Рус"])
        // The lessons are made from the day: Monday 30.11 and every later Monday.
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-11-30' AND lesson_number = 1 AND subject_id = 2 AND starts_at = '08:30'
            """), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2027-05-24' AND lesson_number = 1 AND subject_id = 2"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date >= '2026-11-30' AND lesson_number = 1 AND subject_id = 1"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 10 AND topic = 'Дроби'"), 1, "other lessons stay")
        XCTAssertGreaterThan(try school.count("SELECT count(*) FROM change_history"), historyBefore)
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history h WHERE h.entity IN ('timetable_slot', 'lesson')
            AND NOT EXISTS (SELECT 1 FROM access_log a WHERE a.history_id = h.id)
            """), 0, "every history row has its access-log entry")
        // The same change again changes nothing.
        XCTAssertFalse(try put(russian, sidorov, room: "14", number: 1, replacing: TimetableKey(classID: fifthA, subjectID: russian)).changed)
    }

    func testAChangeTheSameDayAgainReplacesIt() throws {
        _ = try put(math, petrova, room: "21")
        _ = try school.service.editTimetable(deputy, classID: fifthA, weekday: 1, number: 3,
                                            .remove(TimetableKey(classID: fifthA, subjectID: math)), from: monday)
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot WHERE valid_from = '2026-11-30'"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date >= '2026-11-30' AND lesson_number = 3 AND strftime('%w', date) = '1'"), 0,
                       "the Monday lessons made for it are gone again")
    }

    func testAChangeFromADateReplacesThePlacesLaterLinesAndNoOtherPlace() throws {
        let december7 = LocalDate(year: 2026, month: 12, day: 7)
        _ = try put(math, petrova, room: "21", from: december7)
        _ = try put(russian, sidorov, room: "14", number: 4)
        XCTAssertEqual(try school.service.timetableWeek(deputy, .ofClass(fifthA), on: december7).lines(weekday: 1, number: 3).map(\.subjectShort),
                       ["Мат"], "a change at another place leaves the later line alone")
        _ = try put(english, petrova, room: "31", subgroup: "1 группа")
        let later = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: december7)
        XCTAssertEqual(later.lines(weekday: 1, number: 3).map { "\($0.subjectShort) \($0.subgroup ?? "")" }, ["Англ 1 группа"])
        XCTAssertEqual(later.lines(weekday: 1, number: 4).map(\.subjectShort), ["Рус"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-12-07' AND lesson_number = 3 AND subject_id = 3"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-12-07' AND lesson_number = 3 AND subject_id = 1"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-11-30' AND lesson_number = 4"), 1)
    }

    func testANewTeacherForASubjectTeachesAllItsLessonsFromTheDay() throws {
        _ = try put(math, sidorov, room: "21", weekday: 1, number: 1, replacing: TimetableKey(classID: fifthA, subjectID: math))
        let week = try school.service.timetableWeek(deputy, .ofClass(fifthA), on: monday)
        XCTAssertEqual(week.lines.filter { $0.subjectID == math }.map(\.teacher.last), ["Сидоров", "Сидоров"])
        XCTAssertEqual(try school.count("SELECT scheduled_teacher_id FROM lesson WHERE id = 11"), 2, "the Friday lesson follows")
        XCTAssertEqual(try school.count("SELECT scheduled_teacher_id FROM lesson WHERE id = 2"), 1, "past lessons keep theirs")
    }

    func testDroppingALessonWithEntriesIsRefusedListingIt() throws {
        let message = refusal {
            try self.school.service.editTimetable(self.deputy, classID: self.fifthA, weekday: 5, number: 3,
                                                  .remove(TimetableKey(classID: self.fifthA, subjectID: self.math)), from: self.monday)
        }
        XCTAssertTrue(message.contains("04.12.2026, 3 урок, 5А Математика"), message)
        XCTAssertFalse(message.contains("11.12.2026"), "an empty lesson would simply go")
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot WHERE valid_to IS NOT NULL OR valid_from IS NOT NULL"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 11"), 1, "nothing written")
        // From the week after, the change goes through and the empty lesson goes.
        let outcome = try school.service.editTimetable(deputy, classID: fifthA, weekday: 5, number: 3,
                                            .remove(TimetableKey(classID: fifthA, subjectID: math)), from: LocalDate(year: 2026, month: 12, day: 7))
        XCTAssertEqual(outcome.lessons.removed, 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE date IN ('2026-12-04', '2026-12-11') AND lesson_number = 3"), 1,
                       "the lesson with entries before the day stays, the empty one after it goes")
    }

    func testCancellingALessonWithEntriesIsRefusedAndAnEmptyOneStaysCancelled() throws {
        XCTAssertTrue(refusal { try self.school.service.cancelLesson(self.deputy, lesson: LessonID(10)) }.contains("уже есть записи"))
        try school.service.cancelLesson(deputy, lesson: LessonID(11))
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 11"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson_cancellation WHERE date = '2026-12-11' AND lesson_number = 3"), 1)
        // Lessons made again after a timetable change leave the cancelled place empty.
        _ = try put(math, petrova, room: "21")
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-12-11' AND lesson_number = 3"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-12-18' AND lesson_number = 3"), 1)
        XCTAssertTrue(refusal { try self.school.service.cancelLesson(self.deputy, lesson: LessonID(2)) }.contains("прошедшие"))
    }

    func testMovingAndAddingLessonsRefuseClashesAndStayOneOffs() throws {
        // 1А has Сидоров's Математика on Monday 30.11, lesson 3: make it a lesson first.
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id)
                VALUES (20, 3, 2, 1, '2026-11-30', 3, '10:30', '11:15', '3', 2)
                """)
        }
        let busy = refusal {
            try self.school.service.addLesson(self.deputy, classID: self.fifthA,
                                              TimetableLessonChoice(subjectID: self.russian, subgroup: nil, teacherID: self.sidorov, room: "14"),
                                              on: self.monday, number: 3)
        }
        XCTAssertTrue(busy.contains("30.11.2026, 3 урок: Сидоров П.А. в это время ведёт 1А Математика, каб. 3"), busy)
        let added = try school.service.addLesson(
            deputy, classID: fifthA, TimetableLessonChoice(subjectID: russian, subgroup: nil, teacherID: sidorov, room: "14"),
            on: monday, number: 4)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = \(added.rawValue) AND origin = 'added' AND starts_at = '11:35'"), 1)
        XCTAssertTrue(refusal { try self.school.service.moveLesson(self.deputy, lesson: LessonID(11), to: self.monday, number: 3) }
            .contains("кабинет") == false, "the room is free; the refusal, if any, is not about it")
        XCTAssertTrue(refusal { try self.school.service.moveLesson(self.deputy, lesson: LessonID(11), to: LocalDate(year: 2026, month: 12, day: 5), number: 1) }
            .contains("не учебный день"))
        try school.service.moveLesson(deputy, lesson: LessonID(11), to: LocalDate(year: 2026, month: 12, day: 10), number: 5)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id = 11 AND date = '2026-12-10' AND lesson_number = 5 AND origin = 'moved'"), 1)
        // A timetable change afterwards keeps both one-offs and does not make the moved lesson again.
        _ = try put(math, petrova, room: "21")
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE id IN (\(added.rawValue), 11)"), 2)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson WHERE class_id = 1 AND date = '2026-12-11' AND lesson_number = 3"), 0)
    }

    func testRefusalsReadInEnglish() throws {
        let service = school.service
        let refusals: [(String, [String], () throws -> Void)] = [
            ("a teacher clash", ["Сидоров П.А.", "1А Математика"], { _ = try self.put(self.russian, self.sidorov, room: "14") }),
            ("a room clash", ["1А Математика", "Сидоров П.А."], { _ = try self.put(self.math, self.petrova, room: "3") }),
            ("a class clash", ["5А Математика", "5А", "Петрова О.И.", "1 группа"],
             { _ = try self.put(self.english, self.petrova, room: "5", subgroup: "1 группа", number: 1) }),
            ("a change before today", [], { _ = try self.put(self.math, self.petrova, room: "21", from: LocalDate(year: 2026, month: 11, day: 2)) }),
            ("a change outside the year", [], { _ = try self.put(self.math, self.petrova, room: "21", from: LocalDate(year: 2027, month: 9, day: 6)) }),
            ("no such subgroup", ["3 группа"], { _ = try self.put(self.english, self.petrova, room: "5", subgroup: "3 группа") }),
            ("a lesson with entries dropped", ["5А Математика"], {
                _ = try service.editTimetable(self.deputy, classID: self.fifthA, weekday: 5, number: 3,
                                              .remove(TimetableKey(classID: self.fifthA, subjectID: self.math)), from: self.monday)
            }),
            ("a cancelled lesson with entries", [], { try service.cancelLesson(self.deputy, lesson: LessonID(10)) }),
            ("a past lesson changed", [], { try service.cancelLesson(self.deputy, lesson: LessonID(2)) }),
            ("a move to a day off", [], { try service.moveLesson(self.deputy, lesson: LessonID(11), to: LocalDate(year: 2026, month: 12, day: 5), number: 1) }),
            ("a move to a lesson with no bell", [], { try service.moveLesson(self.deputy, lesson: LessonID(11), to: self.monday, number: 9) }),
            ("hours that are not a half", [], {
                try service.setCurriculum(self.deputy, classID: self.fifthA, subjectID: self.math, hoursPerWeek: 1.3, split: false)
            }),
            ("a subject taken out while taught", [], {
                try service.setCurriculum(self.deputy, classID: self.fifthA, subjectID: self.math, hoursPerWeek: 0, split: false)
            }),
            ("a duplicate subject", ["Математика"], { _ = try service.saveSubject(self.deputy, id: nil, name: "математика", shortName: "М") }),
            ("a holiday in the past", [], {
                _ = try service.addHoliday(self.deputy, span: DateSpan(LocalDate(year: 2026, month: 11, day: 2), LocalDate(year: 2026, month: 11, day: 3)), name: "Прошлое")
            }),
            ("overlapping bells", ["Основное"], {
                _ = try service.setBell(self.deputy, schedule: "Основное", shift: 1, number: 2,
                                    times: LessonTimes(TimeOfDay(hour: 9, minute: 0), TimeOfDay(hour: 9, minute: 45)))
            }),
            ("a move between groups", ["1 группа"], {
                try service.placeInSubgroup(self.deputy, classID: self.fifthA, subjectID: self.english, pupil: TestSchool.ivanova, group: "2 группа")
            }),
        ]
        for (name, data, call) in refusals {
            do {
                try call()
                XCTFail("\(name): not refused")
            } catch {
                assertEnglish(error, data: data, name)
            }
        }
    }
}
