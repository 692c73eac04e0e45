import EzhCore
import EzhService
import EzhTUI
import Foundation

/// 5А's list over the year: three pupils in the class, Ёлкина who left on 20.11, and the
/// movements the screens send.
final class FakeMovementState {
    static let fiveA = (id: Fixture.math.classID, name: Fixture.math.className)
    static let fiveB = (id: ClassID(6), name: ClassName(grade: 5, letter: "Б"))
    static let yearStart = LocalDate(year: 2026, month: 9, day: 1)
    static let lastYearsMath = JournalPage(classID: ClassID(4), className: ClassName(grade: 4, letter: "А"),
                                           subjectID: SubjectID(1), subjectName: "Математика")

    var roster: [ClassRosterEntry] = [
        entry(1, "Алексеев", "Борис", file: "А-101"),
        entry(2, "Ёлкина", "Юлия", file: "Ё-102", to: LocalDate(year: 2026, month: 11, day: 20), order: "45-о", place: "Школа № 7"),
        entry(3, "Иванова", "Мария", file: "И-103"),
    ]
    /// Every movement sent, in order.
    var movements: [PupilMovement] = []
    /// The school's years, oldest first; the last is the current one.
    var years = [SchoolYear(id: YearID(2), name: "2026/2027", span: DateSpan(yearStart, LocalDate(year: 2027, month: 8, day: 31)),
                            isClosed: false)]

    private static func entry(
        _ id: Int64, _ last: String, _ first: String, file: String, to: LocalDate? = nil, order: String? = nil, place: String? = nil
    ) -> ClassRosterEntry {
        ClassRosterEntry(pupilID: PupilID(id), name: PersonName(last: last, first: first), personalFile: file, stay: PupilStay(
            classID: fiveA.id, className: fiveA.name, from: yearStart, to: to, departureOrder: order, departedTo: place
        ))
    }
}

extension FakeJournal: MovementBackend {
    func pupilListClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        session.has(.deputy) ? [FakeMovementState.fiveA, FakeMovementState.fiveB] : try ledClasses(session)
    }

    func classRoster(_ session: Session, classID: ClassID) throws -> [ClassRosterEntry] {
        movement.roster.filter { $0.stay.classID == classID }
    }

    func classesOfYear(of classID: ClassID) throws -> [(id: ClassID, name: ClassName)] {
        [FakeMovementState.fiveA, FakeMovementState.fiveB]
    }

    /// Records the movement; a departure ends the pupil's stay as the service would.
    func movePupil(_ session: Session, _ movement: PupilMovement) throws -> MovementOutcome {
        if let error = refuseNextWrite {
            refuseNextWrite = nil
            throw error
        }
        self.movement.movements.append(movement)
        guard case .returning(let pupil) = movement.pupil else { return MovementOutcome(pupil: PupilID(99), notices: []) }
        if movement.kind == .departure, let index = self.movement.roster.firstIndex(where: { $0.pupilID == pupil }) {
            let old = self.movement.roster[index]
            self.movement.roster[index] = ClassRosterEntry(
                pupilID: pupil, name: old.name, personalFile: old.personalFile,
                stay: PupilStay(classID: old.stay.classID, className: old.stay.className, from: old.stay.from, to: movement.date,
                                departureOrder: movement.order, departedTo: movement.place)
            )
        }
        return MovementOutcome(pupil: pupil, notices: [])
    }
}
