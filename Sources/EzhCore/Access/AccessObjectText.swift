/// An access-log entry in words: «оценка: Иванов И., 5А Математика, 27.11» for the stored
/// «mark assignment=8464;pupil=268 value», with its class, subject and period named. Pure: the
/// names come in `AccessLogNames`.
public enum AccessObjectText {
    public static func entry(_ row: AccessLogRow, names: AccessLogNames, language: Language) -> AccessLogEntry {
        entry(row, object: StoredObject(row.object), names: names, language: language)
    }

    /// The same, with the row's object already parsed. Every piece is looked up or built once:
    /// a whole year's log passes through here.
    public static func entry(_ row: AccessLogRow, object: StoredObject, names: AccessLogNames, language: Language) -> AccessLogEntry {
        var abouts = Abouts()
        return entry(row, object: object, names: names, language: language, abouts: &abouts)
    }

    /// The same, with the names of places already met kept in `abouts`: a batch of entries
    /// mostly names a few lessons, whose class, subject, day and period are looked up and put
    /// together once.
    static func entry(
        _ row: AccessLogRow, object: StoredObject, names: AccessLogNames, language: Language, abouts: inout Abouts
    ) -> AccessLogEntry {
        let words = words(
            object, logged: LoggedPlace(classID: row.classID, subjectID: row.subjectID, lessonDate: row.lessonDate, periodID: row.periodID),
            names: names, language: language, abouts: &abouts
        )
        return AccessLogEntry(row: row, object: words.object, className: words.className, subject: words.subject, period: words.period)
    }

    /// What an entry was logged with besides its object.
    struct LoggedPlace {
        let classID: ClassID?
        let subjectID: SubjectID?
        /// As stored, «2026-11-27».
        let lessonDate: String?
        let periodID: PeriodID?
    }

    static func words(
        _ object: StoredObject, logged: LoggedPlace, names: AccessLogNames, language: Language, abouts: inout Abouts
    ) -> AccessObjectWords {
        let about = about(object, logged: logged, names: names, language: language, abouts: &abouts)
        return AccessObjectWords(object: text(object, about, names), className: about.className, subject: about.subject, period: about.period)
    }

    /// The names of the entry's place, looked up and put together once per place.
    static func about(
        _ object: StoredObject, logged: LoggedPlace, names: AccessLogNames, language: Language, abouts: inout Abouts
    ) -> About {
        let place = place(of: object, logged: logged, names: names)
        let key = AboutKey(place: place, period: object.ids.period, rowPeriod: logged.periodID)
        return abouts.about(key) {
            let period = object.ids.period.flatMap { names.periods[PeriodID($0)] }
                ?? logged.periodID.flatMap { names.periods[$0] }
                ?? place.classID.flatMap { classID in place.date.flatMap { names.period(ofClass: classID, on: $0) } }
            return About(
                ru: language == .ru, className: place.classID.flatMap { names.classes[$0] },
                subject: place.subjectID.flatMap { names.subjects[$0] }, date: place.date, period: period?.name(in: language)
            )
        }
    }

    /// The names of places already met. Neighbouring entries mostly name the same place (a
    /// class's marks are entered one after another), so the last one is compared before the
    /// table is hashed.
    struct Abouts {
        private var last: (key: AboutKey, about: About)?
        private var known: [AboutKey: About] = [:]

        mutating func about(_ key: AboutKey, _ make: () -> About) -> About {
            if let last, last.key == key { return last.about }
            let about: About
            if let found = known[key] {
                about = found
            } else {
                about = make()
                known[key] = about
            }
            last = (key, about)
            return about
        }
    }

    /// What an entry's names of place depend on.
    struct AboutKey: Hashable {
        let place: JournalPlace
        let period: Int64?
        let rowPeriod: PeriodID?
    }

    /// The class, subject and day the key names (through its lesson, assignment or teaching),
    /// or else those the entry was logged with.
    static func place(of object: StoredObject, logged: LoggedPlace, names: AccessLogNames) -> JournalPlace {
        let fromKey = object.ids.assignment.flatMap { names.assignments[$0] }
            ?? object.ids.lesson.flatMap { names.lessons[$0] }
            ?? object.ids.teaching.flatMap { names.teachings[$0] }
        return JournalPlace(
            classID: fromKey?.classID ?? logged.classID,
            subjectID: fromKey?.subjectID ?? object.ids.subject.map(SubjectID.init) ?? logged.subjectID,
            date: fromKey?.date ?? logged.lessonDate.flatMap(LocalDate.init(iso:))
        )
    }

    /// The names of an entry's place, already looked up and put together; a class, so that
    /// handing it from row to row copies one reference, not six strings.
    final class About {
        let ru: Bool
        let className: String?
        let subject: String?
        let period: String?
        /// «5А Математика».
        let page: String
        /// «5А Математика, 27.11».
        let pageAndDay: String

        init(ru: Bool, className: String?, subject: String?, date: LocalDate?, period: String?) {
            self.ru = ru
            self.className = className
            self.subject = subject
            self.period = period
            if let className {
                page = subject.map { className + " " + $0 } ?? className
            } else {
                page = subject ?? ""
            }
            pageAndDay = AccessObjectText.listed(page, date?.dayMonth ?? "")
        }
    }

    static func text(_ object: StoredObject, _ about: About, _ names: AccessLogNames) -> String {
        var text = ""
        write(object, about, names, to: &text)
        return text
    }

    /// The object in words, written piece by piece: into a string for the screens, straight
    /// into the output's bytes for `ezh audit log`.
    static func write(_ object: StoredObject, _ about: About, _ names: AccessLogNames, to sink: inout some TextSink) {
        let ru = about.ru
        switch object.kind {
        case .words:
            sink.write(object.key)
        case .diary:
            sink.write(ru ? "дневник: " : "diary: ")
            sink.write(pupil(object, names, ru))
        case .history(let entity):
            sink.write(ru ? "история (" : "history (")
            sink.write(noun(entity, ru))
            sink.write("): ")
            writeSubject(entity, object, about, names, to: &sink)
        case .change(let entity, let field):
            writeChange(entity, field: field, object, about, names, to: &sink)
        }
    }

    /// What the change did, in words, with the row it changed.
    private static func writeChange(
        _ entity: StoredObject.Entity, field: String, _ object: StoredObject, _ about: About, _ names: AccessLogNames,
        to sink: inout some TextSink
    ) {
        let ru = about.ru
        func subject() { writeSubject(entity, object, about, names, to: &sink) }
        switch (entity, field) {
        case (.attendance, "note"):
            sink.write(ru ? "примечание к посещаемости: " : "attendance note: ")
            subject()
        case (.attendance, _) where field.hasPrefix("code ("):
            sink.write(noun(entity, ru))
            sink.write(": ")
            subject()
            sink.write(" ")
            sink.write(field.dropFirst(5))
        case (.lesson, _):
            sink.write(noun(entity, ru))
            // The lesson's subject is its page and day.
            if !about.pageAndDay.isEmpty { sink.write(" ") }
            subject()
            sink.write(": ")
            sink.write(lessonField(field, ru))
        case (.account, _), (.latePermission, _):
            subject()
            sink.write(": ")
            sink.write(otherField(field, ru))
        case (.period, "closed"):
            sink.write(ru ? "период закрыт: " : "period closed: ")
            subject()
        case (.assignment, _), (.exemption, _):
            sink.write(noun(entity, ru))
            sink.write(": ")
            subject()
            sink.write(": ")
            sink.write(otherField(field, ru))
        case (.classMembership, _):
            sink.write(noun(entity, ru))
            sink.write(": ")
            subject()
            sink.write(": ")
            sink.write(stayField(field, ru))
        default:
            sink.write(noun(entity, ru))
            sink.write(": ")
            subject()
        }
    }

    /// The row itself: its pupil, class, subject, day or period, as the entity has them.
    private static func writeSubject(
        _ entity: StoredObject.Entity, _ object: StoredObject, _ about: About, _ names: AccessLogNames, to sink: inout some TextSink
    ) {
        let ru = about.ru
        switch entity {
        case .mark, .attendance: sink.writeListed(pupil(object, names, ru), about.pageAndDay)
        case .lesson: sink.write(about.pageAndDay)
        case .periodFinal: sink.writeListed(pupil(object, names, ru), about.subject ?? "?", about.period ?? "?")
        case .subgroupMembership: sink.writeListed(pupil(object, names, ru), about.period ?? "?")
        case .classMembership, .exemption: sink.writeListed(pupil(object, names, ru), about.className ?? "?")
        case .assignment: sink.write(about.pageAndDay)
        case .period: sink.write(about.period ?? "?")
        case .lessonPlan: sink.write(about.page)
        case .account:
            sink.write(ru ? "учётная запись " : "account ")
            sink.write(object.ids.account.flatMap { names.logins[$0] } ?? "?")
        case .latePermission:
            sink.write(ru ? "разрешение № " : "permission #")
            sink.write(object.ids.permission.map(String.init) ?? "?")
        case .setting: sink.write(object.key)
        case .message, .messageThread: sink.writeListed(about.className ?? "", threadNumber(object.key, ru))
        }
    }

    /// «переписка № 3» from a message's key «thread=3;message=7».
    private static func threadNumber(_ key: String, _ ru: Bool) -> String {
        let number = key.split(separator: ";").first { $0.hasPrefix("thread=") }.map { String($0.dropFirst(7)) } ?? "?"
        return (ru ? "переписка № " : "thread #") + number
    }

    /// «a, b», leaving out an empty part.
    static func listed(_ first: String, _ second: String) -> String {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        return first + ", " + second
    }

    private static func pupil(_ object: StoredObject, _ names: AccessLogNames, _ ru: Bool) -> String {
        guard let id = object.ids.pupil else { return "?" }
        return names.pupils[id] ?? (ru ? "ученик № \(id)" : "pupil #\(id)")
    }

    private static func noun(_ entity: StoredObject.Entity, _ ru: Bool) -> String {
        switch entity {
        case .mark: ru ? "оценка" : "mark"
        case .attendance: ru ? "посещаемость" : "attendance"
        case .lesson: ru ? "урок" : "lesson"
        case .periodFinal: ru ? "итоговая отметка" : "final mark"
        case .period: ru ? "период" : "period"
        case .subgroupMembership: ru ? "подгруппа" : "subgroup"
        case .lessonPlan: ru ? "КТП" : "lesson plan"
        case .account: ru ? "учётная запись" : "account"
        case .latePermission: ru ? "разрешение" : "permission"
        case .setting: ru ? "настройка" : "setting"
        case .classMembership: ru ? "движение" : "movement"
        case .assignment: ru ? "задание урока" : "assignment"
        case .exemption: ru ? "освобождение" : "exemption"
        case .messageThread: ru ? "новая переписка" : "new thread"
        case .message: ru ? "сообщение" : "message"
        }
    }

    /// The part of a stay in a class a movement set.
    private static func stayField(_ field: String, _ ru: Bool) -> String {
        switch field {
        case "from_date": ru ? "в классе с" : "in the class from"
        case "to_date": ru ? "последний день в классе" : "last day in the class"
        case "arrival_order", "departure_order": ru ? "приказ" : "order"
        case "arrived_from": ru ? "откуда" : "from"
        case "departed_to": ru ? "куда" : "to"
        default: field
        }
    }

    private static func lessonField(_ field: String, _ ru: Bool) -> String {
        switch field {
        case "topic": ru ? "тема" : "topic"
        case "homework": ru ? "домашнее задание" : "homework"
        case "actual_teacher_id", "actual_teacher": ru ? "замена учителя" : "substitute teacher"
        case "substitution": ru ? "состояние замены" : "substitution state"
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
        case "work_type": ru ? "вид работы" : "work type"
        case "topic": ru ? "тема" : "topic"
        case "days": ru ? "дни" : "days"
        case "subjects": ru ? "предметы" : "subjects"
        case "reason": ru ? "основание" : "grounds"
        default: field
        }
    }
}

/// An entry's object in words, with the class, subject and period it is about.
public struct AccessObjectWords {
    /// «оценка: Иванов И., 5А Математика, 27.11».
    public let object: String
    public let className: String?
    public let subject: String?
    /// «2 четверть».
    public let period: String?
}

/// The class, subject and period an entry is about, in words.
public struct AccessPlaceNames {
    public let className: String?
    public let subject: String?
    /// «2 четверть».
    public let period: String?
}

/// Puts the entries of one batch of stored rows in words (`AccessLogRawBatch`), the places
/// already met looked up and put together once, as `AccessLogBatch` does for decoded rows.
public struct AccessLogWording {
    private let names: AccessLogNames
    private let language: Language
    private var abouts = AccessObjectText.Abouts()

    public init(names: AccessLogNames, language: Language) {
        self.names = names
        self.language = language
    }

    /// The words of an entry's object written into `sink`, and the names of its place;
    /// `lessonDate` as stored («2026-11-27»).
    public mutating func write(
        _ object: StoredObject, classID: ClassID?, subjectID: SubjectID?, lessonDate: String?, periodID: PeriodID?,
        to sink: inout [UInt8]
    ) -> AccessPlaceNames {
        let about = AccessObjectText.about(
            object, logged: .init(classID: classID, subjectID: subjectID, lessonDate: lessonDate, periodID: periodID),
            names: names, language: language, abouts: &abouts
        )
        AccessObjectText.write(object, about, names, to: &sink)
        return AccessPlaceNames(className: about.className, subject: about.subject, period: about.period)
    }

    /// The words of an entry's object and place; `lessonDate` as stored («2026-11-27»).
    public mutating func words(
        _ object: StoredObject, classID: ClassID?, subjectID: SubjectID?, lessonDate: String?, periodID: PeriodID?
    ) -> AccessObjectWords {
        AccessObjectText.words(
            object, logged: .init(classID: classID, subjectID: subjectID, lessonDate: lessonDate, periodID: periodID),
            names: names, language: language, abouts: &abouts
        )
    }
}

/// Where words are written piece by piece: a string, or the UTF-8 bytes of a listing's output.
public protocol TextSink {
    mutating func write(_ text: String)
    mutating func write(_ text: Substring)
}

extension TextSink {
    /// «a, b», leaving out an empty part, as `AccessObjectText.listed` joins them.
    mutating func writeListed(_ first: String, _ second: String) {
        write(first)
        if !first.isEmpty, !second.isEmpty { write(", ") }
        write(second)
    }

    /// «a, b, c», leaving out empty parts.
    mutating func writeListed(_ first: String, _ second: String, _ third: String) {
        writeListed(first, second)
        if !(first.isEmpty && second.isEmpty), !third.isEmpty { write(", ") }
        write(third)
    }
}

extension String: TextSink {
    public mutating func write(_ text: String) { append(text) }
    public mutating func write(_ text: Substring) { append(contentsOf: text) }
}

extension Array: TextSink where Element == UInt8 {
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    public mutating func write(_ text: Substring) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
