/// What a role may do beyond a teacher's own lessons: the one table of role gates. The service
/// refuses an action whose roles the session lacks, and the interface offers a command only when
/// this table allows the action it needs, so the two cannot disagree. Row limits (a class
/// teacher only for their class, a teacher only for their pages, a parent only for their
/// children) are checked by the service on top of this table.
public enum SchoolAction: String, CaseIterable, Sendable {
    case enterOwnLessons
    case grantLatePermission
    case revokeLatePermission
    case recordSubstitution
    case declareSubstitution
    case closePeriod
    case setPeriodFinals
    case correctClosedFinal
    case changeRuleSettings
    case transferSubgroups
    case correctAbsences
    case readOwnClass
    case issueClassCredentials
    case viewOwnDue
    case viewDueOverview
    case viewPermissions
    case viewAllPermissions
    case checkLessonPlans
    case readWholeSchool
    case readStaffList
    case manageAccounts
    case reviewAccessLog
    case readAccessReport
    case viewUsageStatistics
    case manageStaff
    case manageSchoolYear
    case managePupils
    case sendNotices
    case keepClassEvents
    case postAnnouncements

    public var allowedRoles: Set<Role> {
        switch self {
        case .enterOwnLessons: [.teacher, .classTeacher]
        case .grantLatePermission, .revokeLatePermission: [.deputy, .administrator]
        case .recordSubstitution: [.deputy, .administrator]
        case .declareSubstitution, .setPeriodFinals, .viewOwnDue: [.teacher]
        case .changeRuleSettings, .transferSubgroups: [.administrator]
        case .closePeriod: [.deputy, .administrator]
        case .correctClosedFinal: [.deputy]
        case .correctAbsences, .readOwnClass, .issueClassCredentials: [.classTeacher]
        case .viewDueOverview, .viewAllPermissions, .readWholeSchool: [.deputy, .director, .administrator]
        case .viewPermissions, .checkLessonPlans, .readStaffList: Role.staff
        case .manageAccounts, .viewUsageStatistics: [.administrator]
        case .reviewAccessLog, .readAccessReport: [.administrator, .deputy, .director]
        case .manageStaff: [.administrator]
        case .manageSchoolYear: [.deputy, .administrator]
        // A class teacher only for their own class (checked by the service).
        case .managePupils: [.administrator, .deputy, .classTeacher]
        // A class teacher only for their own class (checked by the service).
        case .sendNotices, .keepClassEvents: [.classTeacher]
        case .postAnnouncements: [.deputy, .administrator]
        }
    }

    public func isAllowed(for roles: Set<Role>) -> Bool { !allowedRoles.isDisjoint(with: roles) }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.enterOwnLessons, .ru): "вести записи своих уроков"
        case (.grantLatePermission, .ru): "выдавать разрешения на внесение с опозданием"
        case (.revokeLatePermission, .ru): "отзывать разрешения"
        case (.recordSubstitution, .ru): "отмечать замены"
        case (.declareSubstitution, .ru): "вести урок за другого учителя"
        case (.closePeriod, .ru): "закрывать учебный период"
        case (.setPeriodFinals, .ru): "выставлять итоговые отметки"
        case (.correctClosedFinal, .ru): "исправлять итоговые отметки закрытого периода"
        case (.changeRuleSettings, .ru): "менять настройки правил"
        case (.transferSubgroups, .ru): "переводить учеников между группами"
        case (.correctAbsences, .ru): "корректировать пропуски класса"
        case (.readOwnClass, .ru): "читать журнал своего класса"
        case (.issueClassCredentials, .ru): "выдавать реквизиты ученикам и родителям своего класса"
        case (.viewOwnDue, .ru): "смотреть свои несделанные записи"
        case (.viewDueOverview, .ru): "смотреть сводку несделанных записей"
        case (.viewPermissions, .ru): "смотреть разрешения"
        case (.viewAllPermissions, .ru): "смотреть разрешения всех учителей"
        case (.checkLessonPlans, .ru): "сверять КТП с учебным планом"
        case (.readWholeSchool, .ru): "читать журнал всей школы"
        case (.readStaffList, .ru): "список сотрудников"
        case (.manageAccounts, .ru): "управление учётными записями"
        case (.reviewAccessLog, .ru): "просмотр журнала доступа"
        case (.readAccessReport, .ru): "отчёт о доступе к классному журналу"
        case (.viewUsageStatistics, .ru): "статистика работы с журналом"
        case (.manageStaff, .ru): "вести список сотрудников"
        case (.manageSchoolYear, .ru): "вести учебный год: классы, учебный план, календарь, звонки, расписание"
        case (.managePupils, .ru): "вести списки обучающихся и родителей"
        case (.sendNotices, .ru): "отправлять уведомления родителям своего класса"
        case (.keepClassEvents, .ru): "вести мероприятия своего класса"
        case (.postAnnouncements, .ru): "публиковать объявления"
        case (.enterOwnLessons, .en): "keep the records of one's own lessons"
        case (.grantLatePermission, .en): "grant late-entry permissions"
        case (.revokeLatePermission, .en): "revoke permissions"
        case (.recordSubstitution, .en): "record substitutions"
        case (.declareSubstitution, .en): "give another teacher's lesson"
        case (.closePeriod, .en): "close a period"
        case (.setPeriodFinals, .en): "set period finals"
        case (.correctClosedFinal, .en): "correct finals of a closed period"
        case (.changeRuleSettings, .en): "change rule settings"
        case (.transferSubgroups, .en): "move pupils between groups"
        case (.correctAbsences, .en): "correct the class's absences"
        case (.readOwnClass, .en): "read the journal of one's own class"
        case (.issueClassCredentials, .en): "issue credentials to the pupils and parents of one's class"
        case (.viewOwnDue, .en): "see one's own missing entries"
        case (.viewDueOverview, .en): "see the overview of missing entries"
        case (.viewPermissions, .en): "see permissions"
        case (.viewAllPermissions, .en): "see every teacher's permissions"
        case (.checkLessonPlans, .en): "check lesson plans against the curriculum"
        case (.readWholeSchool, .en): "read the whole school's journal"
        case (.readStaffList, .en): "the staff list"
        case (.manageAccounts, .en): "account management"
        case (.reviewAccessLog, .en): "reading the access log"
        case (.readAccessReport, .en): "the class journal access report"
        case (.viewUsageStatistics, .en): "journal usage statistics"
        case (.manageStaff, .en): "keep the staff list"
        case (.manageSchoolYear, .en): "keep the school year: classes, curriculum, calendar, bells, timetable"
        case (.managePupils, .en): "keep the lists of pupils and parents"
        case (.sendNotices, .en): "send notices to the parents of one's class"
        case (.keepClassEvents, .en): "keep one's class's events"
        case (.postAnnouncements, .en): "post announcements"
        }
    }
}
