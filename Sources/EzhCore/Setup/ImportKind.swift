/// The kinds of file a school loads its year from, in the order a new school imports them:
/// each kind refers only to what the kinds before it created.
public enum ImportKind: String, CaseIterable, Sendable {
    /// Bell schedules: schedule name, shift, lesson number, start, end.
    case bells
    /// The academic year, its periods per grade, holidays, working and shortened days.
    case calendar
    /// Staff with their roles, subjects and logins; creates accounts with one-time passwords.
    case staff
    /// Classes with their class teacher, room, shift and period scheme.
    case classes
    /// Pupils with their personal-file number, class and subgroups.
    case pupils
    /// Parents linked to their children by personal-file number.
    case parents
    /// The curriculum (учебный план): hours a week per class and subject, subgroup splits.
    case curriculum
    /// The weekly timetable, valid from a date; also aSc Timetables' XML export.
    case timetable
    /// The КТП of each teaching: numbered topics with hours.
    case ktp

    /// What the kind's file holds, for `ezh import --help` and the docs.
    public var summary: BilingualText {
        switch self {
        case .bells: BilingualText("расписания звонков", "bell schedules")
        case .calendar: BilingualText("учебный год, периоды, каникулы, рабочие и сокращённые дни", "the academic year, periods, holidays, working and shortened days")
        case .staff: BilingualText("сотрудники, их роли, предметы и логины", "staff with their roles, subjects and logins")
        case .classes: BilingualText("классы, классные руководители, кабинеты", "classes, class teachers, rooms")
        case .pupils: BilingualText("обучающиеся, номера личных дел, классы, подгруппы", "pupils, personal-file numbers, classes, subgroups")
        case .parents: BilingualText("родители (законные представители) и их дети", "parents and their children")
        case .curriculum: BilingualText("учебный план: часы в неделю, деление на подгруппы", "the curriculum: hours a week, subgroup splits")
        case .timetable: BilingualText("расписание уроков (CSV, XLSX или XML aSc Расписания)", "the timetable (CSV, XLSX or aSc Timetables XML)")
        case .ktp: BilingualText("календарно-тематическое планирование", "lesson plans (“KTP”, the yearly topic plans)")
        }
    }
}
