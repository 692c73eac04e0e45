/// An access-log entry in words: «оценка: Иванов И., 5А Математика, 27.11» for the stored
/// «mark assignment=8464;pupil=268 value», with its class, subject and period named. Pure: the
/// names come in `AccessLogNames`.
public enum AccessObjectText {
    public static func entry(_ row: AccessLogRow, names: AccessLogNames, language: Language) -> AccessLogEntry {
        entry(row, object: StoredObject(row.object), names: names, language: language)
    }

    /// The same, with the row's object already parsed.
    public static func entry(_ row: AccessLogRow, object: StoredObject, names: AccessLogNames, language: Language) -> AccessLogEntry {
        let place = place(of: object, row: row, names: names)
        let period = periodID(of: object).flatMap { names.periods[$0] }
            ?? row.periodID.flatMap { names.periods[$0] }
            ?? place.classID.flatMap { classID in place.date.flatMap { names.period(ofClass: classID, on: $0) } }
        return AccessLogEntry(
            row: row, object: text(object, place: place, period: period, names: names, language: language),
            className: place.classID.flatMap { names.classes[$0] }, subject: place.subjectID.flatMap { names.subjects[$0] },
            period: period?.name(in: language)
        )
    }

    /// The class, subject and day the key names (through its lesson, assignment or teaching),
    /// or else those the entry was logged with.
    static func place(of object: StoredObject, row: AccessLogRow, names: AccessLogNames) -> JournalPlace {
        let fromKey = object.ids.assignment.flatMap { names.assignments[$0] }
            ?? object.ids.lesson.flatMap { names.lessons[$0] }
            ?? object.ids.teaching.flatMap { names.teachings[$0] }
        return JournalPlace(
            classID: fromKey?.classID ?? row.classID,
            subjectID: fromKey?.subjectID ?? object.ids.subject.map(SubjectID.init) ?? row.subjectID,
            date: fromKey?.date ?? row.lessonDate.flatMap(LocalDate.init(iso:))
        )
    }

    static func periodID(of object: StoredObject) -> PeriodID? {
        object.ids.period.map(PeriodID.init)
    }

    static func text(_ object: StoredObject, place: JournalPlace, period: Period?, names: AccessLogNames, language: Language) -> String {
        let ru = language == .ru
        switch object.kind {
        case .words:
            return object.key
        case .diary:
            return (ru ? "дневник: " : "diary: ") + pupil(object, names, ru)
        case .history(let entity):
            return (ru ? "история (" : "history (") + noun(entity, ru) + "): "
                + subject(entity, object, place: place, period: period, names: names, language: language)
        case .change(let entity, let field):
            let about = subject(entity, object, place: place, period: period, names: names, language: language)
            return change(entity, field: field, about: about, ru: ru)
        }
    }

    /// What the change did, in words, with the row it changed.
    private static func change(_ entity: String, field: String, about: String, ru: Bool) -> String {
        switch (entity, field) {
        case ("attendance", "note"): return (ru ? "примечание к посещаемости: " : "attendance note: ") + about
        case ("attendance", _) where field.hasPrefix("code ("): return noun(entity, ru) + ": " + about + " " + field.dropFirst(5)
        case ("lesson", _): return (about.isEmpty ? noun(entity, ru) : noun(entity, ru) + " " + about) + ": " + lessonField(field, ru)
        case ("account", _), ("late_permission", _): return about + ": " + otherField(field, ru)
        case ("period", "closed"): return (ru ? "период закрыт: " : "period closed: ") + about
        default: return noun(entity, ru) + ": " + about
        }
    }

    /// The row itself: its pupil, class, subject, day or period, as the entity has them.
    private static func subject(
        _ entity: String, _ object: StoredObject, place: JournalPlace, period: Period?, names: AccessLogNames, language: Language
    ) -> String {
        let ru = language == .ru
        let periodName = period?.name(in: language) ?? "?"
        switch entity {
        case "mark", "attendance": return listed(pupil(object, names, ru), pageAndDay(place, names, withDay: true))
        case "lesson": return pageAndDay(place, names, withDay: true)
        case "period_final":
            return listed(pupil(object, names, ru), place.subjectID.flatMap { names.subjects[$0] } ?? "?", periodName)
        case "subgroup_membership": return listed(pupil(object, names, ru), periodName)
        case "period": return periodName
        case "lesson_plan": return pageAndDay(place, names, withDay: false)
        case "account":
            let login = object.ids.account.flatMap { names.logins[$0] } ?? "?"
            return (ru ? "учётная запись " : "account ") + login
        case "late_permission":
            return (ru ? "разрешение № " : "permission #") + (object.ids.permission.map(String.init) ?? "?")
        case "setting": return object.key
        default: return object.key
        }
    }

    private static func listed(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private static func pupil(_ object: StoredObject, _ names: AccessLogNames, _ ru: Bool) -> String {
        guard let id = object.ids.pupil else { return "?" }
        return names.pupils[id] ?? (ru ? "ученик № \(id)" : "pupil #\(id)")
    }

    /// «5А Математика, 27.11».
    private static func pageAndDay(_ place: JournalPlace, _ names: AccessLogNames, withDay: Bool) -> String {
        let page = [place.classID.flatMap { names.classes[$0] }, place.subjectID.flatMap { names.subjects[$0] }]
            .compactMap { $0 }.joined(separator: " ")
        return listed(page, withDay ? place.date?.dayMonth ?? "" : "")
    }

    private static func noun(_ entity: String, _ ru: Bool) -> String {
        switch entity {
        case "mark": ru ? "оценка" : "mark"
        case "attendance": ru ? "посещаемость" : "attendance"
        case "lesson": ru ? "урок" : "lesson"
        case "period_final": ru ? "итоговая отметка" : "final mark"
        case "period": ru ? "период" : "period"
        case "subgroup_membership": ru ? "подгруппа" : "subgroup"
        case "lesson_plan": ru ? "КТП" : "lesson plan"
        case "account": ru ? "учётная запись" : "account"
        case "late_permission": ru ? "разрешение" : "permission"
        case "setting": ru ? "настройка" : "setting"
        default: entity
        }
    }

    private static func lessonField(_ field: String, _ ru: Bool) -> String {
        switch field {
        case "topic": ru ? "тема" : "topic"
        case "homework": ru ? "домашнее задание" : "homework"
        case "actual_teacher_id", "actual_teacher": ru ? "замена учителя" : "substitute teacher"
        case "attendance_taken": ru ? "посещаемость отмечена" : "attendance taken"
        default: field
        }
    }

    private static func otherField(_ field: String, _ ru: Bool) -> String {
        switch field {
        case "password": ru ? "пароль" : "password"
        case "language": ru ? "язык" : "language"
        case "keymap": ru ? "раскладка клавиш" : "keymap"
        case "created": ru ? "создана" : "created"
        case "roles": ru ? "роли" : "roles"
        case "granted": ru ? "выдано" : "granted"
        case "revoked": ru ? "отозвано" : "revoked"
        default: field
        }
    }
}
