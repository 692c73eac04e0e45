import EzhCore
import Foundation

/// The texts of the password, diary, accounts, credentials and access-log screens.
extension Strings {
    private func ruEn(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    // MARK: Lock

    public func lockedWhenIdle(minutes: Double) -> String {
        let number = minutes == minutes.rounded() ? String(Int(minutes)) : String(format: "%g", minutes)
        let shown = language == .ru ? number.replacingOccurrences(of: ".", with: ",") : number
        return ruEn("Терминал заблокирован после \(shown) мин без действий", "The terminal locked itself after \(shown) min without a key")
    }

    // MARK: Password

    public var changePasswordTitle: String { ruEn("Смена пароля", "Change password") }
    public var oneTimePasswordIntro: String {
        ruEn("Вы вошли с одноразовым паролем. Прежде чем работать с журналом, задайте свой пароль.",
             "You signed in with a one-time password. Choose your own password before using the journal.")
    }
    public var changePasswordIntro: String { ruEn("Введите текущий пароль и новый, дважды.", "Type your current password and the new one twice.") }
    public var passwordRules: String {
        ruEn("Новый пароль: не короче 8 символов и не совпадает с логином.",
             "The new password: at least 8 characters, not the same as the login.")
    }
    public var oneTimePasswordLabel: String { ruEn("Одноразовый пароль:", "One-time password:") }
    public var currentPasswordLabel: String { ruEn("Текущий пароль:", "Current password:") }
    public var newPasswordLabel: String { ruEn("Новый пароль:", "New password:") }
    public var repeatPasswordLabel: String { ruEn("Новый пароль ещё раз:", "New password again:") }
    public var mustChangePasswordFirst: String {
        ruEn("Сначала задайте свой пароль: до этого журнал недоступен. F12 — заблокировать, F10 — выход.",
             "Choose your own password first: the journal is closed until then. F12 locks, F10 quits.")
    }
    public var passwordsDiffer: String { ruEn("Новые пароли не совпадают: введите их ещё раз", "The new passwords differ: type them again") }
    public var passwordChanged: String { ruEn("Пароль изменён", "Password changed") }
    public var wrongOneTimePassword: String { ruEn("Неверный одноразовый пароль", "Wrong one-time password") }
    public var wrongCurrentPassword: String { ruEn("Неверный текущий пароль", "Wrong current password") }

    public func formHint(_ action: Action) -> String {
        switch action {
        case .toggle: ruEn("отметить или выбрать", "tick or choose")
        case .confirm: ruEn("готово", "done")
        case .cancel: ruEn("отмена", "cancel")
        default: describe(action)
        }
    }

    public func listPosition(first: Int, last: Int, of count: Int) -> String {
        ruEn("Строки \(first)–\(last) из \(count)", "Rows \(first)-\(last) of \(count)")
    }

    public var searchLabel: String { ruEn("Поиск:", "Search:") }
    public var nothingFound: String { ruEn("Ничего не найдено", "Nothing found") }
    public var saveToFileLabel: String { ruEn("Файл:", "File:") }
    public func savedTo(_ path: String) -> String { ruEn("Записано в файл \(path)", "Written to \(path)") }
    public func notForYourRoles(_ what: String) -> String {
        ruEn("Нет доступа: «\(what)» — не для ваших ролей", "Not available: “\(what)” is not for your roles")
    }

    // MARK: Diary

    public var diary: String { ruEn("Дневник", "Diary") }
    public func diaryTitle(name: String, className: String) -> String { ruEn("Дневник · \(name), \(className)", "Diary · \(name), \(className)") }
    public var choosePupil: String { ruEn("Ученик", "Pupil") }
    public func choosePupilFirst(key: String) -> String { ruEn("Выберите ученика (\(key))", "Choose the pupil (\(key))") }
    public var noDiaryPupils: String {
        ruEn("Нет учеников, чей дневник вам доступен. Обратитесь к классному руководителю.",
             "No pupil's diary is open to you. Ask the class teacher.")
    }
    public func moreBelow(key: String) -> String { ruEn("Дальше — ниже: \(key)", "More below: \(key)") }
    public func otherWeekHint(_ keys: String) -> String { ruEn("\(keys) — другая неделя", "\(keys): another week") }
    func diarySectionName(_ section: DiaryText.Section) -> String {
        switch section {
        case .marks: ruEn("Отметки", "Marks")
        case .week: ruEn("Неделя", "Week")
        case .absences: ruEn("Пропуски", "Absences")
        }
    }
    public var subjectHeader: String { ruEn("Предмет", "Subject") }
    public var marksHeader: String { ruEn("Отметки (вид работы×вес)", "Marks (work type×weight)") }
    public var noMarksInPeriod: String { ruEn("В этом периоде отметок нет", "No marks in this period") }
    public var marksLegend: String {
        ruEn("В скобках — вид работы и вес отметки (×2); без множителя вес 1. Ср. — средний балл, Ср.в — средневзвешенный (Σ отметка·вес / Σ вес), Итог — отметка за период.",
             "In brackets: the work type and the mark's weight (×2); no multiplier means weight 1. Avg is the plain average, WAvg the weighted one, Fin the period's final.")
    }
    public func weekTitle(_ week: DateSpan) -> String {
        ruEn("Неделя \(week.first.russian) – \(week.last.russian)", "Week \(week.first.russian) – \(week.last.russian)")
    }
    public func weekdayAndDate(_ day: LocalDate) -> String {
        let ru = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = max(0, min(6, day.weekday - 1))
        return "\(language == .ru ? ru[index] : en[index]), \(day.russian)"
    }
    public var diaryNoLessons: String { ruEn("уроков нет", "no lessons") }
    public var topicPrefix: String { ruEn("Тема: ", "Topic: ") }
    public var homeworkPrefix: String { ruEn("ДЗ: ", "Homework: ") }
    public var attendanceLegend: String {
        ruEn("Н — отсутствовал, ОП — опоздал, Б — болел, УП — уважительная причина, НП — неуважительная, ОСВ — освобождён",
             "Н absent, ОП late, Б ill, УП valid reason, НП no valid reason, ОСВ exempt")
    }
    public func absenceTotals(missed: Int, ill: Int, late: Int) -> String {
        ruEn("Пропущено уроков за период: \(missed), из них по болезни: \(ill); опозданий: \(late)",
             "Lessons missed in the period: \(missed), through illness: \(ill); late: \(late)")
    }
    public var diaryNoAbsences: String { ruEn("Пропусков нет", "No absences") }
    public func lessonNumberShort(_ number: Int) -> String { ruEn("ур. \(number)", "L\(number)") }
    public func attendanceMeaning(_ code: AttendanceCode) -> String {
        switch code {
        case .absent: ruEn("отсутствовал, причина не указана", "absent, reason not yet known")
        case .late: ruEn("опоздал", "late")
        case .ill: ruEn("по болезни", "ill")
        case .excused: ruEn("по уважительной причине", "valid reason")
        case .unexcused: ruEn("без уважительной причины", "no valid reason")
        case .exempt: ruEn("освобождён", "exempt")
        }
    }

    // MARK: Accounts

    public var accountsTitle: String { ruEn("Учётные записи", "Accounts") }
    public func accountsCount(_ shown: Int, of total: Int) -> String { ruEn("\(shown) из \(total)", "\(shown) of \(total)") }
    public var loginHeader: String { ruEn("Логин", "Login") }
    public var nameHeader: String { ruEn("ФИО", "Name") }
    public var kindHeader: String { ruEn("Вид", "Kind") }
    public var rolesHeader: String { ruEn("Роли", "Roles") }
    public var stateHeader: String { ruEn("Состояние", "State") }
    public func accountKind(_ kind: String) -> String {
        switch kind {
        case "staff": ruEn("сотрудник", "staff")
        case "parent": ruEn("родитель", "parent")
        case "pupil": ruEn("ученик", "pupil")
        default: kind
        }
    }
    public func shortRoleName(_ role: Role) -> String {
        switch role {
        case .administrator: ruEn("админ.", "admin")
        case .director: ruEn("дир.", "dir.")
        case .deputy: ruEn("завуч", "deputy")
        case .teacher: ruEn("учит.", "teach.")
        case .classTeacher: ruEn("кл.рук.", "cl.t.")
        case .parent: ruEn("род.", "parent")
        case .pupil: ruEn("уч-ся", "pupil")
        }
    }
    public var noAccounts: String { ruEn("Учётных записей нет", "No accounts") }
    public var disabledMark: String { ruEn("отключена", "disabled") }
    public var mustChangeMark: String { ruEn("смена пароля", "must change") }
    public func lockedUntilMark(_ time: String) -> String { ruEn("заблок. до \(time)", "locked to \(time)") }
    public var chooseStaffMember: String { ruEn("Сотрудник", "Staff member") }
    public func newAccountFor(_ name: String) -> String { ruEn("Новая учётная запись: \(name)", "New account: \(name)") }
    public var loginOptional: String { ruEn("пусто — логин составится из ФИО", "empty: made from the name") }
    public var rolesLabel: String { ruEn("Роли:", "Roles:") }
    public var chooseAtLeastOneRole: String { ruEn("Отметьте хотя бы одну роль", "Tick at least one role") }
    public var resetPasswordTitle: String { ruEn("Сброс пароля", "Password reset") }
    public func confirmReset(_ login: String) -> String {
        ruEn("Сбросить пароль «\(login)»? Старый пароль перестанет действовать; будет выдан одноразовый.",
             "Reset the password of “\(login)”? The old one stops working; a one-time password is issued.")
    }
    public var familyRolesFixed: String {
        ruEn("Роли родителя и ученика не меняются; роли меняются у сотрудников", "Parent and pupil roles are fixed; roles change for staff")
    }
    public func rolesOf(_ login: String) -> String { ruEn("Роли: \(login)", "Roles: \(login)") }
    public func rolesChanged(_ login: String) -> String { ruEn("Роли изменены: \(login)", "Roles changed: \(login)") }
    public func slipTitle(_ login: String) -> String { ruEn("Реквизиты доступа: \(login)", "Credentials: \(login)") }
    public var slipNotSaved: String {
        ruEn("Реквизиты не сохранены в файл: передайте их сейчас или сбросьте пароль позже",
             "The slip was not saved: hand it over now or reset the password later")
    }

    // MARK: Class credentials

    public func credentialsTitle(_ className: String) -> String { ruEn("Реквизиты доступа · \(className)", "Credentials · \(className)") }
    public var noLedClass: String { ruEn("Вы не классный руководитель ни одного класса", "You lead no class") }
    public func accountsIssued(_ withAccount: Int, of total: Int, issuedNow: Int) -> String {
        ruEn("С учётной записью: \(withAccount) из \(total); выдано реквизитов сейчас: \(issuedNow)",
             "With an account: \(withAccount) of \(total); slips issued now: \(issuedNow)")
    }
    public var personHeader: String { ruEn("Ученик / родитель", "Pupil / parent") }
    public var parentPrefix: String { ruEn("родитель: ", "parent: ") }
    public var issuedNowMark: String { ruEn("(выдано сейчас)", "(issued now)") }
    public var noAccountMark: String { ruEn("— нет учётной записи", "— no account") }
    public func alreadyHasAccount(_ login: String) -> String {
        ruEn("Учётная запись уже есть: \(login). Новый пароль — сбросом (F3)", "There is an account already: \(login). Reset its password instead")
    }
    public var noAccountYet: String { ruEn("Учётной записи ещё нет: создайте её (F2)", "No account yet: create it first") }
    public var nothingToPrint: String {
        ruEn("У всех есть учётные записи, новых реквизитов нет: сбросьте пароль тому, кому нужен новый",
             "Everyone has an account and no slip was issued: reset the password of whoever needs one")
    }
    public func classSlipsTitle(_ className: String) -> String { ruEn("Реквизиты класса \(className)", "Slips of class \(className)") }
    public func confirmClassSlips(missing: Int, issued: Int, className: String) -> String {
        ruEn("Создать учётные записи для \(missing) чел. без доступа в \(className) и записать в один файл все реквизиты, выданные сейчас (вместе с ними: \(missing + issued))?",
             "Create accounts for the \(missing) people of \(className) without one and write every slip issued now (\(missing + issued) in all) to one file?")
    }
    public func slipsReady(_ count: Int) -> String { ruEn("Реквизитов для записи: \(count)", "Slips to write: \(count)") }

    // MARK: Access log and report

    public var accessLogTitle: String { ruEn("Журнал доступа", "Access log") }
    public var accessReportTitle: String { ruEn("Отчёт о доступе к классному журналу", "Class journal access report") }
    public var filterPrefix: String { ruEn("Фильтр: ", "Filter: ") }
    public var noFilter: String { ruEn("нет", "none") }
    public var filterTitle: String { ruEn("Фильтр", "Filter") }
    public var anyChoice: String { ruEn("любое", "any") }
    public func userFilter(_ login: String) -> String { ruEn("пользователь \(login)", "user \(login)") }
    func filterLabel(_ field: FilterFormScreen.Field) -> String {
        switch field {
        case .login: ruEn("Пользователь (логин):", "User (login):")
        case .role: ruEn("Роль:", "Role:")
        case .action: ruEn("Действие:", "Action:")
        case .className: ruEn("Класс (например 5А):", "Class (such as 5А):")
        case .from: ruEn("С (ДД.ММ.ГГГГ):", "From (DD.MM.YYYY):")
        case .to: ruEn("По (ДД.ММ.ГГГГ):", "To (DD.MM.YYYY):")
        case .text: ruEn("Текст:", "Text:")
        }
    }
    public var timeHeader: String { ruEn("Время", "Time") }
    public var userHeader: String { ruEn("Пользователь", "User") }
    public var roleHeader: String { ruEn("Роль", "Role") }
    public var terminalHeader: String { ruEn("Терминал", "Terminal") }
    public var actionHeader: String { ruEn("Действие", "Action") }
    public var objectHeader: String { ruEn("Объект", "Object") }
    public var classHeader: String { ruEn("Кл.", "Cl.") }
    public var actionTimeHeader: String { ruEn("Дата и время", "Date and time") }
    public var lessonDateHeader: String { ruEn("Дата урока", "Lesson date") }
    public var periodHeader: String { ruEn("Период", "Period") }
    public func newestOnly(_ count: Int) -> String {
        ruEn("показаны последние \(count), сузьте фильтр", "newest \(count) shown, narrow the filter")
    }
    public var detailHeader: String { ruEn("Подробности", "Details") }
    public var lateMark: String { ruEn("с опозданием", "late") }
    public var lateLabel: String { ruEn("С опозданием", "Late") }
    public var lateLegend: String { ruEn("! — с опозданием", "! late") }
    public func permissionNumber(_ id: Int64) -> String { ruEn("разрешение № \(id)", "permission #\(id)") }
    public var searchTitle: String { ruEn("Поиск в журнале доступа", "Search the access log") }
    public var searchExplained: String {
        ruEn("Ищется в объекте, подробностях и логине; пусто — без поиска.", "Searches the object, details and login; empty: no search.")
    }
    public func entryTitle(_ seq: Int64) -> String { ruEn("Запись № \(seq)", "Entry #\(seq)") }
    public var entryNumber: String { ruEn("№ записи", "Entry") }
    public var valueBefore: String { ruEn("Было", "Before") }
    public var valueAfter: String { ruEn("Стало", "After") }
    public var changedBy: String { ruEn("Изменил", "Changed by") }
    public var chainHash: String { ruEn("Хеш цепочки", "Chain hash") }
    public var exportTitle: String { ruEn("Выгрузка в CSV", "Export to CSV") }
    public func exportExplained(_ filter: String) -> String {
        ruEn("Все записи по фильтру: \(filter)", "Every entry of the filter: \(filter)")
    }
    public func exportAtMost(_ count: Int) -> String {
        ruEn("Не больше \(count) последних; весь журнал: ezh audit log --format csv",
             "The newest \(count) at most; the whole log: ezh audit log --format csv")
    }
    public func reportExportExplained(_ count: Int) -> String { ruEn("Строк отчёта: \(count)", "Report rows: \(count)") }
    public func exported(_ count: Int, to path: String) -> String {
        ruEn("Выгружено строк: \(count) в \(path)", "Exported \(count) rows to \(path)")
    }
    public var accessLogCSVHeader: [String] {
        language == .ru
            ? ["№", "Время", "Пользователь", "Роль", "Терминал", "Действие", "Объект", "Класс", "Предмет", "Период", "Дата урока",
               "С опозданием", "Подробности"]
            : ["#", "Time", "User", "Role", "Terminal", "Action", "Object", "Class", "Subject", "Period", "Lesson date", "Late",
               "Details"]
    }
    public var accessReportCSVHeader: [String] {
        language == .ru
            ? ["Класс", "Предмет", "Период", "Дата и время", "Пользователь", "Дата урока", "Действие", "Объект",
               "С опозданием (разрешение)"]
            : ["Class", "Subject", "Period", "Date and time", "User", "Lesson date", "Action", "Object", "Late (permission)"]
    }
    public func usageTitle(_ span: DateSpan) -> String {
        ruEn("Статистика работы с журналом, \(span.first.russian)–\(span.last.russian)",
             "Journal usage, \(span.first.russian)-\(span.last.russian)")
    }
    public var signInsPerWeek: String { ruEn("Входы по ролям за неделю", "Sign-ins per role and week") }
    public var noSignIns: String { ruEn("Входов не было", "No sign-ins") }
    public func weekFrom(_ monday: LocalDate) -> String { ruEn("с \(monday.russian): ", "from \(monday.russian): ") }
    public var familiesUsage: String { ruEn("Пользовались журналом за период", "Used the journal in the span") }
    public var parentsWord: String { ruEn("Родители", "Parents") }
    public var pupilsWord: String { ruEn("Ученики", "Pupils") }
    public func share(_ who: String, _ active: Int, of total: Int, _ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        return ruEn("\(who): \(active) из \(total) (\(percent)%)", "\(who): \(active) of \(total) (\(percent)%)")
    }
}
