import EzhCore
import EzhService
import Foundation

/// The texts of late-entry permissions and their form.
extension Strings {
    var permissionsTitle: String { ruEn("Разрешения на внесение с опозданием", "Late-entry permissions") }
    var noPermissions: String { ruEn("Разрешений нет", "No permissions") }

    func permissionHeadline(_ summary: PermissionSummary, showTeacher: Bool) -> String {
        let permission = summary.permission
        let dates = permission.dates.first == permission.dates.last
            ? permission.dates.first.russian : "\(permission.dates.first.russian)–\(permission.dates.last.russian)"
        let teacher = showTeacher ? summary.teacherName + "  " : ""
        return "№ \(permission.id)  \(teacher)\(summary.scope(in: language))  \(dates)"
    }

    func permissionDetails(_ summary: PermissionSummary, zone: SchoolTimeZone, now: Date) -> String {
        let permission = summary.permission
        let kinds = EntryKind.allCases.filter(permission.kinds.contains).map { $0.name(in: language) }.joined(separator: ", ")
        let state: String
        if let revoked = permission.revokedAt, revoked <= now {
            state = ruEn("отозвано \(zone.russianDateTime(revoked))", "revoked \(zone.russianDateTime(revoked))")
        } else if permission.expiresAt <= now {
            state = ruEn("истекло \(zone.russianDateTime(permission.expiresAt))", "expired \(zone.russianDateTime(permission.expiresAt))")
        } else {
            state = ruEn("действует до \(zone.russianDateTime(permission.expiresAt))", "valid until \(zone.russianDateTime(permission.expiresAt))")
        }
        return ruEn("\(kinds); \(state); выдал \(summary.grantedBy); причина: \(permission.reason)",
                    "\(kinds); \(state); granted by \(summary.grantedBy); reason: \(permission.reason)")
    }

    func revokeQuestion(_ id: PermissionID) -> String { ruEn("Отозвать разрешение № \(id)?", "Revoke permission No. \(id)?") }
    var revokeYes: String { ruEn("Да, отозвать", "Yes, revoke") }
    var revokeNo: String { ruEn("Нет, оставить", "No, keep it") }
    func revoked(_ id: PermissionID) -> String { ruEn("Разрешение № \(id) отозвано", "Permission No. \(id) revoked") }

    func alreadyInactive(_ id: PermissionID) -> String {
        ruEn("Разрешение № \(id) уже не действует", "Permission No. \(id) is no longer valid")
    }

    func granted(_ id: PermissionID) -> String { ruEn("Выдано разрешение № \(id)", "Permission No. \(id) granted") }
    var grantTitle: String { ruEn("Новое разрешение", "New permission") }
    var teacherLabel: String { ruEn("Учитель", "Teacher") }
    var classLabel: String { ruEn("Класс", "Class") }
    var subjectLabel: String { ruEn("Предмет", "Subject") }
    var fromLabel: String { ruEn("Уроки с", "Lessons from") }
    var toLabel: String { ruEn("по", "to") }
    var kindsLabel: String { ruEn("Виды записей", "Kinds of entry") }
    var reasonLabel: String { ruEn("Причина", "Reason") }
    var expiryLabel: String { ruEn("Действует до", "Valid until") }
    var grantButton: String { ruEn("[ Выдать разрешение ]", "[ Grant the permission ]") }
    var anyClass: String { ruEn("все классы", "all classes") }
    var anySubject: String { ruEn("все предметы", "all subjects") }
    var chooseTeacher: String { ruEn("выберите учителя", "choose a teacher") }
    var dateHint: String { ruEn("дд.мм.гггг", "dd.mm.yyyy") }
    var timeHint: String { ruEn("чч:мм", "hh:mm") }

    func notADate(_ field: String, _ text: String) -> String {
        text.isEmpty ? ruEn("\(field): введите дату в виде дд.мм.гггг", "\(field): type a date as dd.mm.yyyy")
            : ruEn("\(field): даты «\(text)» не существует (нужно дд.мм.гггг, год 2000–2100)",
                   "\(field): there is no date “\(text)” (dd.mm.yyyy, year 2000-2100)")
    }

    func notATime(_ text: String) -> String {
        ruEn("\(expiryLabel): времени «\(text)» не бывает (нужно чч:мм)", "\(expiryLabel): “\(text)” is not a time (hh:mm)")
    }

    var datesReversed: String { ruEn("Первая дата позже последней", "The first date is after the last") }

    var expiryInPast: String {
        ruEn("\(expiryLabel): этот момент уже прошёл — срок действия должен быть в будущем", "\(expiryLabel): that moment has passed — the expiry must lie ahead")
    }

    var teacherMissing: String { ruEn("Выберите учителя (Enter на поле «Учитель»)", "Choose a teacher (Enter on “Teacher”)") }
    var kindsMissing: String { ruEn("Отметьте хотя бы один вид записей (пробел)", "Tick at least one kind of entry (Space)") }
    var reasonMissing: String { ruEn("Укажите причину", "Give a reason") }

    func formHint(toggle: String, save: String, close: String) -> String {
        ruEn("Enter — выбрать/дальше   \(toggle) — отметить   \(save) — выдать   \(close) — закрыть",
             "Enter chooses/next   \(toggle) ticks   \(save) grants   \(close) closes")
    }
}
