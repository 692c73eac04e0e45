import EzhCore
import EzhService
import Foundation

/// Deadlines in words (the grids and the lesson card), and the help's words for the validation
/// layer's actions and contexts.
extension Strings {
    private func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    // MARK: Deadlines

    /// What a cell or field allows now, in the school's zone: «можно до 21:00 сегодня»,
    /// «срок истёк 19.03 21:00 — нужно разрешение завуча». nil when nothing limits it.
    func entryStatus(_ status: CellEntryStatus, zone: SchoolTimeZone, now: Date) -> String? {
        let today = zone.localDate(of: now)
        func moment(_ instant: Date) -> String {
            "\(zone.localDate(of: instant).dayMonth) \(zone.timeOfDay(of: instant).text)"
        }
        func todayOrMoment(_ instant: Date, todayWord: Bool) -> String {
            guard zone.localDate(of: instant) == today else { return moment(instant) }
            let time = zone.timeOfDay(of: instant).text
            return todayWord ? time + pick(" сегодня", " today") : time
        }
        switch status {
        case .readOnly: return readOnlyMark
        case .open(until: nil): return nil
        case .open(until: let deadline?):
            return pick("можно до ", "open until ") + todayOrMoment(deadline, todayWord: true)
        case .notYetOpen(let opensAt):
            let from = todayOrMoment(opensAt, todayWord: false)
            return pick("урок ещё не начался (с \(from))", "the lesson has not started (from \(from))")
        case .late(let permission, let until):
            return pick("с опозданием по разрешению № \(permission.id) до \(moment(until))",
                        "late, under permission No. \(permission.id) until \(moment(until))")
        case .closed(let since):
            return pick("срок истёк \(moment(since)) — нужно разрешение завуча",
                        "deadline passed \(moment(since)) — a deputy's permission is needed")
        }
    }

    // MARK: Help, key bar and contexts

    func validationContextTitle(_ context: KeyContext) -> String {
        switch context {
        case .card: pick("Карточка урока", "Lesson card")
        case .absences: pick("Пропуски за неделю", "Weekly absences")
        case .permissions: pick("Разрешения", "Permissions")
        case .permissionForm: pick("Новое разрешение", "New permission")
        case .substitutions: pick("Замены", "Substitutions")
        default: context.rawValue
        }
    }

    func validationDescription(_ action: Action) -> String {
        switch action {
        case .lessonCard: pick("карточка урока: тема, домашнее задание", "lesson card: topic, homework")
        case .allPresent: pick("все присутствуют (посещаемость отмечена)", "everyone present (attendance taken)")
        case .absenceReview: pick("пропуски класса за неделю", "the class's absences of a week")
        case .permissions: pick("разрешения на внесение с опозданием", "late-entry permissions")
        case .substitutions: pick("замены уроков", "substitutions")
        case .teachersDue: pick("сводка по учителям: что нужно внести", "teachers: what is due")
        case .lessonPlans: pick("КТП: часы по плану и по учебному плану", "lesson plans: planned against curriculum hours")
        case .setIll: pick("пропуск по болезни (Б)", "absent, ill (Б)")
        case .setExcused: pick("пропуск по уважительной причине (УП)", "absent for a valid reason (УП)")
        case .setUnexcused: pick("пропуск без уважительной причины (НП)", "absent without a valid reason (НП)")
        case .setExempt: pick("освобождён (ОСВ)", "exempt (ОСВ)")
        case .setAbsent: pick("вернуть Н (причина неизвестна)", "back to Н (reason unknown)")
        case .editNote: pick("примечание к пропуску", "note on the absence")
        case .removeAbsence: pick("снять пропуск, внесённый по ошибке", "remove an absence entered in error")
        case .earlier: pick("раньше (неделя, день)", "earlier (week, day)")
        case .later: pick("позже (неделя, день)", "later (week, day)")
        case .grantPermission: pick("выдать разрешение", "grant a permission")
        case .revokePermission: pick("отозвать разрешение", "revoke the permission")
        case .toggle: pick("отметить / снять отметку", "tick / untick")
        default: action.rawValue
        }
    }

    func validationShortLabel(_ action: Action) -> String {
        switch action {
        case .lessonCard: pick("Урок", "Lesson")
        case .setIll: AttendanceCode.ill.rawValue
        case .setExcused: AttendanceCode.excused.rawValue
        case .setUnexcused: AttendanceCode.unexcused.rawValue
        case .setExempt: AttendanceCode.exempt.rawValue
        case .setAbsent: AttendanceCode.absent.rawValue
        case .allPresent: pick("Все есть", "All here")
        case .absenceReview: pick("Пропуски", "Absences")
        case .permissions: pick("Разрешения", "Permits")
        case .substitutions: pick("Замены", "Subst")
        case .teachersDue: pick("Сводка", "Overview")
        case .lessonPlans: pick("КТП", "Plans")
        case .editNote: pick("Заметка", "Note")
        case .removeAbsence: pick("Снять", "Remove")
        case .earlier: pick("Раньше", "Earlier")
        case .later: pick("Позже", "Later")
        case .grantPermission: pick("Выдать", "Grant")
        case .revokePermission: pick("Отозвать", "Revoke")
        case .toggle: pick("Отметить", "Tick")
        default: validationDescription(action)
        }
    }
}
