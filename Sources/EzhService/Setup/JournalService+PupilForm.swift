import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The pupil's data, contacts and parents for the edit form (administrator, deputy, or the
    /// class teacher of the pupil's class). The access log names the pupil's class, not the data.
    public func pupilCard(_ session: Session, pupil: PupilID) throws -> PupilCard {
        let day = today()
        return try loggedRead(session, .read, object: "карточка ученика") { db in
            let (stored, schoolClass) = try formPupil(pupil, session: session, on: day, db)
            let parents = try PeopleSetupQueries.parents(db).compactMap { parent -> ParentContact? in
                guard let relation = parent.children[pupil] else { return nil }
                return ParentContact(id: parent.id, name: parent.name, phone: parent.phone ?? "", email: parent.email ?? "", relation: relation)
            }
            return PupilCard(
                pupil: pupil, className: schoolClass.name,
                details: PupilDetails(
                    name: stored.name, birthDate: stored.birthDate, sex: stored.sex, personalFile: stored.personalFile ?? "",
                    phone: stored.phone ?? "", email: stored.email ?? ""
                ),
                parents: PersonName.sortedAlphabetically(parents, by: \.name)
            )
        }
    }

    /// Saves the pupil's form as one row of a pupil import (the same checks, history and access
    /// log); returns whether anything changed. A problem the row would have is thrown as the
    /// form's error, and nothing is written.
    @discardableResult
    public func editPupil(_ session: Session, pupil: PupilID, _ details: PupilDetails) throws -> Bool {
        let day = today()
        let className = try read { try formPupil(pupil, session: session, on: day, $0).schoolClass.name }
        let line = PupilLine(
            place: SheetPlace(file: Self.pupilForm, row: 0), name: details.name, birthDate: details.birthDate, sex: details.sex,
            personalFile: details.personalFile, className: className, phone: details.phone, email: details.email, pupil: pupil
        )
        let report = try importPupils([line], file: Self.pupilForm, dryRun: false, session: session)
        try Self.throwFirstProblem(report)
        return report.changed > 0
    }

    /// Adds a parent to the pupil (`parent.id` nil) or saves an edited one, as one row of a
    /// parent import; returns whether anything changed.
    @discardableResult
    public func saveParent(_ session: Session, pupil: PupilID, _ parent: ParentContact) throws -> Bool {
        let line = ParentLine(
            place: SheetPlace(file: Self.parentForm, row: 0), name: parent.name, phone: parent.phone, email: parent.email,
            relation: parent.relation, children: [], parent: parent.id, child: pupil
        )
        let report = try importParents([line], file: Self.parentForm, dryRun: false, session: session)
        try Self.throwFirstProblem(report)
        return report.added + report.changed > 0
    }

    /// The parents of another pupil, named by personal-file number: a brother's or sister's
    /// parents, to link to this pupil too. Names and relations only: their contacts stay on
    /// their own form.
    public func siblingParents(_ session: Session, personalFile: String) throws -> [ParentContact] {
        let number = personalFile.trimmingCharacters(in: .whitespaces)
        let day = today()
        return try read { db in
            try require(.managePupils, try viewer(for: session, db))
            guard let year = try PeopleSetupQueries.currentYear(on: day, db),
                  let sibling = try PeopleSetupQueries.pupils(in: year.id, on: max(day, year.span.first), db).first(where: { $0.personalFile == number })
            else { throw JournalError.notFound(BilingualText("ученик с личным делом № \(number)", "a pupil with personal file No. \(number)")) }
            let parents = try PeopleSetupQueries.parents(db).compactMap { parent -> ParentContact? in
                guard let relation = parent.children[sibling.id] else { return nil }
                return ParentContact(id: parent.id, name: parent.name, phone: "", email: "", relation: relation)
            }
            return PersonName.sortedAlphabetically(parents, by: \.name)
        }
    }

    /// Links a parent the journal already has (a sibling's) to this pupil, as a parent import
    /// row naming both would; the parent's contacts are kept as stored.
    @discardableResult
    public func linkParent(_ session: Session, pupil: PupilID, parent: ParentID, relation: String) throws -> Bool {
        let stored = try read { db in try PeopleSetupQueries.parents(db).first { $0.id == parent } }
        guard let stored else { throw JournalError.notFound(BilingualText("родитель", "parent")) }
        return try saveParent(session, pupil: pupil, ParentContact(
            id: parent, name: stored.name, phone: stored.phone ?? "", email: stored.email ?? "", relation: relation
        ))
    }

    /// Unlinks a parent from the pupil (a mistaken link); the parent stays, with their other
    /// children and their account. An import never does this: a missing row removes nothing.
    public func unlinkParent(_ session: Session, pupil: PupilID, parent: ParentID) throws {
        let day = today()
        try write(session) { db, stamp in
            let (_, schoolClass) = try formPupil(pupil, session: session, on: day, db)
            guard let stored = try PeopleSetupQueries.parents(db).first(where: { $0.id == parent }),
                  let relation = stored.children[pupil]
            else { throw JournalError.notFound(BilingualText("родитель этого ученика", "this pupil's parent")) }
            try PeopleSetupWrites.unlinkChild(parent: parent, pupil: pupil, db)
            try ChangeLog.record(stamp.change(
                entity: "parent_pupil", key: "parent=\(parent);pupil=\(pupil)", field: "relation", from: relation, to: nil,
                scope: ChangeScope(classID: schoolClass.id, subjectID: nil, lessonDate: nil)
            ), in: db)
        }
    }

    /// What the forms are called in history and the access log, where a file's name would be.
    static let pupilForm = "форма «Ученик»"
    static let parentForm = "форма «Родитель»"

    /// The pupil a form works on, with their class today (or on the year's first day before it
    /// begins), when the person may keep that class's list.
    private func formPupil(
        _ pupil: PupilID, session: Session, on today: LocalDate, _ db: StoreTransaction
    ) throws -> (pupil: StoredPupil, schoolClass: StoredClass) {
        let viewer = try viewer(for: session, db)
        try require(.managePupils, viewer)
        guard let year = try PeopleSetupQueries.currentYear(on: today, db),
              let stored = try PeopleSetupQueries.pupils(in: year.id, on: max(today, year.span.first), db).first(where: { $0.id == pupil })
        else { throw JournalError.notFound(BilingualText("ученик", "pupil")) }
        guard let classID = stored.classID, let schoolClass = try PeopleSetupQueries.classes(in: year.id, db).first(where: { $0.id == classID }) else {
            throw JournalError.invalidInput(field: BilingualText("ученик", "pupil"), problem: BilingualText(
                "ученик сейчас не в классе (выбыл); его данные меняются после прибытия", "the pupil is not in a class now (left); their data changes after an arrival"
            ))
        }
        if viewer.roles.isDisjoint(with: [.administrator, .deputy]), !viewer.ledClasses.contains(classID) {
            throw JournalError.accessDenied(BilingualText("ученик чужого класса (\(schoolClass.name))", "a pupil of another class (\(schoolClass.name))"))
        }
        return (stored, schoolClass)
    }

    /// A form's row with a problem is refused with the problem's column and message.
    static func throwFirstProblem(_ report: ImportReport) throws {
        guard let problem = report.problems.first else { return }
        throw JournalError.invalidInput(field: .verbatim(problem.column ?? PeopleColumn.lastName), problem: problem.message)
    }
}
