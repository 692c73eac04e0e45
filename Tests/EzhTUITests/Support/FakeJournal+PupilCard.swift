import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The cards of 5А's pupils: Алексеев (1) with his mother; his sister's (pupil «С-200») father,
/// to link; and every save the screens send.
final class FakePupilCardState {
    var details: [PupilID: PupilDetails] = [
        PupilID(1): PupilDetails(name: PersonName(last: "Алексеев", first: "Борис", patronymic: "Петрович"),
                                 birthDate: LocalDate(year: 2015, month: 5, day: 2), sex: .male, personalFile: "А-101",
                                 phone: "+7 900 100-00-01", email: ""),
    ]
    var parents: [PupilID: [ParentContact]] = [
        PupilID(1): [ParentContact(id: ParentID(1), name: PersonName(last: "Алексеева", first: "Ольга", patronymic: "Ивановна"),
                                   phone: "+7 900 200-00-02", email: "olga@example.ru", relation: "мать")],
    ]
    let siblingFather = ParentContact(id: ParentID(2), name: PersonName(last: "Алексеев", first: "Пётр", patronymic: "Ильич"),
                                      phone: "", email: "", relation: "отец")
}

extension FakeJournal: PupilCardBackend {
    func pupilCard(_ session: Session, pupil: PupilID) throws -> PupilCard {
        guard let details = pupilCards.details[pupil] else { throw JournalError.notFound(.verbatim("ученик")) }
        return PupilCard(pupil: pupil, className: FakeMovementState.fiveA.name, details: details, parents: pupilCards.parents[pupil] ?? [])
    }

    func editPupil(_ session: Session, pupil: PupilID, _ details: PupilDetails) throws -> Bool {
        try refuseIfAsked()
        defer { pupilCards.details[pupil] = details }
        return pupilCards.details[pupil] != details
    }

    func saveParent(_ session: Session, pupil: PupilID, _ parent: ParentContact) throws -> Bool {
        try refuseIfAsked()
        var list = pupilCards.parents[pupil] ?? []
        if let index = list.firstIndex(where: { $0.id != nil && $0.id == parent.id }) {
            guard list[index] != parent else { return false }
            list[index] = parent
        } else {
            var added = parent
            added.id = ParentID(Int64(10 + list.count))
            list.append(added)
        }
        pupilCards.parents[pupil] = list
        return true
    }

    func siblingParents(_ session: Session, personalFile: String) throws -> [ParentContact] {
        guard personalFile == "С-200" else { throw JournalError.notFound(.verbatim("ученик с личным делом № \(personalFile)")) }
        return [pupilCards.siblingFather]
    }

    func linkParent(_ session: Session, pupil: PupilID, parent: ParentID, relation: String) throws -> Bool {
        try refuseIfAsked()
        var father = pupilCards.siblingFather
        father.phone = "+7 900 300-00-03"
        pupilCards.parents[pupil, default: []].append(father)
        return true
    }

    func unlinkParent(_ session: Session, pupil: PupilID, parent: ParentID) throws {
        try refuseIfAsked()
        pupilCards.parents[pupil]?.removeAll { $0.id == parent }
    }
}
