import EzhCore

/// Where a key is pressed. A key is looked up in the screen's own context first, then in
/// `global`, so one global binding serves every screen unless a screen rebinds the key.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case login
    case home
    case grid
    case picker
    case help
    case command

    // Validation layer
    case card
    case absences
    case permissions
    case permissionForm = "permission-form"
    case substitutions
    // Accounts, diary, access log
    case form
    case diary
    case accounts
    case credentials
    case accessLog = "access-log"
    case accessReport = "access-report"
    // School year
    case timetable
    case schoolYear = "school-year"
    // Pupil movement
    case pupils
    case pupilCard = "pupil-card"
    case settings
    case exemptions
    case ktp
    // Overviews of filling
    case dueTable = "due-table"
    case classWeek = "class-week"
    case messages
    // Notices, announcements, class events
    case notices
    case announcements
    case classEvents = "class-events"
    // Reports
    case reports
    case reportPreview = "report-preview"
    // Writing a letter, a reply or a notice
    case textArea = "text-area"
}

extension KeyContext {
    /// The context's heading in the help.
    public func title(in language: Language) -> String {
        let (ru, en): (String, String) = switch self {
        case .global: ("Везде", "Everywhere")
        case .login: ("Вход", "Sign-in")
        case .home: ("Начальный экран", "Start screen")
        case .grid: ("Журнал (оценки и посещаемость)", "Journal (marks and attendance)")
        case .picker: ("Списки выбора", "Choice lists")
        case .help: ("Справка", "Help")
        case .command: ("Командная строка", "Command line")
        case .card: ("Карточка урока", "Lesson card")
        case .absences: ("Пропуски за неделю", "Weekly absences")
        case .permissions: ("Разрешения", "Permissions")
        case .permissionForm: ("Новое разрешение", "New permission")
        case .substitutions: ("Замены", "Substitutions")
        case .form: ("Формы (пароль, роли, фильтр, файл)", "Forms (password, roles, filter, file)")
        case .diary: ("Дневник", "Diary")
        case .accounts: ("Учётные записи", "Accounts")
        case .credentials: ("Реквизиты класса", "Class credentials")
        case .accessLog: ("Журнал доступа", "Access log")
        case .accessReport: ("Отчёт о доступе к классному журналу", "Class journal access report")
        case .timetable: ("Расписание", "Timetable")
        case .schoolYear: ("Классы, предметы, учебный план", "Classes, subjects, curriculum")
        case .pupils: ("Ученики класса", "Class pupils")
        case .pupilCard: ("Карточка ученика", "Pupil's card")
        case .settings: ("Настройки школы", "School settings")
        case .exemptions: ("Освобождения (ОСВ)", "Exemptions (ОСВ)")
        case .messages: ("Сообщения", "Messages")
        case .ktp: ("КТП (календарно-тематическое планирование)", "Lesson plan (КТП)")
        case .dueTable: ("Сводка по учителям", "Teachers' overview")
        case .classWeek: ("Заполнение журнала класса", "Class journal filling")
        case .notices: ("Уведомления родителям", "Notices to parents")
        case .announcements: ("Объявления", "Announcements")
        case .classEvents: ("Мероприятия класса", "Class events")
        case .reports: ("Отчёты", "Reports")
        case .reportPreview: ("Просмотр отчёта", "Report preview")
        case .textArea: ("Текст сообщения или уведомления", "Message or notice text")
        }
        return language == .ru ? ru : en
    }
}
