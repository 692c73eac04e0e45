import EzhCore

/// Every text the interface shows, in Russian by default and in English for `.en`.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    // MARK: Whole screen

    public var terminalTooSmall: String {
        t("Окно терминала слишком маленькое: нужно не меньше 80×24", "The terminal window is too small: it needs at least 80×24")
    }
    public func currentSize(_ size: TerminalSize) -> String {
        t("Сейчас \(size.columns)×\(size.rows).", "Now \(size.columns)×\(size.rows).")
    }
    public var appName: String { t("Электронный журнал", "Class journal") }

    // MARK: Login

    public var signInTitle: String { t("Вход в электронный журнал", "Sign in to the class journal") }
    public var loginLabel: String { t("Логин:", "Login:") }
    public var passwordLabel: String { t("Пароль:", "Password:") }
    /// The one answer to an unknown login, a wrong password and a locked account or terminal.
    public var wrongCredentials: String {
        t("Неверный логин или пароль (или вход закрыт на время после неудачных попыток)",
          "Wrong login or password (or sign-in paused after failed attempts)")
    }
    public var loginEmpty: String { t("Введите логин", "Type your login") }
    public func demoClock(_ text: String) -> String { t("Демо: время школы \(text)", "Demo: school time \(text)") }
    public var demoAccounts: String { t("Демонстрационные учётные записи:", "Demo accounts:") }

    // MARK: Home

    public func todaysLessons(_ day: LocalDate) -> String { t("Уроки сегодня, \(day.russian)", "Today's lessons, \(day.russian)") }
    public var noLessonsToday: String { t("Сегодня уроков нет", "No lessons today") }
    public var journals: String { t("Журналы", "Journals") }
    public var noJournals: String { t("Нет доступных журналов", "No journals to open") }
    public func room(_ room: String) -> String { room.isEmpty ? "" : t("каб. \(room)", "room \(room)") }
    public func openLesson(_ title: String, number: Int) -> String {
        t("Урок \(number): \(title) — Enter откроет журнал", "Lesson \(number): \(title) — Enter opens the journal")
    }
    public func openPage(_ title: String) -> String {
        t("Журнал \(title) — Enter откроет", "Journal \(title) — Enter opens it")
    }
    public var readOnlyMark: String { t("только просмотр", "read only") }

    public func roleName(_ role: Role) -> String { role.name(in: language) }

    // MARK: Grids

    public var marksTab: String { t("Оценки", "Marks") }
    public var attendanceTab: String { t("Посещаемость", "Attendance") }
    public var pupilHeader: String { t("Ученик", "Pupil") }
    public func lessonHeader(_ number: Int) -> String { t("ур.\(number)", "L\(number)") }
    public var averageHeader: String { t("Ср.", "Avg") }
    public var weightedHeader: String { t("Ср.в", "WAvg") }
    public var finalHeader: String { t("Итог", "Fin") }
    public var missedHeader: String { t("Проп", "Miss") }
    public var illHeader: String { t("Б", "Ill") }
    public var closedPeriod: String { t("период закрыт", "period closed") }
    public var noColumns: String { t("В этом периоде нет уроков", "No lessons in this period") }
    public var noPupils: String { t("На этой странице нет учеников", "No pupils on this page") }
    public func lessonAt(_ date: LocalDate, number: Int) -> String {
        t("\(date.dayMonth) урок \(number)", "\(date.dayMonth) lesson \(number)")
    }
    public func workType(_ name: String, weight: String) -> String { t("\(name) (вес \(weight))", "\(name) (weight \(weight))") }
    public var noAssignmentYet: String { t("задание ещё не создано", "no assignment yet") }
    public var columnReadOnly: String {
        t("Этот урок можно только смотреть: он не ваш или период закрыт.", "This lesson is read only: it is not yours or the period is closed.")
    }
    public var notAMark: String { t("Введите отметку 1–5 или точку; Delete стирает.", "Type a mark 1-5 or a dot; Delete clears.") }
    public var notAnAttendanceCode: String {
        t("Введите Н (клавиша н/Y) или ОП (о/J); Delete стирает.", "Type Н (key н/Y) or ОП (о/J); Delete clears.")
    }
    public func saved(_ value: String) -> String { t("Сохранено: \(value)", "Saved: \(value)") }
    public var cleared: String { t("Стёрто", "Cleared") }
    public var nothingToUndo: String { t("Нечего отменять", "Nothing to undo") }
    public func undone(_ what: String) -> String { t("Отменено: \(what)", "Undone: \(what)") }
    public var chooseValue: String { t("Значение ячейки", "Cell value") }
    public var clearValue: String { t("— стереть", "— clear") }

    // MARK: Pickers and overlays

    public var choosePeriod: String { t("Период", "Period") }
    public var chooseClass: String { t("Класс", "Class") }
    public var chooseSubject: String { t("Предмет", "Subject") }
    public func history(_ what: String) -> String { t("История: \(what)", "History: \(what)") }
    public var noHistory: String { t("Изменений не было", "No changes yet") }
    public var emptyValue: String { "—" }
    public func helpTitle(_ keymap: String) -> String { t("Справка: клавиши (раскладка клавиш «\(keymap)»)", "Help: keys (keymap “\(keymap)”)") }
    public func closeHint(_ key: String) -> String { t("\(key) — закрыть", "\(key) closes") }

    // MARK: Command line

    public func unknownCommand(_ text: String) -> String { t("Неизвестная команда: \(text)", "Unknown command: \(text)") }
    public func keymapChanged(_ name: String) -> String { t("Раскладка клавиш: \(name)", "Keymap: \(name)") }
    public func languageChanged() -> String { t("Язык: русский", "Language: English") }
    public func noSuchPupil(_ number: Int) -> String { t("Нет ученика с номером \(number)", "No pupil number \(number)") }

    // MARK: Contexts and actions, for the help

    /// A context's heading in the help.
    public func contextTitle(_ context: KeyContext) -> String { context.title(in: language) }

    /// An action's line in the help: the command catalogue's.
    public func describe(_ action: Action) -> String { Commands.command(action).help(in: language) }

    /// The word the bottom key bar shows next to a key: the command catalogue's.
    public func shortLabel(_ action: Action) -> String { Commands.command(action).label(in: language) }
}
