import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The classes the session leads as class teacher.
    public func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)] {
        try read { db in
            let viewer = try viewer(for: session, db)
            try require(.readOwnClass, viewer)
            // After a rollover the class teacher still leads last year's class; its lists are the current year's.
            let current = try classes(ofYear: nil, today(), db)
            return try viewer.ledClasses.filter { current?.contains($0) ?? true }.sorted().compactMap { id in
                try AbsenceQueries.className(id, db).map { (id, $0) }
            }
        }
    }

    /// The week's absences of a class the session leads, pupil by pupil.
    public func absenceReview(_ session: Session, classID: ClassID, week: DateSpan) throws -> AbsenceReview {
        try loggedRead(
            session, .read, object: "пропуски за \(week.first.russian)–\(week.last.russian)",
            scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
        ) { db in
            try requireClassTeacher(of: classID, try viewer(for: session, db))
            guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let page = JournalPage(classID: classID, className: className, subjectID: SubjectID(0), subjectName: "")
            let pupils = Dictionary(
                uniqueKeysWithValues: try GridQueries.pupils(of: page, in: week, period: PeriodID(0), db).map { ($0.id, $0) }
            )
            let entries = try AbsenceQueries.entries(ofClass: classID, in: week, db).compactMap { row -> AbsenceEntry? in
                guard let pupil = pupils[row.pupilID] else { return nil }
                return AbsenceEntry(
                    lessonID: row.lessonID, date: row.date, lessonNumber: row.lessonNumber, subjectName: row.subjectName,
                    pupil: pupil, code: row.code, note: row.note
                )
            }
            return AbsenceReview(
                className: className, week: week,
                entries: entries.sorted { ($0.pupil.number, $0.date, $0.lessonNumber) < ($1.pupil.number, $1.date, $1.lessonNumber) }
            )
        }
    }

    /// The class teacher turns an absence into Б, УП, НП (or ОСВ, or back to Н) with an optional
    /// note; removing a fact entered in error (nil: the pupil was there) needs a reason. Bound
    /// only by the period being open (rule 10), not by the day's deadline. The note changes only
    /// when it differs from `seenNote`, the note the review showed, and only while the entry
    /// still has that note (as the code and `seen`).
    public func correctAbsence(
        _ session: Session, lesson lessonID: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?,
        note: String = "", replacingNote seenNote: String = "", reason: String = ""
    ) throws {
        try TextLimit.absenceNote.check(note.trimmingCharacters(in: .whitespaces))
        try TextLimit.reason.check(reason.trimmingCharacters(in: .whitespaces))
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try requireClassTeacher(of: lesson.classID, viewer)
            try refuseClosedYear(ofClass: lesson.classID, db)
            let why = reason.trimmingCharacters(in: .whitespaces)
            if code == nil, why.isEmpty {
                throw JournalError.invalidInput(field: .reason, problem: BilingualText(
                    "снять пропуск, внесённый по ошибке, можно только с указанием причины",
                    "an absence entered in error is removed only with a reason"
                ))
            }
            let context = try terms(of: lesson, for: [.absenceCorrection], db).context(.absenceCorrection, viewer: viewer, at: stamp.at)
            if case .refused(let refusal) = try ruleEngine(db).judge(context) { throw refusal }
            let old = try JournalWrites.attendance(lesson: lessonID, pupil: pupil, db)
            let key = ChangeLog.attendanceKey(lesson: lessonID, pupil: pupil)
            // The code the review showed must still be there: the subject teacher may have
            // changed it since (as in `setAttendance`).
            if old != code, old != seen {
                throw JournalError.cellChanged(try cellChange(entity: "attendance", key: key, now: old?.rawValue, db))
            }
            try refuseTurningLateness(from: old, to: code)
            if old != code {
                try JournalWrites.setAttendance(code, lesson: lessonID, pupil: pupil, at: stamp.at, by: stamp.account, permission: nil, db)
                try ChangeLog.record(stamp.change(
                    entity: "attendance", key: key, field: why.isEmpty ? "code" : "code (\(why))",
                    from: old?.rawValue, to: code?.rawValue, scope: lesson.scope
                ), in: db)
            }
            let trimmedNote = note.trimmingCharacters(in: .whitespaces)
            let seenNote = seenNote.trimmingCharacters(in: .whitespaces)
            if code != nil, trimmedNote != seenNote {
                let oldNote = try AbsenceQueries.entries(ofClass: lesson.classID, in: DateSpan(lesson.date, lesson.date), db)
                    .first { $0.lessonID == lessonID && $0.pupilID == pupil }?.note ?? ""
                if trimmedNote != oldNote, oldNote != seenNote {
                    let last = try ChangeLog.latest(entity: "attendance", key: key, field: "note", in: db)
                    throw JournalError.cellChanged(change(
                        now: oldNote.isEmpty ? nil : oldNote, last: last, field: CellChange.Field(TextLimit.absenceNote)
                    ))
                }
                if trimmedNote != oldNote {
                    try AbsenceQueries.setNote(trimmedNote, lesson: lessonID, pupil: pupil, db)
                    try ChangeLog.record(stamp.change(
                        entity: "attendance", key: key, field: "note", from: oldNote, to: trimmedNote, scope: lesson.scope
                    ), in: db)
                }
            }
        }
    }

    /// The weekly review turns only an Н (or a code it already gave) into another absence code:
    /// a lateness (ОП) means the pupil was there, so it stays ОП. Removing an ОП entered in
    /// error (nil) and editing its note remain.
    private func refuseTurningLateness(from old: AttendanceCode?, to new: AttendanceCode?) throws {
        guard old == .late, new != nil, new != .late else { return }
        throw JournalError.invalidInput(field: BilingualText("Опоздание (ОП)", "Lateness (ОП)"), problem: BilingualText(
            "ученик был на уроке, ОП остаётся ОП; в Б, УП, НП или ОСВ переводится только Н",
            "the pupil attended, so ОП stays ОП; only an Н becomes Б, УП, НП or ОСВ"
        ))
    }

    private func requireClassTeacher(of classID: ClassID, _ viewer: Viewer) throws {
        guard SchoolAction.correctAbsences.isAllowed(for: viewer.roles), viewer.ledClasses.contains(classID) else {
            throw JournalError.accessDenied(.action(.correctAbsences))
        }
    }
}
