import EzhCore

/// The timetable editor's refusals, each saying what is in the way and what to do.
enum TimetableRefusals {
    /// «пн, 3 урок» / "Mon, lesson 3": the field a refusal about one cell names.
    static func place(weekday: Int, number: Int) -> BilingualText {
        BilingualText(
            "\(WeekdayName.short(weekday, in: .ru)), \(number) урок",
            "\(WeekdayName.short(weekday, in: .en)), lesson \(number)")
    }

    /// «03.12.2026, 3 урок»: the field a refusal about one day's lesson names.
    static func place(date: LocalDate, number: Int) -> BilingualText {
        BilingualText("\(date.russian), \(number) урок", "\(date.russian), lesson \(number)")
    }

    /// What the other side of a clash is doing then: «Иванова А.П. в это время ведёт 5Б
    /// Математика, каб. 21».
    static func clash<S>(kind: TimetableClash<S>.Kind, other names: TeachingNames, teacher: String, room: String) -> BilingualText {
        let roomRu = room.isEmpty ? "" : ", каб. \(room)"
        let roomEn = room.isEmpty ? "" : ", room \(room)"
        let what: BilingualText = switch kind {
        case .teacherBusy:
            BilingualText("\(teacher) в это время ведёт \(names.text)\(roomRu)", "\(teacher) teaches \(names.text) then\(roomEn)")
        case .roomBusy:
            BilingualText("кабинет \(room) в это время занят: \(names.text) (\(teacher))", "room \(room) is taken then: \(names.text) (\(teacher))")
        case .classBusy:
            BilingualText(
                "у \(names.className) в это время уже \(names.text) (\(teacher)\(roomRu)); одновременно могут идти только уроки разных подгрупп",
                "\(names.className) already has \(names.text) then (\(teacher)\(roomEn)); only different subgroups may have lessons at once")
        }
        return BilingualText(
            "\(what.russian). Ничего не изменено: выберите другое время, учителя или кабинет.",
            "\(what.english). Nothing was changed: choose another time, teacher or room.")
    }

    static func refuseClash<S>(at field: BilingualText, kind: TimetableClash<S>.Kind, other: TeachingNames, teacher: String, room: String) -> JournalError {
        .invalidInput(field: field, problem: clash(kind: kind, other: other, teacher: teacher, room: room))
    }

    static let startDate = BilingualText("Действует с", "Takes effect on")

    static func beforeToday(_ today: LocalDate) -> JournalError {
        .invalidInput(field: startDate, problem: BilingualText(
            "изменение не может действовать раньше сегодняшнего дня (\(today.russian)); выберите сегодня или позже.",
            "a change cannot take effect before today (\(today.russian)); choose today or a later day."))
    }

    static func outsideYear(_ day: LocalDate) -> JournalError {
        .invalidInput(field: startDate, problem: BilingualText(
            "\(day.russian) не входит в учебный год; выберите день учебного года.",
            "\(day.russian) is not in the school year; choose a day of the school year."))
    }

    static let closedYear = JournalError.invalidInput(
        field: BilingualText("Учебный год", "School year"),
        problem: BilingualText("год закрыт, его расписание только для просмотра.", "the year is closed; its timetable is read-only."))

    static func noSubgroup(_ name: String) -> JournalError {
        .invalidInput(field: BilingualText("Подгруппа", "Subgroup"), problem: BilingualText(
            "у класса нет подгруппы «\(name)» по этому предмету; создайте её или выберите весь класс.",
            "the class has no subgroup “\(name)” in this subject; create it or choose the whole class."))
    }

    static let lineGone = JournalError.notFound(BilingualText(
        "этого урока уже нет в расписании (его изменили с другого терминала); расписание прочитано заново",
        "this lesson is no longer in the timetable (another terminal changed it); the timetable was read again"))

    static func noBell(date: LocalDate, number: Int) -> JournalError {
        .invalidInput(field: place(date: date, number: number), problem: BilingualText(
            "в этот день нет звонка на этот урок; выберите другой номер урока или добавьте звонок.",
            "there is no bell for this lesson that day; choose another lesson number or add the bell."))
    }

    static func notSchoolDay(_ date: LocalDate) -> JournalError {
        .invalidInput(field: BilingualText("Дата", "Date"), problem: BilingualText(
            "\(date.russian) — не учебный день (выходной или каникулы); выберите учебный день.",
            "\(date.russian) is not a school day (a day off or holidays); choose a school day."))
    }

    static func hasEntries(date: LocalDate, number: Int) -> JournalError {
        .invalidInput(field: place(date: date, number: number), problem: BilingualText(
            "в уроке уже есть записи (отметки, посещаемость, тема или задание); отменить его нельзя, перенесите его или сначала уберите записи.",
            "the lesson already has entries (marks, attendance, a topic or homework); it cannot be cancelled: move it, or remove the entries first."))
    }

    static let pastLesson = JournalError.invalidInput(
        field: BilingualText("Дата", "Date"),
        problem: BilingualText("прошедшие уроки не меняют разовыми изменениями; выберите сегодняшний или будущий урок.",
                               "past lessons are not changed by one-off changes; choose today's or a later lesson."))
}
