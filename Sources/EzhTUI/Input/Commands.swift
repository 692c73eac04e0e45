import EzhCore

/// One named action of the interface: where a screen does it, its line in the help, the word
/// the key bar shows, and the `SchoolAction` a person's roles must allow for it to be offered.
public struct Command: Sendable {
    public let action: Action
    /// The key contexts whose screens do this action; a keymap line binding it anywhere else
    /// is reported.
    public let contexts: Set<KeyContext>
    public let help: (ru: String, en: String)
    /// The key bar's word; the help text where none is given.
    public let label: (ru: String, en: String)?
    /// The role gate; nil for an action anyone who reaches its screen may take.
    public let needs: SchoolAction?

    public var name: String { action.rawValue }

    public func help(in language: Language) -> String { language == .ru ? help.ru : help.en }

    public func label(in language: Language) -> String {
        guard let label else { return help(in: language) }
        return language == .ru ? label.ru : label.en
    }

    /// Whether the interface offers this action to someone with these roles.
    public func isOffered(to roles: Set<Role>) -> Bool { needs?.isAllowed(for: roles) ?? true }
}

/// The command catalogue: every action, one line each, in the order the help lists them. Help
/// (F1), the key bar, `ezh keys`, docs/keymap.md and keymap-file validation all read it, and
/// the interface offers an action only when the service's `SchoolAction` table allows it.
public enum Commands {
    private static let lists: Set<KeyContext> = [
        .home, .grid, .picker, .help, .absences, .permissions, .substitutions, .diary, .accounts, .credentials,
        .accessLog, .accessReport, .schoolYear, .pupils, .pupilCard, .settings, .exemptions, .ktp, .dueTable, .classWeek,
        .messages,
        .notices, .announcements, .classEvents,
        .reports, .reportPreview,
    ]
    private static let fieldLists = lists.union([.card, .permissionForm, .timetable])
    private static let forms: Set<KeyContext> = [.login, .home, .card, .permissionForm, .form, .textArea]
    private static let closable: Set<KeyContext> = [
        .grid, .picker, .card, .absences, .permissions, .permissionForm, .substitutions, .form, .accounts, .credentials,
        .accessLog, .accessReport, .timetable, .schoolYear, .pupils, .pupilCard, .settings, .exemptions, .ktp, .dueTable, .classWeek,
        .messages,
        .notices, .announcements, .classEvents,
        .reports, .reportPreview,
    ]
    private static let everywhere = Set(KeyContext.allCases)

    public static let all: [Command] = [
        entry(.moveUp, fieldLists, "вверх", "up"),
        entry(.moveDown, fieldLists, "вниз", "down"),
        entry(.moveLeft, [.grid, .timetable, .ktp, .reportPreview], "влево", "left"),
        entry(.moveRight, [.grid, .timetable, .ktp, .reportPreview], "вправо", "right"),
        entry(.pageUp, lists, "страница вверх", "page up"),
        entry(.pageDown, lists, "страница вниз", "page down"),
        entry(.firstColumn, [.grid], "первый урок периода", "first lesson of the period"),
        entry(.lastColumn, [.grid], "последний урок периода", "last lesson of the period"),
        entry(.today, [.grid, .timetable], "к сегодняшнему уроку", "to today's lesson", label: ("Сегодня", "Today")),
        entry(.editCell, [.grid, .timetable, .ktp], "выбрать значение ячейки", "choose the cell's value", label: ("Значение", "Value")),
        entry(.clearCell, [.grid, .timetable], "стереть ячейку", "clear the cell"),
        entry(.undo, [.grid], "отменить последнее изменение", "undo the last change", label: ("Отменить", "Undo")),
        entry(.nextGrid, [.grid], "оценки ⇄ посещаемость", "marks ⇄ attendance", label: ("Оц/Пос", "Mk/Att")),
        entry(.prevGrid, [.grid], "посещаемость ⇄ оценки", "attendance ⇄ marks"),
        entry(.choosePeriod, [.grid, .diary], "выбрать период", "choose the period", label: ("Период", "Period")),
        entry(.chooseClass, [.grid, .absences, .credentials, .timetable, .pupils, .classWeek, .notices, .classEvents], "выбрать класс", "choose the class", label: ("Класс", "Class")),
        entry(.chooseSubject, [.grid], "выбрать предмет", "choose the subject", label: ("Предмет", "Subject")),
        entry(.cellHistory, [.grid], "история ячейки", "history of the cell", label: ("История", "History")),
        entry(.open, [.home, .picker, .substitutions, .accessLog, .schoolYear, .settings, .dueTable, .messages, .notices, .announcements, .classEvents, .reports],
              "открыть", "open", label: ("Открыть", "Open")),
        entry(.confirm, [.login, .home, .picker, .help, .command, .card, .permissionForm, .substitutions, .form, .accessLog],
              "подтвердить", "confirm", label: ("Готово", "OK")),
        entry(.cancel, closable.union([.help, .command, .textArea]), "закрыть, отменить", "close, cancel", label: ("Отмена", "Cancel")),
        entry(.back, closable, "назад, к предыдущему экрану", "back to the previous screen", label: ("Назад", "Back")),
        entry(.nextField, forms, "следующее поле", "next field", label: ("Поле", "Field")),
        entry(.prevField, forms, "предыдущее поле", "previous field"),
        entry(.commandLine, everywhere, "командная строка", "command line"),
        entry(.help, everywhere, "справка", "help", label: ("Справка", "Help")),
        entry(.lock, everywhere, "заблокировать (выйти из учётной записи)", "lock (sign out)", label: ("Блок", "Lock")),
        entry(.quit, everywhere, "выход из программы", "quit the program", label: ("Выход", "Quit")),
        entry(.lessonCard, [.grid], "карточка урока: тема, домашнее задание", "lesson card: topic, homework",
              label: ("Урок", "Lesson")),
        entry(.allPresent, [.card], "все присутствуют (посещаемость отмечена)", "everyone present (attendance taken)",
              label: ("Все есть", "All here")),
        entry(.absenceReview, [.home], "пропуски класса за неделю", "the class's absences of a week",
              label: ("Пропуски", "Absences"), needs: .correctAbsences),
        entry(.permissions, [.home], "разрешения на внесение с опозданием", "late-entry permissions",
              label: ("Разрешения", "Permits"), needs: .viewPermissions),
        entry(.substitutions, [.home], "замены уроков", "substitutions", label: ("Замены", "Subst"), needs: .recordSubstitution),
        entry(.declareSubstitution, [.home], "заявить замену: вести чужой урок", "declare a substitution: give another's lesson",
              label: ("Замена", "Subst"), needs: .declareSubstitution),
        entry(.teachersDue, [.home], "сводка по учителям: что нужно внести", "teachers: what is due",
              label: ("Сводка", "Overview"), needs: .viewDueOverview),
        entry(.lessonPlans, [.home], "КТП: часы по плану и по учебному плану", "lesson plans: planned against curriculum hours",
              label: ("КТП", "Plans"), needs: .checkLessonPlans),
        code(.setIll, .ill, "пропуск по болезни (Б)", "absent, ill (Б)"),
        code(.setExcused, .excused, "пропуск по уважительной причине (УП)", "absent for a valid reason (УП)"),
        code(.setUnexcused, .unexcused, "пропуск без уважительной причины (НП)", "absent without a valid reason (НП)"),
        code(.setExempt, .exempt, "освобождён (ОСВ)", "exempt (ОСВ)"),
        code(.setAbsent, .absent, "вернуть Н (причина неизвестна)", "back to Н (reason unknown)"),
        entry(.editNote, [.absences], "примечание к пропуску", "note on the absence", label: ("Заметка", "Note"),
              needs: .correctAbsences),
        entry(.removeAbsence, [.absences], "снять пропуск, внесённый по ошибке", "remove an absence entered in error",
              label: ("Снять", "Remove"), needs: .correctAbsences),
        entry(.earlier, [.absences, .substitutions, .classEvents], "раньше (неделя, день, месяц)", "earlier (week, day, month)", label: ("Раньше", "Earlier")),
        entry(.later, [.absences, .substitutions, .classEvents], "позже (неделя, день, месяц)", "later (week, day, month)", label: ("Позже", "Later")),
        entry(.grantPermission, [.permissions, .permissionForm], "выдать разрешение", "grant a permission",
              label: ("Выдать", "Grant"), needs: .grantLatePermission),
        entry(.revokePermission, [.permissions], "отозвать разрешение", "revoke the permission",
              label: ("Отозвать", "Revoke"), needs: .revokeLatePermission),
        entry(.changePassword, [.home, .diary], "сменить свой пароль", "change your password", label: ("Пароль", "Password")),
        entry(.openAccounts, [.home], "учётные записи", "accounts", label: ("Уч.записи", "Accounts"), needs: .manageAccounts),
        entry(.openClassCredentials, [.home], "реквизиты доступа учеников и родителей класса",
              "credentials of the class's pupils and parents", label: ("Реквизиты", "Credentials"), needs: .issueClassCredentials),
        entry(.openAccessLog, [.home], "журнал доступа", "access log", label: ("Ж.доступа", "Access log"), needs: .reviewAccessLog),
        entry(.openAccessReport, [.home], "отчёт о доступе к классному журналу", "class journal access report",
              label: ("Отчёт о доступе", "Access report"), needs: .readAccessReport),
        entry(.choosePupil, [.diary], "выбрать ученика", "choose the pupil", label: ("Ученик", "Pupil")),
        entry(.prevWeek, [.diary, .timetable, .classWeek], "предыдущая неделя", "previous week", label: ("Пред.неделя", "Prev week")),
        entry(.nextWeek, [.diary, .timetable, .classWeek], "следующая неделя", "next week", label: ("След.неделя", "Next week")),
        entry(.nextSection, [.diary], "отметки → неделя → пропуски", "marks → week → absences", label: ("Раздел", "Part")),
        entry(.prevSection, [.diary], "пропуски → неделя → отметки", "absences → week → marks", label: ("Раздел", "Part")),
        entry(.newAccount, [.accounts, .credentials], "создать учётную запись", "create an account", label: ("Создать", "New")),
        entry(.resetPassword, [.accounts, .credentials], "сбросить пароль (выдать одноразовый)",
              "reset the password (issue a one-time one)", label: ("Сброс", "Reset")),
        entry(.editRoles, [.accounts], "изменить роли", "change the roles", label: ("Роли", "Roles"), needs: .manageAccounts),
        entry(.disableAccount, [.accounts], "отключить или снова включить учётную запись сотрудника",
              "switch a staff account off or on again", label: ("Откл.", "Off/on"), needs: .manageStaff),
        entry(.classSlips, [.credentials], "реквизиты всего класса в один файл", "the whole class's slips to one file",
              label: ("Все в файл", "All to file"), needs: .issueClassCredentials),
        entry(.search, [.accounts, .accessLog], "поиск", "search", label: ("Поиск", "Search")),
        entry(.filter, [.accessLog, .accessReport], "фильтр", "filter", label: ("Фильтр", "Filter")),
        entry(.exportCSV, [.accessLog, .accessReport, .reportPreview], "выгрузить в CSV", "export to CSV", label: ("CSV", "CSV")),
        entry(.verifyLog, [.accessLog], "проверить цепочку журнала доступа", "check the access log's chain",
              label: ("Проверка", "Verify")),
        entry(.usageStatistics, [.accessLog], "статистика работы с журналом", "journal usage statistics",
              label: ("Статистика", "Usage"), needs: .viewUsageStatistics),
        entry(.toggle, [.permissionForm, .form], "отметить / снять отметку", "tick / untick", label: ("Отметить", "Tick")),
        entry(.timetable, [.home], "расписание: просмотр и изменение", "the timetable: view and change",
              label: ("Расписание", "Timetable"), needs: .manageSchoolYear),
        entry(.chooseTeacher, [.timetable], "расписание учителя", "a teacher's timetable", label: ("Учитель", "Teacher")),
        entry(.chooseRoom, [.timetable], "расписание кабинета", "a room's timetable", label: ("Кабинет", "Room")),
        entry(.chooseDate, [.timetable], "неделя выбранной даты", "the week of a chosen date", label: ("Дата", "Date")),
        entry(.oneOffChange, [.timetable], "разово: отменить, перенести или добавить урок в этот день",
              "one-off: cancel, move or add a lesson that day", label: ("Разово", "One-off"), needs: .manageSchoolYear),
        entry(.schoolYear, [.home], "классы, предметы, учебный план", "classes, subjects, curriculum",
              label: ("Уч.год", "Year"), needs: .manageSchoolYear),
        entry(.openCurriculum, [.schoolYear], "учебный план класса", "the class's curriculum", label: ("Уч.план", "Curriculum")),
        entry(.openSubjects, [.schoolYear], "предметы школы", "the school's subjects", label: ("Предметы", "Subjects")),
        entry(.newItem, [.schoolYear, .exemptions, .ktp, .announcements, .classEvents], "добавить", "add", label: ("Добавить", "Add")),
        entry(.openCalendar, [.schoolYear], "каникулы и выходные дни", "holidays and days off", label: ("Каникулы", "Holidays")),
        entry(.removeItem, [.schoolYear, .exemptions, .ktp, .announcements, .classEvents], "убрать", "remove", label: ("Убрать", "Remove")),
        entry(.openBells, [.schoolYear], "расписание звонков", "bell schedules", label: ("Звонки", "Bells")),
        entry(.openSubgroups, [.schoolYear], "группы по предмету и их ученики", "a subject's subgroups and their pupils",
              label: ("Группы", "Groups")),
        entry(.openPeriods, [.schoolYear], "периоды года: четверти, полугодия и их даты", "the year's periods: quarters, half-years and their dates",
              label: ("Периоды", "Periods")),
        entry(.pupils, [.home], "ученики класса: список и движение", "the class's pupils: list and movement",
              label: ("Ученики", "Pupils"), needs: .managePupils),
        entry(.movement, [.pupils], "движение: прибытие, выбытие, перевод", "movement: arrival, departure, transfer",
              label: ("Движение", "Movement"), needs: .managePupils),
        entry(.chooseYear, [.home], "выбрать учебный год (закрытые — для просмотра)", "choose the school year (closed ones to view)",
              label: ("Год", "Year")),
        entry(.pupilCard, [.pupils], "карточка ученика: данные, контакты, родители", "the pupil's card: data, contacts, parents",
              label: ("Карточка", "Card"), needs: .managePupils),
        entry(.editPupil, [.pupilCard], "изменить данные и контакты ученика", "edit the pupil's data and contacts",
              label: ("Изменить", "Edit"), needs: .managePupils),
        entry(.addParent, [.pupilCard], "добавить родителя", "add a parent", label: ("+ Родитель", "+ Parent"), needs: .managePupils),
        entry(.editParent, [.pupilCard], "изменить родителя: ФИО, телефон, почта, кем приходится",
              "edit the parent: name, phone, e-mail, relation", label: ("Родитель", "Parent"), needs: .managePupils),
        entry(.linkParent, [.pupilCard], "связать с родителем брата или сестры (по № личного дела)",
              "link a brother's or sister's parent (by personal-file number)", label: ("Связать", "Link"), needs: .managePupils),
        entry(.unlinkParent, [.pupilCard], "убрать связь с родителем (родитель остаётся)", "unlink the parent (the parent stays)",
              label: ("Отвязать", "Unlink"), needs: .managePupils),
        entry(.editStaff, [.accounts], "изменить сотрудника: ФИО, должность, телефон, предметы",
              "edit the member of staff: name, position, phone, subjects", label: ("Сотрудник", "Staff"), needs: .manageStaff),
        entry(.schoolSettings, [.home], "настройки школы: название, учебная неделя, правила журнала",
              "school settings: name, school week, journal rules", label: ("Настройки", "Settings"), needs: .changeRuleSettings),
        entry(.workType, [.grid], "вид работы столбца (и вес): выбрать или изменить", "the column's work type (and weight): choose or change",
              label: ("Вид", "Type")),
        entry(.addAssignment, [.grid], "ещё одно задание на этом уроке (новый столбец)", "one more assignment in this lesson (a new column)",
              label: ("+Задание", "+Assign")),
        entry(.assignmentTopic, [.grid], "тема задания", "the assignment's topic", label: ("Тема", "Topic")),
        entry(.removeAssignment, [.grid], "убрать пустое задание (столбец без отметок)", "remove an empty assignment (a column without marks)",
              label: ("Убрать", "Remove")),
        entry(.exemptions, [.pupils, .pupilCard], "освобождения ученика (ОСВ): даты, предметы, приказ",
              "the pupil's exemptions (ОСВ): dates, subjects, order", label: ("ОСВ", "Exempt"), needs: .managePupils),
        entry(.ktp, [.home, .grid], "КТП: темы, часы и даты по плану", "lesson plan (КТП): topics, hours, planned dates",
              label: ("Ред.КТП", "Edit plan"), needs: .checkLessonPlans),
        entry(.moveItemUp, [.ktp], "поднять строку выше", "move the row up", label: ("Выше", "Up")),
        entry(.moveItemDown, [.ktp], "опустить строку ниже", "move the row down", label: ("Ниже", "Down")),
        entry(.importFile, [.ktp], "загрузить КТП из файла CSV или XLSX", "import the plan from a CSV or XLSX file",
              label: ("Из файла", "From file")),
        entry(.copyPlan, [.ktp], "скопировать КТП прошлого года или коллеги (та же параллель)",
              "copy last year's or a colleague's plan (same grade)", label: ("Копия", "Copy")),
        entry(.planProgress, [.ktp], "дано по КТП: план и проведённые уроки", "given vs planned: the plan and the lessons given",
              label: ("Дано/план", "Given")),
        entry(.planOverview, [.home], "выполнение КТП по учителям", "lesson plans given vs planned, by teacher",
              label: ("Выполн.КТП", "Plans given"), needs: .viewDueOverview),
        entry(.acceptPlanTopic, [.card], "взять тему урока из КТП", "take the lesson's topic from the plan", label: ("Тема по КТП", "Plan topic")),
        entry(.fillingOverview, [.home], "заполнение журнала класса за неделю: предметы × дни",
              "the class journal's filling in a week: subjects × days", label: ("Заполнение", "Filling"), needs: .readOwnClass),
        entry(.sortColumn, [.dueTable], "сортировать по следующему столбцу", "sort by the next column", label: ("Сорт.", "Sort")),
        entry(.acceptSuggestion, [.grid], "итоговая: поставить предложенную отметку", "final: give the suggested mark",
              label: ("Принять", "Accept"), needs: .setPeriodFinals),
        entry(.acceptAllSuggestions, [.grid], "итоговая: предложенные отметки всем без отметки в столбце",
              "final: the suggested marks to everyone in the column without one", needs: .setPeriodFinals),
        entry(.correctFinal, [.grid], "исправить итоговую закрытого периода (пересдача, апелляция; по приказу)",
              "correct a closed period's final (retake, appeal; under an order)", label: ("Исправить", "Correct"),
              needs: .correctClosedFinal),
        entry(.closePeriod, [.schoolYear], "закрыть период для класса или всех: сначала что не заполнено",
              "close the period for a class or all: first what is missing", label: ("Закрыть", "Close"), needs: .closePeriod),
        entry(.finalsDue, [.schoolYear], "дата приказа: срок итоговых отметок периода", "order date: when the period's finals are due",
              label: ("Приказ", "Order"), needs: .manageSchoolYear),
        entry(.backups, [.home], "резервные копии: последняя по каждому носителю, её возраст и итог",
              "backups: the last one per destination, its age and result", label: ("Копии", "Backups"), needs: .changeRuleSettings),
        entry(.messages, [.home, .diary], "сообщения: переписка с родителями, учителями и завучем",
              "messages: correspondence with parents, teachers and the deputy", label: ("Сообщения", "Messages")),
        entry(.newMessage, [.messages], "написать новое сообщение", "write a new message", label: ("Написать", "Write")),
        entry(.reply, [.messages], "ответить в переписке", "reply in the thread", label: ("Ответить", "Reply")),
        entry(.correctMessage, [.messages], "исправить своё последнее сообщение (прежний текст сохраняется)",
              "correct one's own last message (the earlier text is kept)", label: ("Исправить", "Correct")),
        entry(.notices, [.home], "уведомления родителям неуспевающих и пропускающих: проверить и отправить",
              "notices to the parents of failing and truant pupils: review and send", label: ("Уведомл.", "Notices"), needs: .sendNotices),
        entry(.sendNotice, [.notices], "отправить уведомление родителям (сначала показывается весь текст)",
              "send the notice to the parents (its whole text is shown first)", label: ("Отправить", "Send"), needs: .sendNotices),
        entry(.dismissNotice, [.notices], "не отправлять уведомление (с причиной)", "do not send the notice (with a reason)",
              label: ("Не отпр.", "Set aside"), needs: .sendNotices),
        entry(.announcements, [.home], "объявления: написать, изменить, снять", "announcements: post, change, take down",
              label: ("Объявл.", "Announce"), needs: .postAnnouncements),
        entry(.classEvents, [.home], "мероприятия класса на месяц", "the class's events of the month",
              label: ("Мероприятия", "Events"), needs: .keepClassEvents),
        entry(.submitText, [.textArea], "отправить или сохранить набранный текст (Enter — новая строка)",
              "send or save the text typed (Enter starts a new line)", label: ("Отправить", "Send")),
        entry(.reports, [.home], "отчёты: посещаемость, успеваемость, письма родителям и другие", "reports: attendance, results, parent letters and more",
              label: ("Отчёты", "Reports")),
        entry(.savePDF, [.reportPreview], "сохранить отчёт в PDF (для печати)", "save the report as PDF (to print)", label: ("PDF", "PDF")),
        entry(.saveXLSX, [.reportPreview], "сохранить отчёт в XLSX (Excel)", "save the report as XLSX (Excel)", label: ("XLSX", "XLSX")),
        entry(.printReport, [.reportPreview], "напечатать отчёт (lp, CUPS)", "print the report (lp, CUPS)", label: ("Печать", "Print")),
    ]

    private static let byAction: [Action: Command] = Dictionary(uniqueKeysWithValues: all.map { ($0.action, $0) })

    /// The catalogue's line of an action.
    public static func command(_ action: Action) -> Command { byAction[action]! }

    /// Whether a screen of `context` does `action`. In `global` only the actions every screen
    /// does may be bound, since a global key reaches every screen.
    public static func exists(_ action: Action, in context: KeyContext) -> Bool {
        command(action).contexts.contains(context)
    }

    private static func entry(
        _ action: Action, _ contexts: Set<KeyContext>, _ ru: String, _ en: String,
        label: (ru: String, en: String)? = nil, needs: SchoolAction? = nil
    ) -> Command {
        Command(action: action, contexts: contexts, help: (ru, en), label: label, needs: needs)
    }

    /// A code of the weekly absence review: its key bar shows the code itself.
    private static func code(_ action: Action, _ code: AttendanceCode, _ ru: String, _ en: String) -> Command {
        entry(action, [.absences], ru, en, label: (code.rawValue, code.rawValue), needs: .correctAbsences)
    }
}
