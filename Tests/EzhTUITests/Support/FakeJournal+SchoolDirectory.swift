import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The school's staff, and the class the teacher leads.
extension FakeJournal: SchoolDirectoryBackend {
    func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)] {
        [(StaffID(2), PersonName(last: "Завучева", first: "Ольга", patronymic: "Ивановна")),
         (StaffID(1), PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"))]
    }

    func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        session.has(.classTeacher) ? [(Fixture.math.classID, Fixture.math.className)] : []
    }
}
