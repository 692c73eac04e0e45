/// Actions beyond a teacher's own lessons, and which roles may take them. Row limits (a class
/// teacher only for their class, a parent only for their children) are checked by the service
/// on top of this table.
public enum SchoolAction: String, CaseIterable, Sendable {
    case grantLatePermission
    case revokeLatePermission
    case recordSubstitution
    case closePeriod
    case correctClosedFinal
    case changeRuleSettings
    case correctAbsences
    case viewDueOverview

    public var allowedRoles: Set<Role> {
        switch self {
        case .grantLatePermission, .revokeLatePermission: [.deputy, .administrator]
        case .recordSubstitution: [.deputy, .administrator]
        case .closePeriod: [.administrator]
        case .correctClosedFinal: [.deputy]
        case .changeRuleSettings: [.administrator]
        case .correctAbsences: [.classTeacher]
        case .viewDueOverview: [.deputy, .director, .administrator]
        }
    }

    public func isAllowed(for roles: Set<Role>) -> Bool { !allowedRoles.isDisjoint(with: roles) }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.grantLatePermission, .ru): "выдавать разрешения на внесение с опозданием"
        case (.revokeLatePermission, .ru): "отзывать разрешения"
        case (.recordSubstitution, .ru): "отмечать замены"
        case (.closePeriod, .ru): "закрывать учебный период"
        case (.correctClosedFinal, .ru): "исправлять итоговые отметки закрытого периода"
        case (.changeRuleSettings, .ru): "менять настройки правил"
        case (.correctAbsences, .ru): "корректировать пропуски класса"
        case (.viewDueOverview, .ru): "смотреть сводку несделанных записей"
        case (.grantLatePermission, .en): "grant late-entry permissions"
        case (.revokeLatePermission, .en): "revoke permissions"
        case (.recordSubstitution, .en): "record substitutions"
        case (.closePeriod, .en): "close a period"
        case (.correctClosedFinal, .en): "correct finals of a closed period"
        case (.changeRuleSettings, .en): "change rule settings"
        case (.correctAbsences, .en): "correct the class's absences"
        case (.viewDueOverview, .en): "see the overview of missing entries"
        }
    }
}
