import EzhCore
internal import EzhStore

extension JournalService {
    /// The class teacher adds an event to their class's month.
    @discardableResult
    public func addClassEvent(_ session: Session, classID: ClassID, _ draft: ClassEventDraft) throws -> Int64 {
        let draft = try checked(draft)
        return try write(session) { db, stamp in
            try requireClassTeacher(.keepClassEvents, of: classID, session, db)
            let id = try BoardQueries.insertEvent(classID: classID, date: draft.date, time: draft.time, title: draft.title,
                                                  place: draft.place, author: session.accountID, db)
            try ChangeLog.record(stamp.change(entity: "class_event", key: "class_event=\(id)", field: "added", from: nil,
                                              to: Self.eventText(draft), scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: draft.date)), in: db)
            return id
        }
    }

    /// Changes an event of the class teacher's class.
    public func editClassEvent(_ session: Session, id: Int64, _ draft: ClassEventDraft) throws {
        let draft = try checked(draft)
        try write(session) { db, stamp in
            guard let old = try BoardQueries.event(id, db) else { throw JournalError.notFound(.classEvent) }
            try requireClassTeacher(.keepClassEvents, of: old.classID, session, db)
            let before = Self.eventText(ClassEventDraft(date: old.date, time: old.time, title: old.title, place: old.place))
            guard before != Self.eventText(draft) else { return }
            try BoardQueries.updateEvent(id, date: draft.date, time: draft.time, title: draft.title, place: draft.place, db)
            try ChangeLog.record(stamp.change(entity: "class_event", key: "class_event=\(id)", field: "event", from: before,
                                              to: Self.eventText(draft), scope: ChangeScope(classID: old.classID, subjectID: nil, lessonDate: draft.date)), in: db)
        }
    }

    /// Removes an event of the class teacher's class (cancelled, or entered by mistake).
    public func removeClassEvent(_ session: Session, id: Int64) throws {
        try write(session) { db, stamp in
            guard let old = try BoardQueries.event(id, db) else { throw JournalError.notFound(.classEvent) }
            try requireClassTeacher(.keepClassEvents, of: old.classID, session, db)
            try BoardQueries.removeEvent(id, at: InstantFormat.string(stamp.at), db)
            try ChangeLog.record(stamp.change(entity: "class_event", key: "class_event=\(id)", field: "removed",
                                              from: Self.eventText(ClassEventDraft(date: old.date, time: old.time, title: old.title, place: old.place)),
                                              to: nil, scope: ChangeScope(classID: old.classID, subjectID: nil, lessonDate: old.date)), in: db)
        }
    }

    /// The events of one class in the month holding `day`: for its class teacher's editor, the
    /// school's administration and the class's own teachers.
    public func classEvents(_ session: Session, classID: ClassID, monthOf day: LocalDate) throws -> [ClassEvent] {
        try read { db in
            let viewer = try viewer(for: session, db)
            guard viewer.readsWholeSchool || viewer.ledClasses.contains(classID) || viewer.taughtPages.contains(where: { $0.classID == classID })
            else { throw JournalError.accessDenied(BilingualText("мероприятия чужого класса", "another class's events")) }
            return try BoardQueries.events(of: [classID], in: Self.month(of: day), db)
        }
    }

    /// The events from today to the month's end of the classes the session's person belongs to
    /// (a parent's children's, a pupil's own, a teacher's led and taught ones), for their home screen.
    public func upcomingClassEvents(_ session: Session) throws -> [ClassEvent] {
        let today = today()
        return try read { db in
            guard let account = try AccountQueries.account(id: session.accountID, db), !account.isDisabled else {
                throw JournalError.notSignedIn
            }
            let classes = try BoardQueries.classes(of: account, on: today, db).map(\.id)
            return try BoardQueries.events(of: classes, in: DateSpan(today, Self.month(of: today).last), db)
        }
    }

    /// The events of a parent's child's (or the pupil's own) class in the month holding `day`,
    /// for the diary; refused for any pupil not the session's own. It tells which class the
    /// pupil is in, so, like the diary, it is an access-log entry.
    public func familyClassEvents(_ session: Session, pupil: PupilID, monthOf day: LocalDate) throws -> [ClassEvent] {
        guard try diaryPupils(session).contains(where: { $0.id == pupil }) else { throw JournalError.accessDenied(.otherPupilsDiary) }
        let today = today()
        return try loggedRead(session, .read, object: "мероприятия класса ученика \(pupil)") { db in
            guard let ref = try DiaryQueries.pupil(pupil, on: today, db) else { throw JournalError.notFound(.pupil) }
            return try BoardQueries.events(of: [ref.classID], in: Self.month(of: day), db)
        }
    }

    private static func month(of day: LocalDate) -> DateSpan {
        DateSpan(LocalDate(year: day.year, month: day.month, day: 1),
                 LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year)))
    }

    private static func eventText(_ draft: ClassEventDraft) -> String {
        [draft.date.russian, draft.time, draft.title, draft.place].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private func checked(_ draft: ClassEventDraft) throws -> ClassEventDraft {
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let place = draft.place.trimmingCharacters(in: .whitespacesAndNewlines)
        let time = draft.time.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Мероприятие", "Event"), problem: BilingualText(
                "не названо; напишите, что будет", "no name; say what is on"))
        }
        try TextLimit.eventTitle.check(title)
        try TextLimit.eventPlace.check(place)
        guard time.isEmpty || TimeOfDay(text: time) != nil else {
            throw JournalError.invalidInput(field: BilingualText("Время", "Time"), problem: BilingualText(
                "«\(time)» не время; ЧЧ:ММ, например 15:00, или пусто", "“\(time)” is not a time; HH:MM, for example 15:00, or empty"))
        }
        let today = today()
        guard draft.date >= today.adding(days: -31), draft.date <= today.adding(days: 366) else {
            throw JournalError.invalidInput(field: BilingualText("Дата", "Date"), problem: BilingualText(
                "дата в пределах года от сегодняшней", "a date within a year of today"))
        }
        return ClassEventDraft(date: draft.date, time: TimeOfDay(text: time)?.text ?? "", title: title, place: place)
    }
}
