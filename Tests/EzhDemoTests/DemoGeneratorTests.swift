import EzhCore
@testable import EzhDemo
import EzhService
import EzhSheets
import EzhStore
import Foundation
import GRDB
import XCTest

/// The demo school in its journal: deterministic, realistic, and true to the journal's rules.
final class DemoGeneratorTests: XCTestCase {
    private func rows(_ sql: String) -> [Row] { DemoFixture.rows(sql) }
    private func count(_ sql: String) -> Int { DemoFixture.count(sql) }

    func testSameSeedAndNowGiveTheSameFiles() {
        let files = DemoSchoolGenerator(now: DemoFixture.now).generate().files
        let again = DemoSchoolGenerator(now: DemoFixture.now).generate().files
        XCTAssertEqual(files.map(\.kind), ImportKind.allCases)
        XCTAssertEqual(files.map(\.table), again.map(\.table))
        XCTAssertEqual(files.map(\.csv), again.map(\.csv))

        let otherSeed = DemoSchoolGenerator(seed: 7, now: DemoFixture.now).generate().files
        XCTAssertNotEqual(otherSeed.first { $0.kind == .pupils }?.table, files.first { $0.kind == .pupils }?.table)
    }

    func testSchoolIsADemoInMoscowWithAFiveDayWeek() {
        let school = rows("SELECT name, time_zone, week_days, is_demo FROM school")
        XCTAssertEqual(school.count, 1)
        XCTAssertEqual(school[0]["name"], "МБОУ «Каменская СОШ»")
        XCTAssertEqual(school[0]["time_zone"], "Europe/Moscow")
        XCTAssertEqual(school[0]["week_days"], 5)
        XCTAssertEqual(school[0]["is_demo"], 1)
        XCTAssertEqual(rows("SELECT name FROM academic_year").map { $0["name"] as String }, ["2026/2027"])
    }

    func testPupilAndClassCountsAreThoseOfAnOrdinarySchool() {
        let pupils = count("SELECT count(*) FROM pupil")
        XCTAssertTrue((500...700).contains(pupils), "\(pupils) pupils")
        let grades = rows("SELECT grade, count(*) AS classes FROM class GROUP BY grade")
        XCTAssertEqual(Set(grades.map { $0["grade"] as Int }), Set(1...11))
        for grade in grades {
            XCTAssertTrue((2...3).contains(grade["classes"] as Int), "grade \(grade["grade"] as Int)")
        }
        for row in rows("""
            SELECT c.grade || c.letter AS name, count(m.id) AS pupils FROM class c
              LEFT JOIN class_membership m ON m.class_id = c.id AND m.from_date = '2026-09-01' GROUP BY c.id
            """) {
            XCTAssertTrue((20...28).contains(row["pupils"] as Int), "\(row["name"] as String): \(row["pupils"] as Int) pupils on 1 September")
        }
    }

    func testEveryClassHasItsOwnClassTeacher() {
        XCTAssertEqual(count("SELECT count(*) FROM class WHERE class_teacher_id IS NULL"), 0)
        XCTAssertEqual(count("SELECT count(DISTINCT class_teacher_id) FROM class"), count("SELECT count(*) FROM class"),
                       "nobody leads two classes")
    }

    func testFirstGradeHasNoMarks() {
        XCTAssertEqual(count("SELECT count(*) FROM assignment a JOIN lesson l ON l.id = a.lesson_id JOIN class c ON c.id = l.class_id WHERE c.grade = 1"), 0)
        XCTAssertEqual(count("SELECT count(*) FROM period_final f JOIN class c ON c.id = f.class_id WHERE c.grade = 1"), 0)
        XCTAssertGreaterThan(
            count("SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class c ON c.id = l.class_id WHERE c.grade = 1"), 0,
            "attendance is kept in grade 1"
        )
    }

    func testNothingIsRecordedAtOrAfterNow() {
        let now = DemoFixture.now
        var future: Set<Int64> = []
        for lesson in rows("SELECT id, date, ends_at, topic, homework FROM lesson") {
            let end = DemoFixture.instant(LocalDate(iso: lesson["date"])!, TimeOfDay(text: lesson["ends_at"])!)
            if end >= now {
                future.insert(lesson["id"])
                XCTAssertTrue((lesson["topic"] as String).isEmpty && (lesson["homework"] as String).isEmpty, "lesson \(lesson["id"] as Int64) is not over")
            } else {
                XCTAssertFalse((lesson["topic"] as String).isEmpty, "lesson \(lesson["id"] as Int64) has no topic")
            }
        }
        XCTAssertGreaterThan(count("SELECT count(*) FROM lesson WHERE date = '2026-11-27' AND topic = ''"), 0)
        XCTAssertFalse(rows("SELECT lesson_id FROM assignment").contains { future.contains($0["lesson_id"]) })
        XCTAssertFalse(rows("SELECT lesson_id FROM attendance").contains { future.contains($0["lesson_id"]) })
        let stamp = InstantFormat.string(now)
        for table in ["mark", "attendance", "period_final"] {
            XCTAssertEqual(count("SELECT count(*) FROM \(table) WHERE changed_at >= '\(stamp)'"), 0, table)
        }
    }

    func testMarksAreEnteredAfterTheLessonWithinThreeDaysBy21() {
        for mark in rows("SELECT m.changed_at, l.date, l.ends_at FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id") {
            let changed = DemoFixture.instant(mark["changed_at"] as String)
            let date = LocalDate(iso: mark["date"])!
            XCTAssertGreaterThanOrEqual(changed, DemoFixture.instant(date, TimeOfDay(text: mark["ends_at"])!))
            XCTAssertLessThanOrEqual(date.days(until: DemoFixture.localDate(changed)), 3)
            XCTAssertLessThan(DemoFixture.localSecondOfDay(changed), 21 * 3600)
        }
        for entry in rows("SELECT a.changed_at, l.date, l.starts_at, l.ends_at FROM attendance a JOIN lesson l ON l.id = a.lesson_id") {
            let changed = DemoFixture.instant(entry["changed_at"] as String)
            let date = LocalDate(iso: entry["date"])!
            XCTAssertGreaterThanOrEqual(changed, DemoFixture.instant(date, TimeOfDay(text: entry["starts_at"])!))
            XCTAssertLessThan(changed, DemoFixture.instant(date, TimeOfDay(text: entry["ends_at"])!))
        }
    }

    func testMarkValuesFollowTheUsualSpread() {
        let values = rows("SELECT value FROM mark").map { $0["value"] as String }
        let grades = values.compactMap { Int($0) }
        let share = { (value: Int) in Double(grades.filter { $0 == value }.count) / Double(grades.count) }
        XCTAssertEqual(share(5), 0.30, accuracy: 0.07)
        XCTAssertEqual(share(4), 0.40, accuracy: 0.07)
        XCTAssertEqual(share(3), 0.25, accuracy: 0.07)
        XCTAssertEqual(share(2) + share(1), 0.05, accuracy: 0.04)
        XCTAssertTrue(values.contains(MarkValue.dot.code))
    }

    func testOldAbsencesAreCorrectedAndThisWeeksStayН() {
        for row in rows("SELECT a.code FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE l.date >= '2026-11-23'") {
            let code = AttendanceCode(rawValue: row["code"])
            XCTAssertTrue([.absent, .late].contains(code), "this week's \(String(describing: code)) is not corrected yet")
        }
        var old: [AttendanceCode: Int] = [:]
        for row in rows("SELECT a.code, count(*) AS n FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE l.date < '2026-11-23' GROUP BY a.code") {
            old[AttendanceCode(rawValue: row["code"])!] = row["n"]
        }
        let corrected = (old[.ill] ?? 0) + (old[.excused] ?? 0) + (old[.unexcused] ?? 0)
        XCTAssertGreaterThan(corrected, 5 * (old[.absent] ?? 0), "most older absences have a reason")
        XCTAssertGreaterThan(old[.ill] ?? 0, 0)
    }

    func testTeacherHasAMathsLessonIn5АEverySchoolDayOfThisWeek() throws {
        let teacher = try XCTUnwrap(staffID(login: "teacher"))
        let fiveA = try XCTUnwrap(classID("5А"))
        let fiveB = try XCTUnwrap(classID("5Б"))
        let maths = try XCTUnwrap(rows("SELECT id FROM subject WHERE name = 'Математика'").first?["id"] as Int64?)
        for day in 23...27 {
            let date = LocalDate(year: 2026, month: 11, day: day)
            let subjects = rows("""
                SELECT subject_id FROM lesson WHERE date = '\(date.iso)' AND scheduled_teacher_id = \(teacher) AND class_id = \(fiveA)
                """).map { $0["subject_id"] as Int64 }
            XCTAssertEqual(subjects, [maths], "\(date.russian)")
        }
        let taught = Set(rows("SELECT class_id, subject_id FROM teaching WHERE teacher_id = \(teacher)").map {
            "\($0["class_id"] as Int64)/\($0["subject_id"] as Int64)"
        })
        XCTAssertEqual(taught, ["\(fiveA)/\(maths)", "\(fiveB)/\(maths)"])
        XCTAssertEqual(count("SELECT class_teacher_id FROM class WHERE id = \(fiveA)"), Int(teacher))
    }

    func testNoTeacherIsInTwoPlacesAtOnce() {
        XCTAssertEqual(count("""
            SELECT count(*) FROM (SELECT 1 FROM lesson GROUP BY scheduled_teacher_id, date, lesson_number HAVING count(*) > 1)
            """), 0)
    }

    func testTimetableMeetsTheCurriculumAndEnglishIsTaughtInTwoGroupsAtOnce() {
        for line in rows("""
            SELECT c.grade || c.letter AS class, c.grade, u.subject_id, u.hours_per_year,
                   (SELECT count(*) FROM timetable_slot s JOIN teaching t ON t.id = s.teaching_id
                     WHERE t.class_id = u.class_id AND t.subject_id = u.subject_id) AS slots,
                   (SELECT count(*) FROM teaching t WHERE t.class_id = u.class_id AND t.subject_id = u.subject_id) AS groups
              FROM curriculum u JOIN class c ON c.id = u.class_id
            """) {
            let weeks = (line["grade"] as Int) == 1 ? 33 : 34
            XCTAssertEqual((line["slots"] as Int) / (line["groups"] as Int) * weeks, line["hours_per_year"] as Int,
                           "\(line["class"] as String) subject \(line["subject_id"] as Int64)")
        }
        for day in rows("""
            SELECT t.class_id, s.weekday, count(DISTINCT s.lesson_number) AS lessons, max(s.lesson_number) AS last
              FROM timetable_slot s JOIN teaching t ON t.id = s.teaching_id GROUP BY t.class_id, s.weekday
            """) {
            XCTAssertEqual(day["lessons"] as Int, day["last"] as Int, "class \(day["class_id"] as Int64) has no gaps")
            XCTAssertTrue((4...7).contains(day["lessons"] as Int), "class \(day["class_id"] as Int64): \(day["lessons"] as Int) lessons")
        }
        XCTAssertEqual(count("""
            SELECT count(*) FROM timetable_slot s JOIN teaching t ON t.id = s.teaching_id JOIN subject j ON j.id = t.subject_id
             WHERE j.name = 'Английский язык' AND t.subgroup_id IS NULL
            """), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM (
                SELECT count(DISTINCT t.teacher_id) AS teachers FROM timetable_slot s JOIN teaching t ON t.id = s.teaching_id
                  JOIN subject j ON j.id = t.subject_id WHERE j.name = 'Английский язык'
                 GROUP BY t.class_id, s.weekday, s.lesson_number) WHERE teachers <> 2
            """), 0)
    }

    func testEveryLessonPlanHasTheCurriculumsHours() {
        XCTAssertEqual(count("SELECT count(*) FROM lesson_plan_item WHERE hours <= 0 OR topic = ''"), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM teaching t JOIN curriculum u ON u.class_id = t.class_id AND u.subject_id = t.subject_id
             WHERE u.hours_per_year <> (SELECT coalesce(sum(hours), 0) FROM lesson_plan_item p WHERE p.teaching_id = t.id)
            """), 0)
        XCTAssertGreaterThan(count("SELECT count(*) FROM teaching"), 0)
    }

    func testTeachersCarryARealisticLoad() {
        for member in rows("""
            SELECT s.last_name || ' ' || s.first_name AS name, s.position,
                   (SELECT count(*) FROM timetable_slot x JOIN teaching t ON t.id = x.teaching_id WHERE t.teacher_id = s.id) AS load
              FROM staff s WHERE s.position LIKE 'Учитель%' AND s.position <> 'Учитель математики'
            """) {
            XCTAssertTrue((15...30).contains(member["load"] as Int), "\(member["name"] as String): \(member["load"] as Int)")
        }
        let load = { (login: String) in
            self.count("SELECT count(*) FROM timetable_slot x JOIN teaching t ON t.id = x.teaching_id WHERE t.teacher_id = \(self.staffID(login: login)!)")
        }
        XCTAssertEqual(load("teacher"), 10)
        XCTAssertGreaterThan(load("deputy"), 0, "the deputy teaches")
    }

    func testNamesAgreeInGender() {
        for pupil in rows("SELECT last_name, first_name, patronymic, gender FROM pupil") {
            assertAgrees(name(pupil), female: pupil["gender"] == "f")
        }
        for member in rows("SELECT last_name, first_name, patronymic FROM staff") {
            assertAgrees(name(member), female: (member["patronymic"] as String).hasSuffix("на"))
        }
        for link in rows("""
            SELECT p.last_name, p.first_name, p.patronymic, k.last_name AS child_last, k.patronymic AS child_patronymic,
                   k.gender AS child_gender, l.relation
              FROM parent_pupil l JOIN parent p ON p.id = l.parent_id JOIN pupil k ON k.id = l.pupil_id
            """) {
            let parent = name(link)
            let relation: String = link["relation"]
            assertAgrees(parent, female: relation == "мать")
            let parentGender: DemoRows.Gender = relation == "мать" ? .female : .male
            let childLast: String = link["child_last"]
            let masculine = link["child_gender"] == "m" ? childLast : parentGender == .male ? parent.last : nil
            if let masculine {
                XCTAssertEqual(parent.last, RussianNames.lastName(masculine, for: parentGender), parent.full)
            } else {
                XCTAssertEqual(parent.last, childLast)
            }
            if relation == "отец" {
                let father = RussianNameTables.men.first { $0.name == parent.first }!
                XCTAssertEqual(link["child_patronymic"] as String,
                               link["child_gender"] == "f" ? father.daughterPatronymic : father.sonPatronymic)
            }
        }
    }

    func testLastNameFormsFollowTheRules() {
        XCTAssertEqual(RussianNames.lastName("Иванов", for: .female), "Иванова")
        XCTAssertEqual(RussianNames.lastName("Смирнов", for: .male), "Смирнов")
        XCTAssertEqual(RussianNames.lastName("Ильин", for: .female), "Ильина")
        XCTAssertEqual(RussianNames.lastName("Островский", for: .female), "Островская")
        XCTAssertEqual(RussianNames.lastName("Толстой", for: .female), "Толстая")
        XCTAssertEqual(RussianNames.lastName("Ковальчук", for: .female), "Ковальчук")
        XCTAssertEqual(RussianNames.lastName("Кравченко", for: .female), "Кравченко")
        XCTAssertEqual(RussianNames.lastName("Черных", for: .female), "Черных")
    }

    func testBirthDatesFitTheGrade() {
        let september1 = LocalDate(year: 2026, month: 9, day: 1)
        for stay in rows("SELECT p.last_name || ' ' || p.first_name AS name, p.birth_date, c.grade FROM class_membership m JOIN pupil p ON p.id = m.pupil_id JOIN class c ON c.id = m.class_id") {
            let age = Double(LocalDate(iso: stay["birth_date"])!.days(until: september1)) / 365.25
            let grade = Double(stay["grade"] as Int)
            XCTAssertTrue((5.49 + grade)...(6.51 + grade) ~= age, "\(stay["name"] as String), grade \(grade), age \(age)")
        }
    }

    func testSomePupilsArriveAndSomeLeaveWithOrders() {
        let arrivals = rows("SELECT from_date, arrival_order, arrived_from FROM class_membership WHERE arrival_order IS NOT NULL")
        let departures = rows("SELECT to_date, departure_order, departed_to FROM class_membership WHERE to_date IS NOT NULL")
        XCTAssertFalse(arrivals.isEmpty)
        XCTAssertFalse(departures.isEmpty)
        for stay in arrivals {
            XCTAssertGreaterThan(stay["from_date"] as String, "2026-09-01")
            XCTAssertNotNil(stay["arrived_from"] as String?)
            XCTAssertNotNil((stay["arrival_order"] as String).range(of: #"^№ \d+-у от \d\d\.\d\d\.\d{4}$"#, options: .regularExpression))
        }
        for stay in departures {
            XCTAssertNotNil(stay["departure_order"] as String?)
            XCTAssertNotNil(stay["departed_to"] as String?)
            XCTAssertLessThan(stay["to_date"] as String, "2026-11-27")
        }
        XCTAssertEqual(count("SELECT count(*) FROM class_membership m JOIN pupil p ON p.id = m.pupil_id WHERE m.arrival_order IS NOT NULL AND p.personal_file IS NULL"), 0)
    }

    func testQuarterOneFinalsFollowTheAverages() {
        let q1 = rows("SELECT id, closed_at FROM period WHERE scheme = 'quarter' AND number = 1")[0]
        let finals = rows("SELECT value FROM period_final WHERE period_id = \(q1["id"] as Int64)").map { $0["value"] as String }
        XCTAssertFalse(finals.isEmpty)
        XCTAssertTrue(finals.allSatisfy { ["2", "3", "4", "5", "н/а"].contains($0) })
        XCTAssertLessThan(finals.filter { $0 == "н/а" }.count * 20, finals.count, "«н/а» is the exception")
        XCTAssertEqual(count("SELECT count(*) FROM period_final WHERE period_id <> \(q1["id"] as Int64)"), 0, "no other period is over on 27.11")
        XCTAssertNotNil(q1["closed_at"] as String?)
        XCTAssertEqual(count("SELECT count(*) FROM change_history WHERE entity = 'period' AND field = 'closed'"), 1)
    }

    func testDemoAccountsAreTheAdvertisedPeople() throws {
        XCTAssertEqual(DemoSchoolGenerator.demoAccounts.map(\.login), ["admin", "director", "deputy", "teacher", "parent", "pupil"])
        let roles = { (login: String) -> Set<Role> in
            Set(self.rows("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.login = '\(login)'")
                .compactMap { Role(rawValue: $0["role"]) })
        }
        XCTAssertEqual(roles("admin"), [.administrator])
        XCTAssertEqual(roles("director"), [.director])
        XCTAssertEqual(roles("deputy"), [.deputy, .teacher])
        XCTAssertEqual(roles("teacher"), [.teacher, .classTeacher])
        XCTAssertEqual(roles("parent"), [.parent])
        XCTAssertEqual(roles("pupil"), [.pupil])

        let pupil = try XCTUnwrap(rows("SELECT pupil_id FROM account WHERE login = 'pupil'").first?["pupil_id"] as Int64?)
        let parent = try XCTUnwrap(rows("SELECT parent_id FROM account WHERE login = 'parent'").first?["parent_id"] as Int64?)
        let fiveA = try XCTUnwrap(classID("5А"))
        XCTAssertEqual(count("SELECT count(*) FROM class_membership WHERE pupil_id = \(pupil) AND class_id = \(fiveA) AND to_date IS NULL"), 1)
        XCTAssertEqual(count("SELECT count(*) FROM parent_pupil WHERE parent_id = \(parent) AND pupil_id = \(pupil)"), 1)

        XCTAssertEqual(count("SELECT count(*) FROM teaching t WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.staff_id = t.teacher_id)"), 0,
                       "every teacher can sign in")
        XCTAssertEqual(count("SELECT count(DISTINCT lower(login)) FROM account"), count("SELECT count(*) FROM account"))
        for account in rows("SELECT a.login, s.last_name, s.first_name, s.patronymic FROM account a JOIN staff s ON s.id = a.staff_id") {
            let login: String = account["login"]
            guard !DemoSchoolGenerator.demoAccounts.map(\.login).contains(login) else { continue }
            XCTAssertTrue(login.hasPrefix(Transliteration.login(for: name(account))), login)
        }
        XCTAssertEqual(count("SELECT count(*) FROM account WHERE must_change_password = 1"), 0)
    }

    func testWorkTypesFormTheSchoolDictionary() {
        XCTAssertEqual(count("SELECT count(*) FROM work_type"), 15)
        XCTAssertEqual(rows("SELECT name FROM work_type WHERE is_default = 1").map { $0["name"] as String }, ["Работа на уроке"])
        XCTAssertEqual(rows("SELECT abbreviation FROM work_type WHERE name = 'Контрольная работа'").first?["abbreviation"], "К/р")
        XCTAssertEqual(rows("SELECT weight FROM work_type WHERE name = 'Экзамен'").first?["weight"], 3.0)
    }

    private func staffID(login: String) -> Int64? {
        rows("SELECT staff_id FROM account WHERE login = '\(login)'").first?["staff_id"]
    }

    private func classID(_ name: String) -> Int64? {
        rows("SELECT id, grade, letter FROM class").first { "\($0["grade"] as Int)\($0["letter"] as String)" == name }?["id"]
    }

    private func name(_ row: Row) -> PersonName {
        PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"])
    }

    private func assertAgrees(_ name: PersonName, female: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let masculineEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой"]
        let feminineEndings = ["ова", "ева", "ёва", "ина", "ына", "ая"]
        if female {
            XCTAssertFalse(masculineEndings.contains { name.last.hasSuffix($0) }, name.full, file: file, line: line)
            XCTAssertTrue(name.patronymic.hasSuffix("вна") || name.patronymic.hasSuffix("чна"), name.full, file: file, line: line)
        } else {
            XCTAssertFalse(feminineEndings.contains { name.last.hasSuffix($0) }, name.full, file: file, line: line)
            XCTAssertTrue(name.patronymic.hasSuffix("ич"), name.full, file: file, line: line)
        }
    }
}
