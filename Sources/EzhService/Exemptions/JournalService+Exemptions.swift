import EzhCore
internal import EzhStore

/// Exemptions (ОСВ) with their days and subjects. The class teacher records them for their own
/// class (DOMAIN: «ОСВ — классный руководитель, с датами»); the deputy and the administrator for
/// any. Each change is written with its history rows and access-log entry.
extension JournalService {
    static let exemptionWord = BilingualText("освобождение", "exemption")
    static let exemptionDays = BilingualText("Даты освобождения", "Exemption dates")
    static let exemptionSubjects = BilingualText("Предметы", "Subjects")

    /// A pupil's exemptions, earliest first.
    public func exemptions(_ session: Session, pupil: PupilID) throws -> [Exemption] {
        let classes = try read { db in try ExemptionQueries.classes(of: pupil, in: DateSpan(today(), today()), db) }
        let scope = classes.first.map { ChangeScope(classID: $0, subjectID: nil, lessonDate: nil) }
        return try loggedRead(session, .read, object: "освобождения pupil=\(pupil)", scope: scope) { db in
            let viewer = try viewer(for: session, db)
            let pupilClasses = try ExemptionQueries.classes(of: pupil, in: DateSpan(today(), today()), db)
            guard viewer.readsWholeSchool || SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles)
                || !viewer.ledClasses.isDisjoint(with: pupilClasses)
            else { throw JournalError.accessDenied(BilingualText("освобождения ученика чужого класса", "another class's pupil's exemptions")) }
            return try ExemptionQueries.exemptions(of: pupil, db)
        }
    }

    /// The subjects an exemption may name.
    public func exemptionSubjectChoices(_ session: Session) throws -> [ExemptionSubject] {
        try read { db in
            _ = try viewer(for: session, db)
            return try ExemptionQueries.subjects(db).map { ExemptionSubject(id: $0.id, name: $0.name) }
        }
    }

    /// Records an exemption: its days (first through last, both included), the subjects it
    /// covers (nil: all), and the order or certificate it rests on.
    @discardableResult
    public func addExemption(_ session: Session, _ draft: ExemptionDraft) throws -> ExemptionID {
        let reason = draft.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try TextLimit.reason.check(reason)
        guard !reason.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText(TextLimit.reason), problem: BilingualText(
                "укажите приказ или справку, на основании которых ученик освобождён",
                "type the order or certificate the exemption rests on"
            ))
        }
        guard draft.days.first <= draft.days.last else {
            throw JournalError.invalidInput(field: Self.exemptionDays, problem: BilingualText(
                "первый день \(draft.days.first.russian) позже последнего \(draft.days.last.russian)",
                "the first day \(draft.days.first.russian) is after the last \(draft.days.last.russian)"
            ))
        }
        if let subjects = draft.subjects, subjects.isEmpty {
            throw JournalError.invalidInput(field: Self.exemptionSubjects, problem: BilingualText(
                "выберите хотя бы один предмет или «все предметы»", "choose at least one subject or «all subjects»"
            ))
        }
        let cleaned = ExemptionDraft(pupil: draft.pupil, days: draft.days, subjects: draft.subjects, reason: reason)
        return try write(session) { db, stamp in
            let classID = try exemptionClass(session, pupil: draft.pupil, days: draft.days, db)
            let id = try ExemptionQueries.insert(cleaned, at: stamp.at, by: stamp.account, db)
            let scope = ChangeScope(classID: classID, subjectID: nil, lessonDate: draft.days.first)
            let subjects = draft.subjects.map { $0.map { String($0.rawValue) }.joined(separator: ",") } ?? "all"
            for (field, value) in [("days", Self.daysText(draft.days)), ("subjects", subjects), ("reason", reason)] {
                try ChangeLog.record(stamp.change(
                    entity: "exemption", key: Self.exemptionKey(id, pupil: draft.pupil), field: field, from: nil, to: value, scope: scope
                ), in: db)
            }
            return id
        }
    }

    /// Ends an exemption after `lastDay` (the pupil is back from the next day). Ended before
    /// its first day, it never took effect and is removed; both are recorded in the history.
    public func endExemption(_ session: Session, _ id: ExemptionID, lastDay: LocalDate) throws {
        try write(session) { db, stamp in
            guard let exemption = try ExemptionQueries.exemption(id, db) else { throw JournalError.notFound(Self.exemptionWord) }
            guard lastDay < exemption.days.last else {
                throw JournalError.invalidInput(field: Self.exemptionDays, problem: BilingualText(
                    "освобождение и так заканчивается \(exemption.days.last.russian)",
                    "the exemption already ends on \(exemption.days.last.russian)"
                ))
            }
            let classID = try exemptionClass(session, pupil: exemption.pupil, days: exemption.days, db)
            let ended = lastDay < exemption.days.first ? nil : DateSpan(exemption.days.first, lastDay)
            if let ended {
                try ExemptionQueries.setLastDay(ended.last, of: id, at: stamp.at, by: stamp.account, db)
            } else {
                try ExemptionQueries.remove(id, db)
            }
            try ChangeLog.record(stamp.change(
                entity: "exemption", key: Self.exemptionKey(id, pupil: exemption.pupil), field: "days",
                from: Self.daysText(exemption.days), to: ended.map(Self.daysText),
                scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: exemption.days.first)
            ), in: db)
        }
    }

    /// The refusal of a mark in a lesson an exemption covers.
    static func exemptRefusal(_ exemption: Exemption) -> JournalError {
        JournalError.invalidInput(field: BilingualText("Отметка", "Mark"), problem: BilingualText(
            "ученик освобождён с \(exemption.days.first.russian) по \(exemption.days.last.russian) (\(exemption.reason)); за уроки в эти дни отметки не ставятся. Если освобождение кончилось раньше, его дату окончания меняет классный руководитель или завуч",
            "the pupil is exempt from \(exemption.days.first.russian) to \(exemption.days.last.russian) (\(exemption.reason)); no marks are given for lessons on those days. If the exemption ended earlier, the class teacher or the deputy changes its last day"
        ))
    }

    /// The pupil's class during the exemption, when the session may record it: the deputy and
    /// the administrator for any class, a class teacher for their own.
    private func exemptionClass(_ session: Session, pupil: PupilID, days: DateSpan, _ db: StoreTransaction) throws -> ClassID {
        let viewer = try viewer(for: session, db)
        try require(.managePupils, viewer)
        let classes = try ExemptionQueries.classes(of: pupil, in: days, db)
        guard let first = classes.first else {
            throw JournalError.invalidInput(field: Self.exemptionDays, problem: BilingualText(
                "ученик не числится ни в одном классе с \(days.first.russian) по \(days.last.russian)",
                "the pupil is in no class from \(days.first.russian) to \(days.last.russian)"
            ))
        }
        guard SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles) || !viewer.ledClasses.isDisjoint(with: classes) else {
            throw JournalError.accessDenied(BilingualText(
                "освобождение ученика чужого класса: его оформляет классный руководитель или завуч",
                "an exemption of another class's pupil: their class teacher or the deputy records it"
            ))
        }
        try refuseClosedYear(ofClass: first, db)
        return first
    }

    static func exemptionKey(_ id: ExemptionID, pupil: PupilID) -> String { "exemption=\(id);pupil=\(pupil)" }
    static func daysText(_ days: DateSpan) -> String { "\(days.first.iso)..\(days.last.iso)" }
}
