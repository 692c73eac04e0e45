import EzhCore

/// The web diary's texts: Russian by default, English for accounts that chose it.
struct WebText: Sendable {
    let language: Language

    private func ruEn(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var diary: String { ruEn("Электронный дневник", "Electronic diary") }
    var signInTitle: String { ruEn("Вход в дневник", "Sign in to the diary") }
    var login: String { ruEn("Логин", "Login") }
    var password: String { ruEn("Пароль", "Password") }
    var signIn: String { ruEn("Войти", "Sign in") }
    var signOut: String { ruEn("Выйти", "Sign out") }
    var otherLanguageLink: (href: String, label: String) { language == .ru ? ("/login?lang=en", "English") : ("/login", "Русский") }
    var signInHint: String {
        ruEn("Логин и пароль те же, что в школьном журнале; их выдаёт классный руководитель.",
             "The same login and password as in the school's journal; the class teacher issues them.")
    }
    var familiesOnly: String {
        ruEn("Веб-дневник открыт родителям и ученикам. Сотрудники работают в журнале на школьном терминале.",
             "The web diary is for parents and pupils. Staff work in the journal at a school terminal.")
    }
    var formExpired: String {
        ruEn("Форма устарела или открыта в другом окне. Откройте страницу снова и повторите.",
             "The form is out of date or was opened in another window. Open the page again and retry.")
    }
    var sessionEnded: String { ruEn("Сеанс завершён. Войдите снова.", "Your session has ended. Sign in again.") }
    var notFound: String {
        ruEn("Такой страницы нет, или она вам недоступна.", "There is no such page, or it is not open to you.")
    }
    var backHome: String { ruEn("На главную", "Home") }

    var changePasswordTitle: String { ruEn("Смена пароля", "Change your password") }
    var changePasswordFirst: String {
        ruEn("Вы вошли с временным паролем. Придумайте свой пароль, чтобы продолжить.",
             "You signed in with a one-time password. Choose your own password to go on.")
    }
    var oldPassword: String { ruEn("Текущий пароль", "Current password") }
    var newPassword: String { ruEn("Новый пароль", "New password") }
    var repeatPassword: String { ruEn("Новый пароль ещё раз", "New password again") }
    var passwordsDiffer: String { ruEn("Новые пароли не совпадают. Введите их снова.", "The new passwords differ. Type them again.") }
    var save: String { ruEn("Сохранить", "Save") }

    var children: String { ruEn("Дети", "Children") }
    var noPupils: String {
        ruEn("Нет учеников, чей дневник вам доступен. Обратитесь к классному руководителю.",
             "No pupil's diary is open to you. Ask the class teacher.")
    }
    var diaryTab: String { ruEn("Дневник", "Diary") }
    var marks: String { ruEn("Отметки", "Marks") }
    var week: String { ruEn("Неделя", "Week") }
    var absences: String { ruEn("Пропуски", "Absences") }
    var letter: String { ruEn("Письмо (PDF)", "Letter (PDF)") }
    var period: String { ruEn("Период", "Period") }
    var average: String { ruEn("Средний", "Average") }
    var weighted: String { ruEn("Взвешенный", "Weighted") }
    var final: String { ruEn("Итог", "Final") }
    var noMarks: String { ruEn("В этом периоде отметок нет", "No marks in this period") }
    var marksLegend: String {
        ruEn("Рядом с отметкой — вид работы и её вес (×2); без множителя вес 1. Взвешенный средний: Σ отметка·вес / Σ вес.",
             "Beside each mark: the work type and its weight (×2); no multiplier means weight 1. Weighted average: Σ mark·weight / Σ weight.")
    }
    var previousWeek: String { ruEn("← Прошлая неделя", "← Previous week") }
    var nextWeek: String { ruEn("Следующая неделя →", "Next week →") }
    var noLessons: String { ruEn("уроков нет", "no lessons") }
    var topic: String { ruEn("Тема", "Topic") }
    var homework: String { ruEn("ДЗ", "Homework") }
    var noAbsences: String { ruEn("Пропусков нет", "No absences") }
    var attendanceLegend: String {
        ruEn("Н — отсутствовал, ОП — опоздал, Б — болел, УП — уважительная причина, НП — неуважительная, ОСВ — освобождён",
             "Н absent, ОП late, Б ill, УП valid reason, НП no valid reason, ОСВ exempt")
    }

    func weekTitle(_ week: DateSpan) -> String {
        ruEn("Неделя \(week.first.russian) – \(week.last.russian)", "Week \(week.first.russian) – \(week.last.russian)")
    }

    func weekday(_ day: LocalDate) -> String {
        let ru = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = max(0, min(6, day.weekday - 1))
        return "\(language == .ru ? ru[index] : en[index]), \(day.russian)"
    }

    func lessonNumber(_ number: Int) -> String { ruEn("\(number) урок", "lesson \(number)") }

    func absenceTotals(missed: Int, ill: Int, late: Int) -> String {
        ruEn("Пропущено уроков за период: \(missed), из них по болезни: \(ill); опозданий: \(late)",
             "Lessons missed in the period: \(missed), through illness: \(ill); late: \(late)")
    }

    func attendanceMeaning(_ code: AttendanceCode) -> String {
        switch code {
        case .absent: ruEn("отсутствовал", "absent")
        case .late: ruEn("опоздал", "late")
        case .ill: ruEn("болел", "ill")
        case .excused: ruEn("уважительная причина", "valid reason")
        case .unexcused: ruEn("неуважительная причина", "no valid reason")
        case .exempt: ruEn("освобождён", "exempt")
        }
    }

    // Messages.
    var messages: String { ruEn("Сообщения", "Messages") }
    var newMessage: String { ruEn("Написать учителю", "Write to a teacher") }
    var noThreads: String { ruEn("Сообщений пока нет.", "No messages yet.") }
    var yourReply: String { ruEn("Ваш ответ", "Your reply") }
    var send: String { ruEn("Отправить", "Send") }
    var corrected: String { ruEn("(исправлено)", "(corrected)") }
    var notice: String { ruEn("уведомление", "notice") }
    var to: String { ruEn("Кому", "To") }
    var subject: String { ruEn("Тема", "Subject") }
    var messageText: String { ruEn("Сообщение", "Message") }
    var classTeacher: String { ruEn("классный руководитель", "class teacher") }
    var chooseAddressee: String { ruEn("Выберите, кому написать.", "Choose whom to write to.") }
    var nobodyToWrite: String {
        ruEn("Писать некому: у ребёнка нет учителей в журнале.", "There is nobody to write to: the child has no teachers in the journal.")
    }
    func aboutPupil(_ name: String) -> String { ruEn("Об ученике: \(name)", "About: \(name)") }
    func readBy(_ names: [String]) -> String { ruEn("прочитано: ", "read by ") + names.joined(separator: ", ") }
}
