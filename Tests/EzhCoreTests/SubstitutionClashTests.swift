import EzhCore
import XCTest

/// When a teacher is free to give a lesson as a substitute: bells at their boundaries, subgroups.
final class SubstitutionClashTests: XCTestCase {
    private let day = LocalDate(year: 2026, month: 11, day: 27)

    private func page(class classID: Int, subject: Int, group: Int? = nil) -> JournalPage {
        JournalPage(classID: ClassID(Int64(classID)), className: ClassName(grade: 7, letter: classID == 1 ? "А" : "Б"),
                    subjectID: SubjectID(Int64(subject)), subjectName: "Предмет \(subject)",
                    subgroupID: group.map { SubgroupID(Int64($0)) }, subgroupName: group.map { "\($0) группа" })
    }

    private func lesson(_ id: Int, _ page: JournalPage, number: Int, _ start: (Int, Int), _ end: (Int, Int), on date: LocalDate? = nil) -> LessonAtTime {
        LessonAtTime(lessonID: LessonID(Int64(id)), page: page, date: date ?? day, lessonNumber: number,
                     start: TimeOfDay(hour: start.0, minute: start.1), end: TimeOfDay(hour: end.0, minute: end.1))
    }

    func testTheSameBellsClashAndTouchingOnesDoNot() {
        let wanted = lesson(1, page(class: 1, subject: 1), number: 3, (10, 30), (11, 15))
        let before = lesson(2, page(class: 2, subject: 2), number: 2, (9, 45), (10, 30))
        let after = lesson(3, page(class: 2, subject: 2), number: 4, (11, 15), (12, 0))
        XCTAssertNil(SubstitutionClash.first(for: wanted, among: [before, after]))
        let same = lesson(4, page(class: 2, subject: 2), number: 3, (10, 30), (11, 15))
        XCTAssertEqual(SubstitutionClash.first(for: wanted, among: [before, same, after])?.lessonID, LessonID(4))
        let overlapping = lesson(5, page(class: 2, subject: 2), number: 1, (11, 14), (11, 50))
        XCTAssertEqual(SubstitutionClash.first(for: wanted, among: [after, overlapping])?.lessonID, LessonID(5))
        let otherDay = lesson(6, page(class: 2, subject: 2), number: 3, (10, 30), (11, 15), on: day.adding(days: 1))
        XCTAssertNil(SubstitutionClash.first(for: wanted, among: [otherDay]))
        XCTAssertNil(SubstitutionClash.first(for: wanted, among: [wanted]), "the lesson itself is no clash")
    }

    func testSubgroups() {
        let groupOne = lesson(1, page(class: 1, subject: 3, group: 1), number: 3, (10, 30), (11, 15))
        let groupTwo = lesson(2, page(class: 1, subject: 3, group: 2), number: 3, (10, 30), (11, 15))
        let wholeOtherClass = lesson(3, page(class: 2, subject: 1), number: 3, (10, 30), (11, 15))
        let otherSubjectsGroup = lesson(4, page(class: 1, subject: 4, group: 5), number: 3, (10, 30), (11, 15))
        XCTAssertNotNil(SubstitutionClash.first(for: wholeOtherClass, among: [groupOne]), "group 1 of 7А, then 7Б as well")
        XCTAssertNotNil(SubstitutionClash.first(for: otherSubjectsGroup, among: [groupOne]), "two groups of 7А in two subjects")
        XCTAssertNil(SubstitutionClash.first(for: groupTwo, among: [groupOne]), "both groups of the same lesson together")
        let laterGroupTwo = lesson(5, page(class: 1, subject: 3, group: 2), number: 3, (10, 40), (11, 25))
        XCTAssertNotNil(SubstitutionClash.first(for: laterGroupTwo, among: [groupOne]), "the other group at other bells is another lesson")
    }
}
