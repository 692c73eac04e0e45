import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Records a pupil's arrival, departure or transfer (движение обучающихся) with its date and
    /// order, in one transaction with its history. A class teacher records arrivals into and
    /// departures from their own class; a transfer between classes, and any class's movement,
    /// needs the deputy or the administrator. Marks and attendance are never removed: a
    /// departure dated before existing entries keeps them, and the outcome lists them.
    public func movePupil(_ session: Session, _ movement: PupilMovement) throws -> MovementOutcome {
        let order = movement.order.trimmingCharacters(in: .whitespaces)
        let place = movement.place.trimmingCharacters(in: .whitespaces)
        try TextLimit.orderNumber.check(order)
        try TextLimit.movementPlace.check(place)
        guard !order.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(.orderNumber), problem: BilingualText(
                "укажите номер приказа о движении", "type the number of the order for the movement"
            ))
        }
        if case .new(let pupil) = movement.pupil { try Self.check(pupil) }
        return try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            try require(.managePupils, viewer)
            switch movement.kind {
            case .arrival:
                return try arrive(movement, order: order, place: place, viewer: viewer, stamp, db)
            case .departure:
                return try depart(movement, order: order, place: place, viewer: viewer, stamp, db)
            case .transfer:
                return try transfer(movement, order: order, viewer: viewer, stamp, db)
            }
        }
    }

    /// Everyone who was in the class during its year, with their stays: those who left are
    /// listed too (with the date), so the list matches what the grids show.
    public func classRoster(_ session: Session, classID: ClassID) throws -> [ClassRosterEntry] {
        try loggedRead(session, .read, object: "список учеников класса",
                       scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)) { db in
            let viewer = try viewer(for: session, db)
            guard viewer.readsWholeSchool || SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles)
                || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID))
            else { throw JournalError.accessDenied(BilingualText("список чужого класса", "another class's list")) }
            let rows = try MovementQueries.roster(ofClass: classID, db).map {
                ClassRosterEntry(pupilID: $0.row.pupilID, name: $0.name, personalFile: $0.personalFile, stay: $0.row.stay)
            }
            return PersonName.sortedAlphabetically(rows, by: \.name)
        }
    }

    /// The classes whose pupil lists the person keeps in the current year: the deputy's and the
    /// administrator's every class, a class teacher's their own.
    public func pupilListClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        let today = today()
        return try read { db in
            let viewer = try viewer(for: session, db)
            try require(.managePupils, viewer)
            guard let year = SchoolYear.current(among: try YearQueries.years(db), on: today) else { return [] }
            let classes = try MovementQueries.classes(ofYear: year.id, db)
            if SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles) { return classes }
            return classes.filter { viewer.ledClasses.contains($0.id) }
        }
    }

    /// The classes of the year a class belongs to: where a pupil may be transferred.
    public func classesOfYear(of classID: ClassID) throws -> [(id: ClassID, name: ClassName)] {
        try read { db in
            guard let year = try MovementQueries.classYear(classID, db) else { throw JournalError.notFound(.classWord) }
            return try MovementQueries.classes(ofYear: year.yearID, db)
        }
    }

    /// The pupil a command names by personal-file number or full name; refused when none or
    /// several match, saying how to name them exactly.
    public func findPupil(_ text: String) throws -> PupilID {
        let text = text.split(separator: " ").joined(separator: " ")
        let found = try read { try MovementQueries.pupils(named: text, $0) }
        guard let first = found.first else {
            throw JournalError.notFound(BilingualText(
                "ученик «\(text)»; укажите номер личного дела или фамилию, имя и отчество",
                "pupil “\(text)”; give the personal-file number or the full name"
            ))
        }
        guard found.count == 1 else {
            let files = found.map { $0.personalFile ?? "—" }.joined(separator: ", ")
            throw JournalError.invalidInput(field: .pupilField, problem: BilingualText(
                "«\(text)» — несколько учеников (личные дела: \(files)); укажите номер личного дела",
                "“\(text)” names several pupils (personal files: \(files)); give the personal-file number"
            ))
        }
        return first.id
    }

    // MARK: - The three movements

    private func arrive(
        _ movement: PupilMovement, order: String, place: String, viewer: Viewer, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> MovementOutcome {
        guard let classID = movement.targetClass else { throw JournalError.notFound(.classWord) }
        let target = try openClassYear(classID, db)
        try requireClass(classID, viewer)
        try Self.check(movement.date, inYearOf: target)
        let pupil: PupilID
        switch movement.pupil {
        case .new(let person):
            if let file = person.personalFile, let other = try MovementQueries.pupil(withPersonalFile: file, db) {
                let name = try MovementQueries.pupilName(other, db)?.full ?? "?"
                throw JournalError.invalidInput(field: BilingualText(.personalFile), problem: BilingualText(
                    "№ \(file) уже у ученика \(name); проверьте номер или оформите возвращение этого ученика",
                    "no. \(file) already belongs to \(name); check the number, or record that pupil's return"
                ))
            }
            pupil = try MovementQueries.insertPupil(person, db)
            for (field, value) in [
                ("last_name", person.name.last), ("first_name", person.name.first), ("patronymic", person.name.patronymic),
                ("gender", person.sex), ("birth_date", person.birthDate?.iso ?? ""), ("personal_file", person.personalFile ?? ""),
            ] where !value.isEmpty {
                try ChangeLog.record(stamp.change(entity: "pupil", key: "pupil=\(pupil)", field: field, from: nil, to: value), in: db)
            }
        case .returning(let id):
            guard try MovementQueries.pupilName(id, db) != nil else { throw JournalError.notFound(.pupil) }
            if let last = try MovementQueries.stays(of: id, db).last, last.stay.to.map({ $0 >= movement.date }) ?? true {
                throw Self.stillInClass(last.stay)
            }
            pupil = id
        }
        let stay = try MovementQueries.insertStay(
            pupil: pupil, classID: classID, from: movement.date, order: order, arrivedFrom: place.isEmpty ? nil : place, db
        )
        try recordStay(stay, pupil: pupil, classID: classID, fields: [
            ("from_date", movement.date.iso), ("arrival_order", order), ("arrived_from", place),
        ], stamp, db)
        var notices: [BilingualText] = []
        if try MovementQueries.hasSubgroups(classID, db) {
            notices.append(BilingualText(
                "в \(target.name) есть группы: включите ученика в группы по предметам",
                "\(target.name) has subgroups: add the pupil to the subject groups"
            ))
        }
        return MovementOutcome(pupil: pupil, notices: notices)
    }

    private func depart(
        _ movement: PupilMovement, order: String, place: String, viewer: Viewer, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> MovementOutcome {
        let (pupil, current) = try currentStay(movement.pupil, db)
        let year = try openClassYear(current.stay.classID, db)
        try requireClass(current.stay.classID, viewer)
        try Self.check(movement.date, inYearOf: year)
        guard movement.date >= current.stay.from else { throw Self.beforeStay(current.stay) }
        try MovementQueries.endStay(
            current.id, lastDay: movement.date, order: order, departedTo: place.isEmpty ? nil : place, db
        )
        try recordStay(current.id, pupil: pupil, classID: current.stay.classID, fields: [
            ("to_date", movement.date.iso), ("departure_order", order), ("departed_to", place),
        ], stamp, db)
        try leaveSubgroups(pupil, of: current.stay.classID, after: movement.date, stamp, db)
        return MovementOutcome(pupil: pupil, notices: try entriesAfter(pupil, current.stay, lastDay: movement.date, db))
    }

    private func transfer(
        _ movement: PupilMovement, order: String, viewer: Viewer, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws -> MovementOutcome {
        // Moving a pupil between classes changes two classes' lists: the deputy's or the
        // administrator's call, not one class teacher's.
        try require(.manageSchoolYear, viewer)
        guard let targetID = movement.targetClass else { throw JournalError.notFound(.classWord) }
        let (pupil, current) = try currentStay(movement.pupil, db)
        let source = try openClassYear(current.stay.classID, db)
        let target = try openClassYear(targetID, db)
        guard targetID != current.stay.classID else {
            throw JournalError.invalidInput(field: BilingualText("Класс", "Class"), problem: BilingualText(
                "ученик уже в \(target.name); выберите другой класс", "the pupil is already in \(target.name); choose another class"
            ))
        }
        guard target.yearID == source.yearID else {
            throw JournalError.invalidInput(field: BilingualText("Класс", "Class"), problem: BilingualText(
                "\(target.name) — класс другого учебного года (\(target.yearName)); переводят в класс того же года",
                "\(target.name) is a class of another school year (\(target.yearName)); transfer within the same year"
            ))
        }
        try Self.check(movement.date, inYearOf: source)
        guard movement.date > current.stay.from else {
            throw JournalError.invalidInput(field: .date, problem: BilingualText(
                "ученик в \(current.stay.className) с \(current.stay.from.russian); перевод возможен со следующего дня",
                "the pupil is in \(current.stay.className) since \(current.stay.from.russian); a transfer can start the day after"
            ))
        }
        let lastDay = movement.date.adding(days: -1)
        try MovementQueries.endStay(current.id, lastDay: lastDay, order: order, departedTo: target.name.description, db)
        try recordStay(current.id, pupil: pupil, classID: current.stay.classID, fields: [
            ("to_date", lastDay.iso), ("departure_order", order), ("departed_to", target.name.description),
        ], stamp, db)
        let stay = try MovementQueries.insertStay(
            pupil: pupil, classID: targetID, from: movement.date, order: order, arrivedFrom: current.stay.className.description, db
        )
        try recordStay(stay, pupil: pupil, classID: targetID, fields: [
            ("from_date", movement.date.iso), ("arrival_order", order), ("arrived_from", current.stay.className.description),
        ], stamp, db)
        try leaveSubgroups(pupil, of: current.stay.classID, after: lastDay, stamp, db)
        var notices = try entriesAfter(pupil, current.stay, lastDay: lastDay, db)
        if try MovementQueries.hasSubgroups(targetID, db) {
            notices.append(BilingualText(
                "в \(target.name) есть группы: включите ученика в группы по предметам",
                "\(target.name) has subgroups: add the pupil to the subject groups"
            ))
        }
        return MovementOutcome(pupil: pupil, notices: notices)
    }

    // MARK: - Checks and history

    /// The class and its year, refusing a closed year (it stays as it was closed).
    private func openClassYear(_ classID: ClassID, _ db: StoreTransaction) throws -> MovementQueries.ClassYear {
        guard let year = try MovementQueries.classYear(classID, db) else { throw JournalError.notFound(.classWord) }
        guard !year.isClosed else { throw JournalError.yearClosed(year.yearName) }
        return year
    }

    /// A class teacher moves pupils of their own class only; the deputy and the administrator any.
    private func requireClass(_ classID: ClassID, _ viewer: Viewer) throws {
        guard SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles) || viewer.ledClasses.contains(classID) else {
            throw JournalError.accessDenied(BilingualText("движение учеников чужого класса", "movement of another class's pupils"))
        }
    }

    /// The stay a departure or transfer ends: the pupil's last, which must still be open.
    private func currentStay(_ who: ArrivingPupil, _ db: StoreTransaction) throws -> (PupilID, MovementQueries.StayRow) {
        guard case .returning(let pupil) = who, try MovementQueries.pupilName(pupil, db) != nil else {
            throw JournalError.notFound(.pupil)
        }
        guard let last = try MovementQueries.stays(of: pupil, db).last else {
            throw JournalError.invalidInput(field: .pupilField, problem: BilingualText(
                "не числится ни в одном классе; оформите прибытие", "is in no class; record an arrival first"
            ))
        }
        if let to = last.stay.to {
            throw JournalError.invalidInput(field: .pupilField, problem: BilingualText(
                "уже выбыл из \(last.stay.className) \(to.russian)\(last.stay.departureOrder.map { " (приказ \($0))" } ?? "")",
                "already left \(last.stay.className) on \(to.russian)\(last.stay.departureOrder.map { " (order \($0))" } ?? "")"
            ))
        }
        return (pupil, last)
    }

    private static func check(_ date: LocalDate, inYearOf year: MovementQueries.ClassYear) throws {
        guard year.year.contains(date) else {
            throw JournalError.invalidInput(field: .date, problem: BilingualText(
                "\(date.russian) вне учебного года \(year.yearName) (\(year.year.first.russian)–\(year.year.last.russian))",
                "\(date.russian) is outside the school year \(year.yearName) (\(year.year.first.russian)-\(year.year.last.russian))"
            ))
        }
    }

    private static func check(_ pupil: NewPupil) throws {
        for part in [pupil.name.last, pupil.name.first, pupil.name.patronymic] { try TextLimit.personName.check(part) }
        try pupil.personalFile.map { try TextLimit.personalFile.check($0) }
        guard !pupil.name.last.isEmpty, !pupil.name.first.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(.personName), problem: BilingualText(
                "укажите фамилию и имя ученика", "type the pupil's last and first name"
            ))
        }
        guard ["m", "f"].contains(pupil.sex) else {
            throw JournalError.invalidInput(field: BilingualText("Пол", "Sex"), problem: BilingualText(
                "укажите «м» или «ж»", "type “m” or “f”"
            ))
        }
    }

    private static func stillInClass(_ stay: PupilStay) -> JournalError {
        if let to = stay.to {
            return JournalError.invalidInput(field: .date, problem: BilingualText(
                "ученик числится в \(stay.className) по \(to.russian); прибытие возможно со следующего дня",
                "the pupil is in \(stay.className) through \(to.russian); an arrival can start the day after"
            ))
        }
        return JournalError.invalidInput(field: .pupilField, problem: BilingualText(
            "уже учится в \(stay.className) с \(stay.from.russian); для смены класса оформите перевод",
            "already in \(stay.className) since \(stay.from.russian); to change the class, record a transfer"
        ))
    }

    private static func beforeStay(_ stay: PupilStay) -> JournalError {
        JournalError.invalidInput(field: .date, problem: BilingualText(
            "раньше начала обучения в \(stay.className) (\(stay.from.russian))",
            "before the pupil's stay in \(stay.className) began (\(stay.from.russian))"
        ))
    }

    private func recordStay(
        _ id: Int64, pupil: PupilID, classID: ClassID, fields: [(String, String)], _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws {
        for (field, value) in fields where !value.isEmpty {
            try ChangeLog.record(stamp.change(
                entity: "class_membership", key: "membership=\(id);pupil=\(pupil)", field: field, from: nil, to: value,
                scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
            ), in: db)
        }
    }

    private func leaveSubgroups(
        _ pupil: PupilID, of classID: ClassID, after day: LocalDate, _ stamp: ChangeStamp, _ db: StoreTransaction
    ) throws {
        for (subgroup, period) in try MovementQueries.leaveSubgroups(pupil, ofClass: classID, periodsAfter: day, db) {
            try ChangeLog.record(stamp.change(
                entity: "subgroup_membership", key: "subgroup=\(subgroup);pupil=\(pupil);period=\(period)", field: "member",
                from: "1", to: nil, scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
            ), in: db)
        }
    }

    /// A notice listing the entries dated after the pupil's last day in the class: they stay,
    /// but nobody can enter more after that day.
    private func entriesAfter(_ pupil: PupilID, _ stay: PupilStay, lastDay: LocalDate, _ db: StoreTransaction) throws -> [BilingualText] {
        let entries = try MovementQueries.entries(of: pupil, inClass: stay.classID, after: lastDay, db)
        guard !entries.isEmpty else { return [] }
        let list = entries.prefix(20).map { "\($0.subject) \($0.date.dayMonth): \($0.value)" }.joined(separator: "; ")
        let more = entries.count > 20 ? " …" : ""
        return [BilingualText(
            "после \(lastDay.russian) у ученика в \(stay.className) остаются записи (\(entries.count)), они сохранены: \(list)\(more)",
            "after \(lastDay.russian) the pupil has entries in \(stay.className) (\(entries.count)); they are kept: \(list)\(more)"
        )]
    }
}
