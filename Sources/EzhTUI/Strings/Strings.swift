import EzhCore

/// Every text the interface shows, in Russian by default and in English for `.en`: the shared ones
/// in this folder, each feature's in its own folder.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    /// A text in the interface's language (Russian, English); each feature's texts are in its
    /// folder (`Features/<Name>/Strings+<Name>.swift`), the shared ones here.
    func ruEn(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    // MARK: Whole screen

    public var terminalTooSmall: String {
        t("Окно терминала слишком маленькое: нужно не меньше 80×24", "The terminal window is too small: it needs at least 80×24")
    }
    public func currentSize(_ size: TerminalSize) -> String {
        t("Сейчас \(size.columns)×\(size.rows).", "Now \(size.columns)×\(size.rows).")
    }

    // MARK: Labels several screens share

    public var loginLabel: String { t("Логин:", "Login:") }

    public var readOnlyMark: String { t("только просмотр", "read only") }

    public func roleName(_ role: Role) -> String { role.name(in: language) }

    public var averageHeader: String { t("Ср.", "Avg") }
    public var weightedHeader: String { t("Ср.в", "WAvg") }
    public var finalHeader: String { t("Итог", "Fin") }

    // MARK: Pickers and overlays

    public var choosePeriod: String { t("Период", "Period") }
    public var chooseClass: String { t("Класс", "Class") }
    public var chooseSubject: String { t("Предмет", "Subject") }
    public var emptyValue: String { "—" }
    public func helpTitle(_ keymap: String) -> String { t("Справка: клавиши (раскладка клавиш «\(keymap)»)", "Help: keys (keymap “\(keymap)”)") }
    public func closeHint(_ key: String) -> String { t("\(key) — закрыть", "\(key) closes") }

    // MARK: Command line

    public func unknownCommand(_ text: String) -> String { t("Неизвестная команда: \(text)", "Unknown command: \(text)") }
    public func keymapChanged(_ name: String) -> String { t("Раскладка клавиш: \(name)", "Keymap: \(name)") }
    public func languageChanged() -> String { t("Язык: русский", "Language: English") }

    // MARK: Contexts and actions, for the help

    public func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .global: t("Везде", "Everywhere")
        case .login: t("Вход", "Sign-in")
        case .home: t("Начальный экран", "Start screen")
        case .grid: t("Журнал (оценки и посещаемость)", "Journal (marks and attendance)")
        case .picker: t("Списки выбора", "Choice lists")
        case .help: t("Справка", "Help")
        case .command: t("Командная строка", "Command line")
        // Validation layer
        case .card, .absences, .permissions, .permissionForm, .substitutions: validationContextTitle(context)
        case .form, .diary, .accounts, .credentials, .accessLog, .accessReport: accountsContextTitle(context)
        }
    }

    public func describe(_ action: Action) -> String {
        switch action {
        case .moveUp: t("вверх", "up")
        case .moveDown: t("вниз", "down")
        case .moveLeft: t("влево", "left")
        case .moveRight: t("вправо", "right")
        case .pageUp: t("страница вверх", "page up")
        case .pageDown: t("страница вниз", "page down")
        case .firstColumn: t("первый урок периода", "first lesson of the period")
        case .lastColumn: t("последний урок периода", "last lesson of the period")
        case .today: t("к сегодняшнему уроку", "to today's lesson")
        case .editCell: t("выбрать значение ячейки", "choose the cell's value")
        case .clearCell: t("стереть ячейку", "clear the cell")
        case .undo: t("отменить последнее изменение", "undo the last change")
        case .nextGrid: t("оценки ⇄ посещаемость", "marks ⇄ attendance")
        case .prevGrid: t("посещаемость ⇄ оценки", "attendance ⇄ marks")
        case .choosePeriod: t("выбрать период", "choose the period")
        case .chooseClass: t("выбрать класс", "choose the class")
        case .chooseSubject: t("выбрать предмет", "choose the subject")
        case .cellHistory: t("история ячейки", "history of the cell")
        case .open: t("открыть", "open")
        case .confirm: t("подтвердить", "confirm")
        case .cancel: t("закрыть, отменить", "close, cancel")
        case .back: t("назад, к предыдущему экрану", "back to the previous screen")
        case .nextField: t("следующее поле", "next field")
        case .prevField: t("предыдущее поле", "previous field")
        case .commandLine: t("командная строка", "command line")
        case .help: t("справка", "help")
        case .lock: t("заблокировать (выйти из учётной записи)", "lock (sign out)")
        case .quit: t("выход из программы", "quit the program")
        // Validation layer
        case .lessonCard, .allPresent, .absenceReview, .permissions, .substitutions, .teachersDue, .lessonPlans, .setIll, .setExcused,
             .setUnexcused, .setExempt, .setAbsent, .editNote, .removeAbsence, .earlier, .later, .grantPermission,
             .revokePermission, .toggle:
            validationDescription(action)
        case .changePassword, .openAccounts, .openClassCredentials, .openAccessLog, .openAccessReport, .choosePupil,
             .prevWeek, .nextWeek, .nextSection, .prevSection, .newAccount, .resetPassword, .editRoles, .classSlips,
             .search, .filter, .exportCSV, .verifyLog, .usageStatistics:
            accountsDescription(action)
        }
    }

    /// The word the bottom key bar shows next to a key.
    public func shortLabel(_ action: Action) -> String {
        switch action {
        case .help: t("Справка", "Help")
        case .quit: t("Выход", "Quit")
        case .lock: t("Блок", "Lock")
        case .choosePeriod: t("Период", "Period")
        case .chooseClass: t("Класс", "Class")
        case .chooseSubject: t("Предмет", "Subject")
        case .cellHistory: t("История", "History")
        case .nextGrid: t("Оц/Пос", "Mk/Att")
        case .today: t("Сегодня", "Today")
        case .back: t("Назад", "Back")
        case .open: t("Открыть", "Open")
        case .confirm: t("Готово", "OK")
        case .cancel: t("Отмена", "Cancel")
        case .nextField: t("Поле", "Field")
        case .undo: t("Отменить", "Undo")
        case .editCell: t("Значение", "Value")
        // Validation layer
        case .lessonCard, .allPresent, .absenceReview, .permissions, .substitutions, .teachersDue, .lessonPlans, .setIll, .setExcused,
             .setUnexcused, .setExempt, .setAbsent, .editNote, .removeAbsence, .earlier, .later, .grantPermission,
             .revokePermission, .toggle:
            validationShortLabel(action)
        case .changePassword, .openAccounts, .openClassCredentials, .openAccessLog, .openAccessReport, .choosePupil,
             .prevWeek, .nextWeek, .nextSection, .prevSection, .newAccount, .resetPassword, .editRoles, .classSlips,
             .search, .filter, .exportCSV, .verifyLog, .usageStatistics:
            accountsShortLabel(action)
        default: describe(action)
        }
    }
}
