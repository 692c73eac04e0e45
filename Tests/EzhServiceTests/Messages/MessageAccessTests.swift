import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Who reads and writes which thread: every family account against every thread, and the
/// rule that a parent writes only to the staff of their own children's classes.
final class MessageAccessTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        try MessageFamilies.add(to: school)
    }

    override func tearDown() {
        school.remove()
    }

    /// Threads of every kind: the class teacher to each family, a subject teacher to the class,
    /// staff to the deputy, a parent and a pupil to a teacher.
    private func everyKindOfThread() throws -> [(thread: MessageThreadID, pupil: PupilID?, members: Set<String>)] {
        let teacher = try school.signIn("teacher")
        var threads: [(MessageThreadID, PupilID?, Set<String>)] = []
        func one(_ session: Session, _ to: MessageAddressee) throws -> MessageThreadID {
            try XCTUnwrap(try school.service.startMessageThread(session, to: to, subject: "Тема", body: "Текст").threads.first)
        }
        threads.append((try one(teacher, .family(TestSchool.ivanova)), TestSchool.ivanova, ["teacher", "parent", "mother"]))
        threads.append((try one(teacher, .parent(MessageFamilies.mother, pupil: TestSchool.ivanova)), TestSchool.ivanova, ["teacher", "mother"]))
        threads.append((try one(teacher, .family(TestSchool.alexeev)), TestSchool.alexeev, ["teacher", "alekseeva"]))
        for thread in try school.service.startMessageThread(
            try school.signIn("other"), to: .classFamilies(ClassID(1)), subject: "Тема", body: "Текст"
        ).threads {
            let opened = try school.service.openMessageThread(try school.signIn("other"), thread)
            let ivanova = opened.pupilName?.first == "Анна"
            threads.append((thread, ivanova ? TestSchool.ivanova : TestSchool.alexeev,
                            ivanova ? ["other", "parent", "mother"] : ["other", "alekseeva"]))
        }
        threads.append((try one(teacher, .deputy), nil, ["teacher", "deputy"]))
        threads.append((try one(try school.signIn("parent"), .staff(StaffID(2), pupil: TestSchool.ivanova)), TestSchool.ivanova, ["parent", "other"]))
        threads.append((try one(try school.signIn("pupil"), .staff(StaffID(1), pupil: TestSchool.ivanova)), TestSchool.ivanova, ["pupil", "teacher"]))
        return threads
    }

    func testEveryFamilyAccountAgainstEveryThreadLeaksNothing() throws {
        let threads = try everyKindOfThread()
        XCTAssertEqual(threads.count, 8)
        let staffLogins = ["teacher", "other", "deputy", "admin", "director"]
        var checked = 0
        for login in MessageFamilies.familyLogins.map(\.login) + staffLogins {
            let session = try school.signIn(login)
            let own = Set(threads.filter { $0.members.contains(login) }.map(\.thread))
            XCTAssertEqual(Set(try school.service.messageThreads(session).map(\.id)), own, login)
            for entry in threads {
                checked += 1
                if own.contains(entry.thread) {
                    let opened = try school.service.openMessageThread(session, entry.thread)
                    XCTAssertTrue(entry.pupil == nil || opened.pupilName != nil, login)
                    continue
                }
                XCTAssertThrowsError(try school.service.openMessageThread(session, entry.thread), "\(login) opened \(entry.thread)") {
                    guard case .notFound = $0 as? JournalError else { return XCTFail("\($0)") }
                }
                XCTAssertThrowsError(try school.service.replyToMessageThread(session, entry.thread, body: "чужое"), "\(login) replied")
            }
            // What a family sees names only its own child.
            if let pupil = MessageFamilies.familyLogins.first(where: { $0.login == login })?.pupil {
                let names = try school.service.messageThreads(session).compactMap(\.pupilName)
                let own = try XCTUnwrap(try school.service.diaryPupils(session).first { $0.id == pupil }).name
                XCTAssertTrue(names.allSatisfy { $0 == own }, "\(login) sees \(names)")
            }
        }
        XCTAssertEqual(checked, 8 * 9, "eight threads against nine accounts")
        XCTAssertEqual(try school.count("SELECT count(*) FROM message_version WHERE body = 'чужое'"), 0, "no refused reply was written")
    }

    func testAParentWritesOnlyToTheStaffOfTheirOwnChildrensClasses() throws {
        let parent = try school.signIn("parent")
        let book = try school.service.messageAddressBook(parent)
        XCTAssertEqual(Set(book.staff.map(\.name.last)), ["Петрова", "Сидоров"])
        XCTAssertTrue(book.staff.allSatisfy { $0.pupil == TestSchool.ivanova })
        XCTAssertEqual(book.staff.first { $0.isClassTeacher }?.name.last, "Петрова")
        XCTAssertTrue(book.classes.isEmpty)
        XCTAssertFalse(book.writesToDeputy)
        for (addressee, why) in [
            (MessageAddressee.staff(StaffID(1), pupil: TestSchool.alexeev), "another family's child"),
            (.staff(StaffID(5), pupil: TestSchool.ivanova), "the director does not teach 5А"),
            (.staff(StaffID(2), pupil: TestSchool.firstGrader), "not their child's class"),
            (.family(TestSchool.ivanova), "parents do not write to families"),
            (.classFamilies(ClassID(1)), "nor to a class"),
            (.deputy, "nor to the deputy"),
        ] {
            XCTAssertThrowsError(try school.service.startMessageThread(parent, to: addressee, subject: "Т", body: "Т"), why) {
                guard case .accessDenied = $0 as? JournalError else { return XCTFail("\(why): \($0)") }
            }
        }
        XCTAssertEqual(try school.count("SELECT count(*) FROM message_thread"), 0)
    }

    func testStaffWriteToTheFamiliesOfTheClassesTheyLeadOrTeachAndTheAdministrationToAny() throws {
        XCTAssertEqual(try school.service.messageAddressBook(try school.signIn("teacher")).classes.map(\.id), [ClassID(1)])
        XCTAssertEqual(try school.service.messageAddressBook(try school.signIn("other")).classes.map(\.id), [ClassID(2), ClassID(1)])
        XCTAssertEqual(try school.service.messageAddressBook(try school.signIn("deputy")).classes.count, 2)
        XCTAssertTrue(try school.service.messageAddressBook(try school.signIn("admin")).classes.isEmpty)
        XCTAssertThrowsError(try school.service.startMessageThread(
            try school.signIn("teacher"), to: .family(TestSchool.firstGrader), subject: "Т", body: "Т"
        )) { guard case .accessDenied = $0 as? JournalError else { return XCTFail("\($0)") } }
        XCTAssertThrowsError(try school.service.messageFamilies(try school.signIn("admin"), classID: ClassID(1)))
        let families = try school.service.messageFamilies(try school.signIn("teacher"), classID: ClassID(1))
        XCTAssertEqual(families.map(\.pupilName.last), ["Алексеев", "Иванова", "Яковлева"], "the pupil who left is not listed")
        XCTAssertEqual(families[1].parents.map(\.hasAccount), [true, true])
        XCTAssertEqual(families[2].parents.map(\.hasAccount), [false])
    }

    func testAParentUnlinkedFromThePupilNoLongerReadsTheThread() throws {
        let thread = try XCTUnwrap(try school.service.startMessageThread(
            try school.signIn("teacher"), to: .family(TestSchool.ivanova), subject: "Т", body: "Т"
        ).threads.first)
        let mother = try school.signIn("mother")
        XCTAssertEqual(try school.service.unreadMessageCount(mother), 1)
        try school.service.unlinkParent(try school.signIn("teacher"), pupil: TestSchool.ivanova, parent: MessageFamilies.mother)
        XCTAssertEqual(try school.service.unreadMessageCount(mother), 0)
        XCTAssertTrue(try school.service.messageThreads(mother).isEmpty)
        XCTAssertThrowsError(try school.service.openMessageThread(mother, thread))
        XCTAssertThrowsError(try school.service.replyToMessageThread(mother, thread, body: "Т"))
        XCTAssertEqual(try school.service.messageThreads(try school.signIn("parent")).map(\.id), [thread], "the other parent still reads it")
    }
}
