import EzhCore
import EzhService
import Foundation

/// The texts of the administrator's accounts and the class teacher's credentials.
extension Strings {
    public func savedTo(_ path: String) -> String { ruEn("Записано в файл \(path)", "Written to \(path)") }
    public var accountsTitle: String { ruEn("Учётные записи", "Accounts") }
    public func accountsCount(_ shown: Int, of total: Int) -> String { ruEn("\(shown) из \(total)", "\(shown) of \(total)") }
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

    public var noAccounts: String { ruEn("Учётных записей нет", "No accounts") }
    public var disabledMark: String { ruEn("отключена", "disabled") }
    public var mustChangeMark: String { ruEn("смена пароля", "must change") }
    public func lockedUntilMark(_ time: String) -> String { ruEn("заблок. до \(time)", "locked to \(time)") }
    public var chooseStaffMember: String { ruEn("Сотрудник", "Staff member") }
    public var newStaffMemberItem: String { ruEn("+ новый сотрудник…", "+ new member of staff…") }
    public var newStaffMemberTitle: String { ruEn("Новый сотрудник", "New member of staff") }
    public var staffFormLabels: [String] {
        [ruEn("Фамилия", "Last name"), ruEn("Имя", "First name"), ruEn("Отчество", "Patronymic"),
         ruEn("Должность", "Position"), ruEn("Логин", "Login")]
    }
    public func newAccountFor(_ name: String) -> String { ruEn("Новая учётная запись: \(name)", "New account: \(name)") }
    public var loginOptional: String { ruEn("пусто — логин составится из ФИО", "empty: made from the name") }
    public var rolesLabel: String { ruEn("Роли:", "Roles:") }
    public var chooseAtLeastOneRole: String { ruEn("Отметьте хотя бы одну роль", "Tick at least one role") }
    public var switchOffTitle: String { ruEn("Отключение учётной записи", "Switching an account off") }
    public var onlyStaffSwitchOff: String {
        ruEn("Отключаются учётные записи сотрудников; ученика и родителя отключает выбытие",
             "Staff accounts are switched off here; a pupil's or parent's ends with the pupil's departure")
    }

    public func confirmSwitchOff(_ login: String) -> String {
        ruEn("Отключить «\(login)»? Вход будет невозможен; история записей сохранится. Включить снова — та же клавиша.",
             "Switch “\(login)” off? It will not sign in; its history stays. The same key switches it on again.")
    }

    public func accountSwitched(_ login: String, off: Bool) -> String {
        off ? ruEn("«\(login)» отключена", "“\(login)” is switched off") : ruEn("«\(login)» снова включена", "“\(login)” is on again")
    }

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
}
