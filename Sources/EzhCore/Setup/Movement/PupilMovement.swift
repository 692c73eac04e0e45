/// Pupil movement (движение обучающихся): a pupil arrives in a class, leaves the school, or moves
/// to another class of the school, each on a date and under an order (приказ).
public enum MovementKind: String, Sendable, CaseIterable {
    case arrival
    case departure
    case transfer
}

/// Who arrives: a pupil already in the school's records (returning), or a new one.
public enum ArrivingPupil: Sendable, Hashable {
    case returning(PupilID)
    case new(NewPupil)
}

/// A pupil the school has no record of yet.
public struct NewPupil: Sendable, Hashable {
    public var name: PersonName
    public var birthDate: LocalDate?
    /// "m" or "f".
    public var sex: String
    public var personalFile: String?

    public init(name: PersonName, birthDate: LocalDate?, sex: String, personalFile: String?) {
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
        self.personalFile = personalFile
    }
}

/// One movement as a person asks for it. `date` is the first day in the new class for an
/// arrival or a transfer, and the last day in the class for a departure.
public struct PupilMovement: Sendable, Hashable {
    public var kind: MovementKind
    public var date: LocalDate
    public var order: String
    /// Arrival: the pupil; departure and transfer: `.returning` of the pupil who moves.
    public var pupil: ArrivingPupil
    /// Arrival and transfer: the class the pupil joins.
    public var targetClass: ClassID?
    /// Arrival: where from; departure: where to (another school, a town). Free text.
    public var place: String

    public static func arrival(
        _ pupil: ArrivingPupil, into classID: ClassID, on date: LocalDate, order: String, from place: String = ""
    ) -> PupilMovement {
        PupilMovement(kind: .arrival, date: date, order: order, pupil: pupil, targetClass: classID, place: place)
    }

    public static func departure(_ pupil: PupilID, lastDay date: LocalDate, order: String, to place: String = "") -> PupilMovement {
        PupilMovement(kind: .departure, date: date, order: order, pupil: .returning(pupil), targetClass: nil, place: place)
    }

    public static func transfer(_ pupil: PupilID, to classID: ClassID, from date: LocalDate, order: String) -> PupilMovement {
        PupilMovement(kind: .transfer, date: date, order: order, pupil: .returning(pupil), targetClass: classID, place: "")
    }
}

/// A pupil's stay in one class: from its first day through its last (nil: still there), with the
/// orders and places of the movements that began and ended it.
public struct PupilStay: Sendable, Hashable {
    public let classID: ClassID
    public let className: ClassName
    public let from: LocalDate
    public let to: LocalDate?
    public let arrivalOrder: String?
    public let arrivedFrom: String?
    public let departureOrder: String?
    public let departedTo: String?

    public init(
        classID: ClassID, className: ClassName, from: LocalDate, to: LocalDate?, arrivalOrder: String? = nil,
        arrivedFrom: String? = nil, departureOrder: String? = nil, departedTo: String? = nil
    ) {
        self.classID = classID
        self.className = className
        self.from = from
        self.to = to
        self.arrivalOrder = arrivalOrder
        self.arrivedFrom = arrivedFrom
        self.departureOrder = departureOrder
        self.departedTo = departedTo
    }

    public func contains(_ day: LocalDate) -> Bool { from <= day && to.map { day <= $0 } ?? true }
}

/// A pupil on a class's list for the year: everyone who was in the class at any time, with
/// their stay, so a list can show who left (dimmed, with the date) and who arrived.
public struct ClassRosterEntry: Sendable, Hashable {
    public let pupilID: PupilID
    public let name: PersonName
    public let personalFile: String?
    public let stay: PupilStay

    public init(pupilID: PupilID, name: PersonName, personalFile: String?, stay: PupilStay) {
        self.pupilID = pupilID
        self.name = name
        self.personalFile = personalFile
        self.stay = stay
    }

    /// Whether the pupil is in the class on `day`.
    public func isPresent(on day: LocalDate) -> Bool { stay.contains(day) }
}

/// What a movement did: the pupil (new or not), and what is worth knowing, such as entries
/// dated after a departure (kept, but no longer enterable).
public struct MovementOutcome: Sendable, Hashable {
    public let pupil: PupilID
    public let notices: [BilingualText]

    public init(pupil: PupilID, notices: [BilingualText]) {
        self.pupil = pupil
        self.notices = notices
    }
}

extension TextLimit {
    /// Where an arriving pupil comes from, or where a departing one goes: a school, a town.
    public static let movementPlace = TextLimit("Откуда / куда", "From / to", maximum: 200)
    /// A name part of a new pupil.
    public static let personName = TextLimit("Фамилия, имя, отчество", "Name", maximum: 100)
    public static let personalFile = TextLimit("Номер личного дела", "Personal file number", maximum: 50)
}
