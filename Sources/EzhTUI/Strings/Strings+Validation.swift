import EzhCore
import EzhService
import Foundation

/// The texts of the validation layer's screens: deadlines, the lesson card, what is due, the
/// absence review, permissions and substitutions.
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

    // MARK: Lesson card

    func lessonCardTitle(_ page: String) -> String { pick("Урок: \(page)", "Lesson: \(page)") }
    func lessonCardWhen(_ date: LocalDate, number: Int, start: TimeOfDay, end: TimeOfDay, room: String) -> String {
        let place = self.room(room)
        let when = pick("\(date.russian), урок \(number), \(start.text)–\(end.text)",
                        "\(date.russian), lesson \(number), \(start.text)–\(end.text)")
        return place.isEmpty ? when : "\(when), \(place)"
    }
    var topicLabel: String { pick("Тема урока", "Lesson topic") }
    var homeworkLabel: String { pick("Домашнее задание", "Homework") }
    var attendanceLabel: String { pick("Посещаемость", "Attendance") }
    var attendanceTaken: String { pick("отмечена", "taken") }
    var attendanceNotTaken: String { pick("не отмечена", "not taken") }
    func cardHint(save: String, allPresent: String, close: String) -> String {
        pick("\(save) — сохранить   \(allPresent) — все присутствуют   \(close) — закрыть",
             "\(save) saves   \(allPresent) all present   \(close) closes")
    }
    func savedFields(_ names: [String]) -> String {
        pick("Сохранено: ", "Saved: ") + names.joined(separator: ", ")
    }
    var nothingChanged: String { pick("Изменений нет", "Nothing changed") }
    var allPresentDone: String {
        pick("Посещаемость отмечена: все, кроме отмеченных в журнале, присутствуют", "Attendance taken: everyone not marked absent was there")
    }
    var unsavedChanges: String {
        pick("Есть несохранённые изменения: Enter — сохранить, Esc ещё раз — закрыть без сохранения",
             "Unsaved changes: Enter saves them, Esc again closes without saving")
    }
    var cardReadOnly: String { pick("Этот урок можно только смотреть.", "This lesson is read only.") }

    // MARK: What is due

    var dueTitle: String { pick("Что нужно внести", "What is due") }
    var nothingDue: String { pick("Что нужно внести: всё внесено вовремя", "What is due: everything is entered") }
    func dueFocusHint(_ key: String) -> String { pick("(\(key) — перейти к списку)", "(\(key) to move here)") }
    /// «! 25.11 ур.3 5А · Математика — посещаемость — просрочено»; a planned work's detail
    /// comes last, so the time left is never what a narrow screen cuts.
    func dueLine(_ item: DueItem, overdue: Bool, now: Date) -> String {
        let lesson = item.lesson
        let left = TimeLeft.text(from: now, to: item.deadline, language: language)
        let detail = item.detail.isEmpty ? "" : " — " + item.detail
        return "\(overdue ? "!" : " ") \(lesson.date.dayMonth) \(lessonHeader(lesson.lessonNumber)) \(lesson.page.title) — "
            + "\(item.name(in: language)) — \(left)\(detail)"
    }
    func dueDescription(_ item: DueItem, zone: SchoolTimeZone) -> String {
        let deadline = zone.russianDateTime(item.deadline)
        return pick("\(item.name(in: language)), срок \(deadline) — Enter откроет урок",
                    "\(item.name(in: language)), due \(deadline) — Enter opens the lesson")
    }
    var lessonPlansTitle: String { pick("КТП: часы по плану и по учебному плану (правило 8)", "Lesson plans against the curriculum (rule 8)") }
    func lessonPlanMatches(_ page: String) -> String { pick("✓ \(page) — часы совпадают", "✓ \(page) — the hours match") }
    var teachersDueTitle: String { pick("Сводка по учителям: что нужно внести", "Teachers: what is due") }
    var allTeachersDone: String { pick("У всех учителей всё внесено", "Every teacher is up to date") }
    func teacherDueHeading(_ overview: DueOverview) -> String {
        pick("\(overview.teacherName): просрочено \(overview.overdue.count), сегодня \(overview.today.count), скоро \(overview.closingSoon.count)",
             "\(overview.teacherName): overdue \(overview.overdue.count), today \(overview.today.count), soon \(overview.closingSoon.count)")
    }

    // MARK: Absence review

    func absencesTitle(_ className: ClassName, week: DateSpan) -> String {
        pick("Пропуски \(className) · неделя \(week.first.dayMonth)–\(week.last.russian)",
             "Absences \(className) · week \(week.first.dayMonth)–\(week.last.russian)")
    }
    func uncorrected(_ count: Int) -> String { pick("осталось Н: \(count)", "Н left: \(count)") }
    var noAbsences: String { pick("За эту неделю пропусков нет", "No absences this week") }
    var notAClassTeacher: String { pick("Вы не классный руководитель ни одного класса", "You lead no class") }
    /// «27.11  ур.3  Математика              Н    болел»: date, lesson, subject, code, note.
    func absenceLine(_ entry: AbsenceEntry) -> String {
        let lesson = TextFitting.fit(lessonHeader(entry.lessonNumber), width: 5)
        let subject = TextFitting.fit(entry.subjectName, width: 22)
        let code = TextFitting.fit(entry.code.rawValue, width: 3)
        let note = entry.note.isEmpty ? "" : "  " + entry.note
        return "\(entry.date.dayMonth)  \(lesson) \(subject)  \(code)\(note)"
    }
    func codeSet(_ code: AttendanceCode, pupil: String) -> String {
        pick("\(pupil): теперь \(code.rawValue)", "\(pupil): now \(code.rawValue)")
    }
    func otherWeekHint(_ earlier: String, _ later: String) -> String {
        pick("\(earlier), \(later) — другая неделя", "\(earlier), \(later): another week")
    }
    /// «Ёлкина Юлия · 25.11 урок 3 · Математика · Н»: the selected absence in the status line.
    func describeAbsence(_ entry: AbsenceEntry) -> String {
        [entry.pupil.name.lastAndFirst, lessonAt(entry.date, number: entry.lessonNumber), entry.subjectName, entry.code.rawValue]
            .joined(separator: " · ")
    }
    var noteTitle: String { pick("Примечание к пропуску", "Note on the absence") }
    var removeReasonTitle: String {
        pick("Снять пропуск, внесённый по ошибке: причина", "Remove an absence entered in error: reason")
    }
    func absenceRemoved(_ pupil: String) -> String { pick("\(pupil): пропуск снят", "\(pupil): absence removed") }
    var noteSaved: String { pick("Примечание сохранено", "Note saved") }

    // MARK: Permissions

    var permissionsTitle: String { pick("Разрешения на внесение с опозданием", "Late-entry permissions") }
    var noPermissions: String { pick("Разрешений нет", "No permissions") }
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
            state = pick("отозвано \(zone.russianDateTime(revoked))", "revoked \(zone.russianDateTime(revoked))")
        } else if permission.expiresAt <= now {
            state = pick("истекло \(zone.russianDateTime(permission.expiresAt))", "expired \(zone.russianDateTime(permission.expiresAt))")
        } else {
            state = pick("действует до \(zone.russianDateTime(permission.expiresAt))", "valid until \(zone.russianDateTime(permission.expiresAt))")
        }
        return pick("\(kinds); \(state); выдал \(summary.grantedBy); причина: \(permission.reason)",
                    "\(kinds); \(state); granted by \(summary.grantedBy); reason: \(permission.reason)")
    }
    func revokeQuestion(_ id: PermissionID) -> String { pick("Отозвать разрешение № \(id)?", "Revoke permission No. \(id)?") }
    var revokeYes: String { pick("Да, отозвать", "Yes, revoke") }
    var revokeNo: String { pick("Нет, оставить", "No, keep it") }
    func revoked(_ id: PermissionID) -> String { pick("Разрешение № \(id) отозвано", "Permission No. \(id) revoked") }
    func alreadyInactive(_ id: PermissionID) -> String {
        pick("Разрешение № \(id) уже не действует", "Permission No. \(id) is no longer valid")
    }
    func granted(_ id: PermissionID) -> String { pick("Выдано разрешение № \(id)", "Permission No. \(id) granted") }

    // MARK: The permission form

    var grantTitle: String { pick("Новое разрешение", "New permission") }
    var teacherLabel: String { pick("Учитель", "Teacher") }
    var classLabel: String { pick("Класс", "Class") }
    var subjectLabel: String { pick("Предмет", "Subject") }
    var fromLabel: String { pick("Уроки с", "Lessons from") }
    var toLabel: String { pick("по", "to") }
    var kindsLabel: String { pick("Виды записей", "Kinds of entry") }
    var reasonLabel: String { pick("Причина", "Reason") }
    var expiryLabel: String { pick("Действует до", "Valid until") }
    var grantButton: String { pick("[ Выдать разрешение ]", "[ Grant the permission ]") }
    var anyClass: String { pick("все классы", "all classes") }
    var anySubject: String { pick("все предметы", "all subjects") }
    var chooseTeacher: String { pick("выберите учителя", "choose a teacher") }
    var dateHint: String { pick("дд.мм.гггг", "dd.mm.yyyy") }
    var timeHint: String { pick("чч:мм", "hh:mm") }
    func notADate(_ field: String, _ text: String) -> String {
        text.isEmpty ? pick("\(field): введите дату в виде дд.мм.гггг", "\(field): type a date as dd.mm.yyyy")
            : pick("\(field): даты «\(text)» не существует (нужно дд.мм.гггг, год 2000–2100)",
                   "\(field): there is no date “\(text)” (dd.mm.yyyy, year 2000-2100)")
    }
    func notATime(_ text: String) -> String {
        pick("\(expiryLabel): времени «\(text)» не бывает (нужно чч:мм)", "\(expiryLabel): “\(text)” is not a time (hh:mm)")
    }
    var datesReversed: String { pick("Первая дата позже последней", "The first date is after the last") }
    var expiryInPast: String {
        pick("\(expiryLabel): этот момент уже прошёл — срок действия должен быть в будущем", "\(expiryLabel): that moment has passed — the expiry must lie ahead")
    }
    var teacherMissing: String { pick("Выберите учителя (Enter на поле «Учитель»)", "Choose a teacher (Enter on “Teacher”)") }
    var kindsMissing: String { pick("Отметьте хотя бы один вид записей (пробел)", "Tick at least one kind of entry (Space)") }
    var reasonMissing: String { pick("Укажите причину", "Give a reason") }
    func formHint(toggle: String, save: String, close: String) -> String {
        pick("Enter — выбрать/дальше   \(toggle) — отметить   \(save) — выдать   \(close) — закрыть",
             "Enter chooses/next   \(toggle) ticks   \(save) grants   \(close) closes")
    }

    // MARK: Substitutions

    func substitutionsTitle(_ day: LocalDate) -> String { pick("Замены на \(day.russian)", "Substitutions on \(day.russian)") }
    var noLessonsThatDay: String { pick("В этот день уроков нет", "No lessons that day") }
    func substituteFor(_ lesson: String) -> String { pick("Кто ведёт: \(lesson)", "Who teaches: \(lesson)") }
    func asScheduled(_ teacher: String) -> String { pick("по расписанию: \(teacher)", "as scheduled: \(teacher)") }
    func substitutionRecorded(_ teacher: String) -> String { pick("Замена: урок ведёт \(teacher)", "Substitution: \(teacher) teaches") }
    func substitutionRemoved(_ teacher: String) -> String {
        pick("Замена снята: урок ведёт \(teacher)", "Substitution removed: \(teacher) teaches")
    }
    var substitutionMark: String { pick("замена", "substitute") }
}
