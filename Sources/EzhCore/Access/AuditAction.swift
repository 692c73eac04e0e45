/// What an access-log entry records.
public enum AuditAction: String, CaseIterable, Sendable {
    case signIn = "sign_in"
    case signInFailed = "sign_in_failed"
    case lockout
    case lock
    case signOut = "sign_out"
    /// Opening a journal page (class, subject, period).
    case openPage = "open_page"
    /// Any other read of personal data: a diary, a history, a list of pupils.
    case read
    case change
    case report
    case export
    case backup
    case restore
    case setting
    case permission
    case account
    /// Reading or checking the access log itself.
    case audit

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.signIn, .ru): "вход"
        case (.signInFailed, .ru): "неудачный вход"
        case (.lockout, .ru): "блокировка входа"
        case (.lock, .ru): "блокировка терминала"
        case (.signOut, .ru): "выход"
        case (.openPage, .ru): "открыта страница журнала"
        case (.read, .ru): "просмотр"
        case (.change, .ru): "изменение"
        case (.report, .ru): "отчёт"
        case (.export, .ru): "выгрузка"
        case (.backup, .ru): "резервная копия"
        case (.restore, .ru): "восстановление"
        case (.setting, .ru): "настройка"
        case (.permission, .ru): "разрешение"
        case (.account, .ru): "учётная запись"
        case (.audit, .ru): "журнал доступа"
        case (.signIn, .en): "sign-in"
        case (.signInFailed, .en): "failed sign-in"
        case (.lockout, .en): "sign-in lockout"
        case (.lock, .en): "terminal lock"
        case (.signOut, .en): "sign-out"
        case (.openPage, .en): "journal page opened"
        case (.read, .en): "read"
        case (.change, .en): "change"
        case (.report, .en): "report"
        case (.export, .en): "export"
        case (.backup, .en): "backup"
        case (.restore, .en): "restore"
        case (.setting, .en): "setting"
        case (.permission, .en): "permission"
        case (.account, .en): "account"
        case (.audit, .en): "access log"
        }
    }
}
