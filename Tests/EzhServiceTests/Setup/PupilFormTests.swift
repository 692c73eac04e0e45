import EzhCore
import EzhService
import EzhStore
import GRDB
import XCTest

/// The pupil's and parents' edit forms: the same row an import writes, so the same checks,
/// history and permissions.
final class PupilFormTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        try school.numberPupils()
    }

    override func tearDown() {
        school.remove()
    }

    private static let fifthA = ClassName(grade: 5, letter: "А")

    func testTheClassTeacherEditsTheirPupilFieldByFieldWithHistory() throws {
        let teacher = try school.signIn("teacher")
        let card = try school.service.pupilCard(teacher, pupil: PupilID(2))
        XCTAssertEqual(card.className, Self.fifthA)
        XCTAssertEqual(card.details.personalFile, "102")
        var details = card.details
        details.name.last = "Алексеев-Орлов"
        details.personalFile = "202"
        details.phone = "+7 900 555-00-00"
        XCTAssertTrue(try school.service.editPupil(teacher, pupil: PupilID(2), details))

        let edited = try school.service.pupilCard(teacher, pupil: PupilID(2)).details
        XCTAssertEqual([edited.name.last, edited.personalFile, edited.phone], ["Алексеев-Орлов", "202", "+7 900 555-00-00"])
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'pupil' AND entity_key = 'pupil=2' AND class_id = 1
              AND ((field = 'last_name' AND old_value = 'Алексеев' AND new_value = 'Алексеев-Орлов')
                OR (field = 'personal_file' AND old_value = '102' AND new_value = '202')
                OR (field = 'phone' AND old_value IS NULL AND new_value = '+7 900 555-00-00'))
            """), 3)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity_key = 'pupil=2'"), 3, "unchanged fields leave no history")
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE '%Ученик%' AND object LIKE '%changed 1%'"), 1)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object LIKE '%555%'"), 0, "no phone in the access log")

        // A form's empty contact field clears it (unlike a file's empty cell).
        details.phone = ""
        XCTAssertTrue(try school.service.editPupil(teacher, pupil: PupilID(2), details))
        XCTAssertEqual(try school.service.pupilCard(teacher, pupil: PupilID(2)).details.phone, "")
        XCTAssertFalse(try school.service.editPupil(teacher, pupil: PupilID(2), details), "saving again changes nothing")
    }

    func testAClassTeacherCannotEditAnotherClassPupilButTheDeputyCan() throws {
        let teacher = try school.signIn("teacher")
        let orlov = PupilID(5)  // 1А
        XCTAssertThrowsError(try school.service.pupilCard(teacher, pupil: orlov)) { error in
            guard case JournalError.accessDenied = error else { return XCTFail("\(error)") }
        }
        let deputy = try school.signIn("deputy")
        var details = try school.service.pupilCard(deputy, pupil: orlov).details
        details.email = "orlov@example.ru"
        XCTAssertThrowsError(try school.service.editPupil(teacher, pupil: orlov, details))
        XCTAssertEqual(try school.count("SELECT count(*) FROM pupil WHERE email IS NOT NULL"), 0)
        XCTAssertTrue(try school.service.editPupil(deputy, pupil: orlov, details))
        XCTAssertThrowsError(try school.service.saveParent(teacher, pupil: orlov, ParentContact(
            id: nil, name: PersonName(last: "Орлова", first: "Мария"), phone: "", email: "", relation: "мать"
        )))
        XCTAssertEqual(try school.count("SELECT count(*) FROM parent WHERE last_name = 'Орлова'"), 0)
    }

    func testAnotherPupilsNumberOrAnEmptyNameIsRefusedAndNothingWritten() throws {
        let teacher = try school.signIn("teacher")
        var details = try school.service.pupilCard(teacher, pupil: PupilID(2)).details
        details.personalFile = "103"
        XCTAssertThrowsError(try school.service.editPupil(teacher, pupil: PupilID(2), details)) { error in
            XCTAssertEqual((error as? JournalError)?.message(in: .ru),
                           "Номер личного дела: № 103 уже у другого ученика (Яковлева В.И.); проверьте номер")
        }
        details.personalFile = "102"
        details.name.first = " "
        XCTAssertThrowsError(try school.service.editPupil(teacher, pupil: PupilID(2), details))
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history WHERE entity_key = 'pupil=2'"), 0)
    }

    /// The form and the file are one path: a phone edited on the form, then the school's old
    /// file imported again, shows the row as changed (back to the file's phone).
    func testAFormEditThenTheOldFileReimportedShowsAsChanged() throws {
        let teacher = try school.signIn("teacher")
        var file = PeopleFile("parents.csv")
        let lines = [ParentLine(place: file.next(), name: PersonName(last: "Иванов", first: "Сергей", patronymic: "Петрович"),
                                phone: "+7 900 000-11-11", relation: "отец", children: ["101"])]
        _ = try school.service.importParents(lines, file: "parents.csv", dryRun: false, session: teacher)
        var father = try XCTUnwrap(try school.service.pupilCard(teacher, pupil: PupilID(1)).parents.first)
        XCTAssertEqual(father.phone, "+7 900 000-11-11")
        father.phone = "+7 900 222-33-44"
        XCTAssertTrue(try school.service.saveParent(teacher, pupil: PupilID(1), father))
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'parent' AND entity_key = 'parent=1' AND field = 'phone'
              AND old_value = '+7 900 000-11-11' AND new_value = '+7 900 222-33-44'
            """), 1)

        let again = try school.service.importParents(lines, file: "parents.csv", dryRun: false, session: teacher)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 1, 0])
        XCTAssertEqual(try school.service.pupilCard(teacher, pupil: PupilID(1)).parents.first?.phone, "+7 900 000-11-11")
    }

    func testParentsAreAddedRenamedLinkedToASiblingAndUnlinked() throws {
        let teacher = try school.signIn("teacher")
        XCTAssertTrue(try school.service.saveParent(teacher, pupil: PupilID(3), ParentContact(
            id: nil, name: PersonName(last: "Яковлева", first: "Ирина", patronymic: "Сергеевна"),
            phone: "+7 900 123-45-67", email: "", relation: "мать"
        )))
        var mother = try XCTUnwrap(try school.service.pupilCard(teacher, pupil: PupilID(3)).parents.first)
        XCTAssertEqual([mother.name.full, mother.phone, mother.relation], ["Яковлева Ирина Сергеевна", "+7 900 123-45-67", "мать"])
        mother.name.patronymic = "Семёновна"
        XCTAssertTrue(try school.service.saveParent(teacher, pupil: PupilID(3), mother))
        XCTAssertEqual(try school.count("SELECT count(*) FROM parent WHERE patronymic = 'Семёновна'"), 1, "renamed, not a second parent")

        // The father of Иванова (101) is Алексеев's too.
        let siblings = try school.service.siblingParents(teacher, personalFile: "101")
        XCTAssertEqual(siblings.map(\.name.full), ["Иванов Сергей Петрович"])
        XCTAssertEqual(siblings.first?.phone, "", "a sibling's parents come without contacts")
        let father = try XCTUnwrap(siblings.first?.id)
        XCTAssertTrue(try school.service.linkParent(teacher, pupil: PupilID(2), parent: father, relation: "отец"))
        XCTAssertEqual(try school.count("SELECT count(*) FROM parent_pupil WHERE parent_id = \(father.rawValue)"), 2)

        try school.service.unlinkParent(teacher, pupil: PupilID(2), parent: father)
        XCTAssertEqual(try school.service.pupilCard(teacher, pupil: PupilID(2)).parents.map(\.name.full), ["Алексеева Ольга Ивановна"],
                       "his mother stays")
        XCTAssertEqual(try school.service.pupilCard(teacher, pupil: PupilID(1)).parents.map(\.id), [father], "the other child keeps the parent")
        XCTAssertEqual(try school.count("""
            SELECT count(*) FROM change_history WHERE entity = 'parent_pupil' AND entity_key = 'parent=\(father.rawValue);pupil=2'
              AND field = 'relation' AND old_value = 'отец' AND new_value IS NULL
            """), 1)
    }
}
