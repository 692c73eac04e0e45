import EzhCore
@testable import EzhDemo
import EzhService
import EzhStore
import Foundation
import XCTest

/// The generated demo school: deterministic, realistic, and true to the journal's rules.
final class DemoGeneratorTests: XCTestCase {
    private var data: SchoolDataset { DemoFixture.dataset }

    func testSameSeedAndNowGiveIdenticalData() {
        let again = DemoSchoolGenerator(now: DemoFixture.now).generate()
        XCTAssertEqual(DemoFingerprint.rowCounts(again), DemoFingerprint.rowCounts(data))
        XCTAssertEqual(DemoFingerprint.digest(again), DemoFingerprint.digest(data))
        XCTAssertEqual(again, data)

        let otherSeed = DemoSchoolGenerator(seed: 7, now: DemoFixture.now).generate()
        XCTAssertNotEqual(otherSeed.pupils, data.pupils)
    }

    func testSchoolIsADemoInMoscowWithAFiveDayWeek() {
        XCTAssertEqual(data.school.name, "МБОУ «Каменская СОШ»")
        XCTAssertEqual(data.school.timeZone, "Europe/Moscow")
        XCTAssertEqual(data.school.weekDays, 5)
        XCTAssertTrue(data.school.isDemo)
        XCTAssertEqual(data.year.name, "2026/2027")
    }

    func testPupilAndClassCountsAreThoseOfAnOrdinarySchool() {
        XCTAssertTrue((500...700).contains(data.pupils.count), "\(data.pupils.count) pupils")
        XCTAssertEqual(Set(data.classes.map(\.name.grade)), Set(1...11))
        for grade in 1...11 {
            XCTAssertTrue((2...3).contains(data.classes.filter { $0.name.grade == grade }.count), "grade \(grade)")
        }
        let startOfYear = data.year.span.first
        for schoolClass in data.classes {
            let initial = data.classMemberships.filter { $0.classID == schoolClass.id && $0.from == startOfYear }.count
            XCTAssertTrue((20...28).contains(initial), "\(schoolClass.name): \(initial) pupils on 1 September")
        }
    }

    func testEveryClassHasItsOwnClassTeacher() {
        let teachers = data.classes.compactMap(\.classTeacher)
        XCTAssertEqual(teachers.count, data.classes.count)
        XCTAssertEqual(Set(teachers).count, teachers.count, "nobody leads two classes")
    }

    func testFirstGradeHasNoMarks() {
        let firstGrade = Set(data.classes.filter { $0.name.grade == 1 }.map(\.id))
        let lessonClass = Dictionary(uniqueKeysWithValues: data.lessons.map { ($0.id, $0.classID) })
        XCTAssertFalse(data.assignments.contains { firstGrade.contains(lessonClass[$0.lesson]!) })
        XCTAssertFalse(data.periodFinals.contains { firstGrade.contains($0.classID) })
        XCTAssertTrue(data.attendance.contains { firstGrade.contains(lessonClass[$0.lesson]!) }, "attendance is kept in grade 1")
    }

    func testNothingIsRecordedAtOrAfterNow() {
        let now = DemoFixture.now
        var future: Set<LessonID> = []
        for lesson in data.lessons {
            if DemoFixture.instant(lesson.date, lesson.endsAt) >= now {
                future.insert(lesson.id)
                XCTAssertTrue(lesson.topic.isEmpty && lesson.homework.isEmpty, "lesson \(lesson.id) is not over")
            } else {
                XCTAssertFalse(lesson.topic.isEmpty, "lesson \(lesson.id) has no topic")
            }
        }
        XCTAssertTrue(future.contains { lessonID in data.lessons[Int(lessonID.rawValue) - 1].date == LocalDate(year: 2026, month: 11, day: 27) })
        XCTAssertFalse(data.assignments.contains { future.contains($0.lesson) })
        XCTAssertFalse(data.attendance.contains { future.contains($0.lesson) })
        XCTAssertTrue(data.marks.allSatisfy { $0.changedAt < now })
        XCTAssertTrue(data.attendance.allSatisfy { $0.changedAt < now })
        XCTAssertTrue(data.periodFinals.allSatisfy { $0.changedAt < now })
    }

    func testMarksAreEnteredAfterTheLessonWithinThreeDaysBy21() {
        let lessonOf = Dictionary(uniqueKeysWithValues: data.assignments.map { ($0.id, data.lessons[Int($0.lesson.rawValue) - 1]) })
        for mark in data.marks {
            let lesson = lessonOf[mark.assignment]!
            XCTAssertGreaterThanOrEqual(mark.changedAt, DemoFixture.instant(lesson.date, lesson.endsAt))
            XCTAssertLessThanOrEqual(lesson.date.days(until: DemoFixture.localDate(mark.changedAt)), 3)
            XCTAssertLessThan(DemoFixture.localSecondOfDay(mark.changedAt), 21 * 3600)
        }
        for entry in data.attendance {
            let lesson = data.lessons[Int(entry.lesson.rawValue) - 1]
            XCTAssertGreaterThanOrEqual(entry.changedAt, DemoFixture.instant(lesson.date, lesson.startsAt))
            XCTAssertLessThan(entry.changedAt, DemoFixture.instant(lesson.date, lesson.endsAt))
        }
    }

    func testMarkValuesFollowTheUsualSpread() {
        let grades = data.marks.compactMap(\.value.numericValue)
        let share = { (value: Int) in Double(grades.filter { $0 == value }.count) / Double(grades.count) }
        XCTAssertEqual(share(5), 0.30, accuracy: 0.07)
        XCTAssertEqual(share(4), 0.40, accuracy: 0.07)
        XCTAssertEqual(share(3), 0.25, accuracy: 0.07)
        XCTAssertEqual(share(2) + share(1), 0.05, accuracy: 0.04)
        XCTAssertTrue(data.marks.contains { $0.value == .dot })
    }

    func testOldAbsencesAreCorrectedAndThisWeeksStayН() {
        let monday = LocalDate(year: 2026, month: 11, day: 23)
        var old: [AttendanceCode: Int] = [:]
        for entry in data.attendance {
            let date = data.lessons[Int(entry.lesson.rawValue) - 1].date
            if date >= monday {
                XCTAssertTrue([.absent, .late].contains(entry.code), "this week's \(entry.code) is not corrected yet")
            } else {
                old[entry.code, default: 0] += 1
            }
        }
        let corrected = (old[.ill] ?? 0) + (old[.excused] ?? 0) + (old[.unexcused] ?? 0)
        XCTAssertGreaterThan(corrected, 5 * (old[.absent] ?? 0), "most older absences have a reason")
        XCTAssertGreaterThan(old[.ill] ?? 0, 0)
    }

    func testTeacherHasAMathsLessonIn5АEverySchoolDayOfThisWeek() throws {
        let teacher = try XCTUnwrap(staffID(login: "teacher"))
        let fiveA = try XCTUnwrap(classID("5А"))
        let fiveB = try XCTUnwrap(classID("5Б"))
        let maths = try XCTUnwrap(data.subjects.first { $0.name == "Математика" }?.id)
        for day in 23...27 {
            let date = LocalDate(year: 2026, month: 11, day: day)
            let lessons = data.lessons.filter { $0.date == date && $0.scheduledTeacher == teacher && $0.classID == fiveA }
            XCTAssertEqual(lessons.map(\.subject), [maths], "\(date.russian)")
        }
        let taught = Set(data.teachings.filter { $0.teacher == teacher }.map { "\($0.classID)/\($0.subject)" })
        XCTAssertEqual(taught, ["\(fiveA)/\(maths)", "\(fiveB)/\(maths)"])
        XCTAssertEqual(data.classes.first { $0.id == fiveA }?.classTeacher, teacher)
    }

    func testNoTeacherIsInTwoPlacesAtOnce() {
        struct Place: Hashable {
            let teacher: StaffID
            let date: LocalDate
            let number: Int
        }
        var taken: Set<Place> = []
        for lesson in data.lessons {
            XCTAssertTrue(taken.insert(Place(teacher: lesson.scheduledTeacher, date: lesson.date, number: lesson.number)).inserted,
                          "\(lesson.scheduledTeacher) twice at lesson \(lesson.number) on \(lesson.date)")
        }
    }

    func testTimetableMeetsTheCurriculumAndEnglishIsTaughtInTwoGroupsAtOnce() {
        let teachingOf = Dictionary(uniqueKeysWithValues: data.teachings.map { ($0.id, $0) })
        for schoolClass in data.classes {
            let slots = data.timetableSlots.filter { teachingOf[$0.teaching]!.classID == schoolClass.id }
            let weeks = schoolClass.name.grade == 1 ? 33 : 34
            for line in data.curriculum where line.classID == schoolClass.id {
                let groups = data.teachings.filter { $0.classID == schoolClass.id && $0.subject == line.subject }.count
                let weekly = slots.filter { teachingOf[$0.teaching]!.subject == line.subject }.count / groups
                XCTAssertEqual(weekly * weeks, line.hoursPerYear, "\(schoolClass.name) subject \(line.subject)")
            }
            for weekday in 1...5 {
                let numbers = Set(slots.filter { $0.weekday == weekday }.map(\.lessonNumber))
                XCTAssertEqual(numbers, Set(1...numbers.count), "\(schoolClass.name) has no gaps")
                XCTAssertTrue((4...7).contains(numbers.count), "\(schoolClass.name): \(numbers.count) lessons")
            }
        }
        let english = data.subjects.first { $0.name == "Английский язык" }!.id
        let englishSlots = data.timetableSlots.filter { teachingOf[$0.teaching]!.subject == english }
        for slot in englishSlots {
            let teaching = teachingOf[slot.teaching]!
            XCTAssertNotNil(teaching.subgroup)
            let partner = englishSlots.filter {
                teachingOf[$0.teaching]!.classID == teaching.classID && $0.weekday == slot.weekday
                    && $0.lessonNumber == slot.lessonNumber
            }
            XCTAssertEqual(Set(partner.map { teachingOf[$0.teaching]!.teacher }).count, 2)
        }
    }

    func testEveryLessonPlanHasTheCurriculumsHours() {
        var planned: [TeachingID: Int] = [:]
        for item in data.lessonPlan { planned[item.teaching, default: 0] += item.hours }
        XCTAssertTrue(data.lessonPlan.allSatisfy { $0.hours > 0 && !$0.topic.isEmpty })
        for teaching in data.teachings {
            let line = data.curriculum.first { $0.classID == teaching.classID && $0.subject == teaching.subject }!
            XCTAssertEqual(planned[teaching.id], line.hoursPerYear, "teaching \(teaching.id)")
        }
    }

    func testTeachersCarryARealisticLoad() {
        let teachingOf = Dictionary(uniqueKeysWithValues: data.teachings.map { ($0.id, $0.teacher) })
        var load: [StaffID: Int] = [:]
        for slot in data.timetableSlots { load[teachingOf[slot.teaching]!, default: 0] += 1 }
        for member in data.staff where member.position.hasPrefix("Учитель") && member.position != "Учитель математики" {
            XCTAssertTrue((15...30).contains(load[member.id] ?? 0), "\(member.name.full): \(load[member.id] ?? 0)")
        }
        XCTAssertEqual(load[staffID(login: "teacher")!], 10)
        XCTAssertGreaterThan(load[staffID(login: "deputy")!] ?? 0, 0, "the deputy teaches")
    }

    func testNamesAgreeInGender() {
        for pupil in data.pupils {
            assertAgrees(pupil.name, female: pupil.gender == .female)
        }
        for member in data.staff {
            assertAgrees(member.name, female: member.name.patronymic.hasSuffix("на"))
        }
        let parentOf = Dictionary(uniqueKeysWithValues: data.parents.map { ($0.id, $0) })
        let pupilOf = Dictionary(uniqueKeysWithValues: data.pupils.map { ($0.id, $0) })
        for link in data.parentLinks {
            let parent = parentOf[link.parent]!
            let pupil = pupilOf[link.pupil]!
            assertAgrees(parent.name, female: link.relation == "мать")
            let parentGender: SchoolDataset.Gender = link.relation == "мать" ? .female : .male
            let masculine = pupil.gender == .male ? pupil.name.last : parentGender == .male ? parent.name.last : nil
            if let masculine {
                XCTAssertEqual(parent.name.last, RussianNames.lastName(masculine, for: parentGender), parent.name.full)
            } else {
                XCTAssertEqual(parent.name.last, pupil.name.last)
            }
            if link.relation == "отец" {
                let father = RussianNameTables.men.first { $0.name == parent.name.first }!
                XCTAssertEqual(pupil.name.patronymic,
                               pupil.gender == .female ? father.daughterPatronymic : father.sonPatronymic)
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
        let gradeOf = Dictionary(uniqueKeysWithValues: data.classes.map { ($0.id, $0.name.grade) })
        let september1 = data.year.span.first
        for stay in data.classMemberships {
            let pupil = data.pupils[Int(stay.pupil.rawValue) - 1]
            let age = Double(pupil.birthDate!.days(until: september1)) / 365.25
            let grade = Double(gradeOf[stay.classID]!)
            XCTAssertTrue((5.49 + grade)...(6.51 + grade) ~= age, "\(pupil.name.full), grade \(grade), age \(age)")
        }
    }

    func testSomePupilsArriveAndSomeLeaveWithOrders() {
        let arrivals = data.classMemberships.filter { $0.arrivalOrder != nil }
        let departures = data.classMemberships.filter { $0.to != nil }
        XCTAssertFalse(arrivals.isEmpty)
        XCTAssertFalse(departures.isEmpty)
        for stay in arrivals {
            XCTAssertGreaterThan(stay.from, data.year.span.first)
            XCTAssertNotNil(stay.arrivedFrom)
            XCTAssertNotNil(stay.arrivalOrder!.range(of: #"^№ \d+-у от \d\d\.\d\d\.\d{4}$"#, options: .regularExpression))
        }
        for stay in departures {
            XCTAssertNotNil(stay.departureOrder)
            XCTAssertNotNil(stay.departedTo)
            XCTAssertLessThan(stay.to!, LocalDate(year: 2026, month: 11, day: 27))
        }
    }

    func testQuarterOneFinalsFollowTheAverages() {
        let q1 = data.periods.first { $0.scheme == .quarters && $0.number == 1 }!
        let finals = data.periodFinals.filter { $0.period == q1.id }
        XCTAssertFalse(finals.isEmpty)
        XCTAssertTrue(finals.allSatisfy { ["2", "3", "4", "5", "н/а"].contains($0.value) })
        let notAssessed = finals.filter { $0.value == "н/а" }.count
        XCTAssertLessThan(notAssessed * 20, finals.count, "«н/а» is the exception")
        XCTAssertFalse(data.periodFinals.contains { $0.period != q1.id }, "no other period is over on 27.11")
        XCTAssertNotNil(q1.closedAt)
    }

    func testDemoAccountsAreTheAdvertisedPeople() throws {
        XCTAssertEqual(DemoSchoolGenerator.demoAccounts.map(\.login), ["admin", "director", "deputy", "teacher", "parent", "pupil"])
        let roles = { (login: String) -> Set<Role> in
            let account = self.data.accounts.first { $0.login == login }!
            return Set(self.data.accountRoles.filter { $0.account == account.id }.map(\.role))
        }
        XCTAssertEqual(roles("admin"), [.administrator])
        XCTAssertEqual(roles("director"), [.director])
        XCTAssertEqual(roles("deputy"), [.deputy, .teacher])
        XCTAssertEqual(roles("teacher"), [.teacher, .classTeacher])
        XCTAssertEqual(roles("parent"), [.parent])
        XCTAssertEqual(roles("pupil"), [.pupil])

        guard case .pupil(let pupil) = data.accounts.first(where: { $0.login == "pupil" })!.holder,
              case .parent(let parent) = data.accounts.first(where: { $0.login == "parent" })!.holder
        else { return XCTFail("pupil and parent accounts belong to a pupil and a parent") }
        let fiveA = try XCTUnwrap(classID("5А"))
        XCTAssertTrue(data.classMemberships.contains { $0.pupil == pupil && $0.classID == fiveA && $0.to == nil })
        XCTAssertTrue(data.parentLinks.contains { $0.parent == parent && $0.pupil == pupil })

        let teachers = Set(data.teachings.map(\.teacher))
        let staffWithAccounts = Set(data.accounts.compactMap { account -> StaffID? in
            if case .staff(let id) = account.holder { return id }
            return nil
        })
        XCTAssertTrue(teachers.isSubset(of: staffWithAccounts), "every teacher can sign in")
        XCTAssertEqual(Set(data.accounts.map { $0.login.lowercased() }).count, data.accounts.count)
        for account in data.accounts {
            guard case .staff(let id) = account.holder, !DemoSchoolGenerator.demoAccounts.map(\.login).contains(account.login)
            else { continue }
            XCTAssertTrue(account.login.hasPrefix(Transliteration.login(for: data.staff[Int(id.rawValue) - 1].name)))
        }
        XCTAssertTrue(PasswordHasher.verify(DemoSchoolGenerator.demoPassword, against: data.accounts[0].passwordHash))
    }

    func testWorkTypesFormTheSchoolDictionary() {
        XCTAssertEqual(data.workTypes.count, 15)
        XCTAssertEqual(data.workTypes.filter(\.isDefault).map(\.name), ["Работа на уроке"])
        XCTAssertEqual(data.workTypes.first { $0.name == "Контрольная работа" }?.abbreviation, "К/р")
        XCTAssertEqual(data.workTypes.first { $0.name == "Экзамен" }?.weight, 3)
    }

    private func staffID(login: String) -> StaffID? {
        guard case .staff(let id) = data.accounts.first(where: { $0.login == login })?.holder else { return nil }
        return id
    }

    private func classID(_ name: String) -> ClassID? {
        data.classes.first { $0.name.description == name }?.id
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
