import EzhCore

/// The texts of the class's pupil list, the movement form and the choice of school year.
extension Strings {
    public func pupilsTitle(_ className: String) -> String { ruEn("Ученики · \(className)", "Pupils · \(className)") }
    public var noPupilListClass: String {
        ruEn("Нет класса, список которого вы ведёте", "There is no class whose list you keep")
    }
    public func rosterCounts(present: Int, left: Int) -> String {
        ruEn("В классе: \(present) · выбыли: \(left)", "In the class: \(present) · left: \(left)")
    }
    public var personalFileHeader: String { ruEn("Л. дело", "File no.") }
    public var movementHeader: String { ruEn("Движение", "Movement") }
    public var noPupilsInClass: String { ruEn("В классе нет учеников", "The class has no pupils") }

    /// How a stay reads on the list: «с 27.11.2026, приказ 46-о (из Гимназия № 2)», «выбыл 26.11.2026, приказ 45-о → Школа № 7».
    public func stayText(_ stay: PupilStay, yearStart: LocalDate?) -> String {
        var parts: [String] = []
        if stay.from != yearStart || stay.arrivalOrder != nil {
            var arrived = ruEn("с \(stay.from.russian)", "from \(stay.from.russian)")
            if let order = stay.arrivalOrder { arrived += ruEn(", приказ \(order)", ", order \(order)") }
            if let from = stay.arrivedFrom { arrived += ruEn(" (из: \(from))", " (from: \(from))") }
            parts.append(arrived)
        }
        if let to = stay.to {
            var left = ruEn("выбыл \(to.russian)", "left \(to.russian)")
            if let order = stay.departureOrder { left += ruEn(", приказ \(order)", ", order \(order)") }
            if let place = stay.departedTo { left += " → \(place)" }
            parts.append(left)
        }
        return parts.joined(separator: "; ")
    }

    public func movementTitle(_ className: String) -> String { ruEn("Движение · \(className)", "Movement · \(className)") }
    public var movementKindLabel: String { ruEn("Вид", "Kind") }
    public var movementPupilLabel: String { ruEn("Ученик", "Pupil") }
    public var movementDateLabel: String { ruEn("Дата", "Date") }
    public var movementOrderLabel: String { ruEn("Приказ №", "Order no.") }
    public var movementFromLabel: String { ruEn("Откуда", "From") }
    public var movementToLabel: String { ruEn("Куда", "Where to") }
    public var movementClassLabel: String { ruEn("В класс", "To class") }
    public var lastNameLabel: String { ruEn("Фамилия", "Last name") }
    public var firstNameLabel: String { ruEn("Имя", "First name") }
    public var patronymicLabel: String { ruEn("Отчество", "Patronymic") }
    public var sexLabel: String { ruEn("Пол (м/ж)", "Sex (m/f)") }
    public var birthDateLabel: String { ruEn("Дата рождения", "Date of birth") }
    public var personalFileLabel: String { ruEn("Личное дело №", "Personal file no.") }
    public var recordMovementButton: String { ruEn("[ Записать ]", "[ Record ]") }

    public func movementChoice(_ choice: MovementChoice) -> String {
        switch choice {
        case .newArrival: ruEn("прибытие нового ученика", "arrival of a new pupil")
        case .returning: ruEn("возвращение выбывшего ученика", "return of a pupil who left")
        case .departure: ruEn("выбытие", "departure")
        case .transfer: ruEn("перевод в другой класс", "transfer to another class")
        }
    }

    public func movementDateHint(_ choice: MovementChoice) -> String {
        choice == .departure ? ruEn("последний день в классе", "last day in the class")
            : ruEn("первый день в классе", "first day in the class")
    }

    public func movementRecorded(_ choice: MovementChoice, _ name: String) -> String {
        switch choice {
        case .newArrival, .returning: ruEn("Прибытие записано: \(name)", "Arrival recorded: \(name)")
        case .departure: ruEn("Выбытие записано: \(name)", "Departure recorded: \(name)")
        case .transfer: ruEn("Перевод записан: \(name)", "Transfer recorded: \(name)")
        }
    }

    public var chooseTargetClass: String { ruEn("Выберите класс", "Choose the class") }
    public var noPupilSelected: String { ruEn("Выберите ученика в списке", "Select a pupil in the list") }
    public var sexMissing: String { ruEn("Пол: введите м или ж", "Sex: type m or f (м or ж)") }

    // MARK: School years

    public var chooseYearTitle: String { ruEn("Учебный год", "School year") }
    public func yearItem(_ year: SchoolYear, isCurrent: Bool) -> String {
        let state = year.isClosed ? ruEn("закрыт, только просмотр", "closed, read only")
            : isCurrent ? ruEn("текущий", "current") : ruEn("открыт", "open")
        return "\(year.name) (\(state))"
    }
    public func viewingYear(_ name: String) -> String {
        ruEn("Учебный год \(name): только просмотр", "School year \(name): read only")
    }
}

/// The movements the form offers, as a person thinks of them.
public enum MovementChoice: CaseIterable, Sendable {
    case newArrival
    case returning
    case departure
    case transfer
}
