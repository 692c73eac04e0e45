import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// A page's finals columns: each period of the class's scheme, then the year (and in grades 9
    /// and 11 the exam and the final), with every pupil's value and the suggestion for each
    /// period from the weighted average of its marks and the school's thresholds.
    public func finalsSheet(_ session: Session, page: JournalPage) throws -> FinalsSheet {
        try loggedRead(session, .openPage, object: "\(page.title) · итоговые", scope: page.scope) { db in
            let viewer = try viewer(for: session, db)
            try requireOpen(page, viewer)
            return try readFinalsSheet(page, viewer, db)
        }
    }

    /// The finals sheet of a page the viewer may open, inside the caller's read.
    func readFinalsSheet(_ page: JournalPage, _ viewer: Viewer, _ db: StoreTransaction) throws -> FinalsSheet {
        let thresholds = try RuleQueries.settings(db).finalThresholds
        guard page.className.hasMarks else {
            return FinalsSheet(columns: [], values: [:], periodSuggestions: [:], thresholds: thresholds)
        }
        let periods = try SchoolQueries.periods(ofClass: page.classID, db)
        let closings = try FinalsQueries.closings(ofClass: page.classID, db)
        let due = try FinalsQueries.dueDates(ofClass: page.classID, db)
        let yearOpen = try YearQueries.closedYear(ofClass: page.classID, db) == nil
        let gives = yearOpen && viewer.taughtPages.contains(page) && SchoolAction.setPeriodFinals.isAllowed(for: viewer.roles)
        let corrects = yearOpen && SchoolAction.correctClosedFinal.isAllowed(for: viewer.roles)
        let zone = timeZone
        func column(_ kind: FinalKind, _ period: Period) -> FinalColumn {
            let closed = closings[period.id]
            return FinalColumn(
                kind: kind, period: period, dueOn: due[period.id], closedOn: closed.map { zone.localDate(of: $0) },
                isEditable: gives && closed == nil, canCorrect: corrects
            )
        }
        var columns = periods.map { column(.period($0.id), $0) }
        if let last = periods.last {
            columns += FinalKind.yearEnd(forGrade: page.className.grade).map { column($0, last) }
        }
        var values: [FinalsSheet.Cell: String] = [:]
        for row in try FinalsQueries.finals(ofClass: page.classID, subject: page.subjectID, db) {
            values[FinalsSheet.Cell(pupil: row.pupil, kind: row.kind)] = row.value
        }
        var suggestions: [FinalsSheet.Cell: String] = [:]
        let marksByPeriod = try FinalsQueries.weightedMarks(of: page, in: periods.map(\.span), db)
        for (period, periodMarks) in zip(periods, marksByPeriod) {
            for (pupil, marks) in periodMarks {
                suggestions[FinalsSheet.Cell(pupil: pupil, kind: .period(period.id))] = FinalMarkSuggestion.suggest(
                    MarkAverages(marks), useWeighted: true, thresholds: thresholds
                )
            }
        }
        return FinalsSheet(columns: columns, values: values, periodSuggestions: suggestions, thresholds: thresholds)
    }

    /// The teacher of a page gives a pupil's final of any kind (rule 4: by the date of the
    /// school's order for its period — the year, exam and final follow the year's last period;
    /// rule 5: not once that period is closed for the class), if the cell still holds `seen`.
    public func setFinal(
        _ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID, value: String?, replacing seen: String?
    ) throws {
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard viewer.taughtPages.contains(page), SchoolAction.setPeriodFinals.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.verbatim(page.title))
            }
            try refuseClosedYear(ofClass: page.classID, db)
            guard page.className.hasMarks else { throw JournalError.noMarksInFirstGrade }
            if let value, !FinalMarkValue.all.contains(value) {
                throw JournalError.invalidInput(field: .finalMark, problem: .notAFinal(value))
            }
            guard FinalKind.yearEnd(forGrade: page.className.grade).contains(kind) || kind.periodID != nil else {
                throw JournalError.invalidInput(field: .finalMark, problem: BilingualText(
                    "в \(page.className.grade) классе нет экзаменационной и итоговой отметки (только в 9 и 11)",
                    "grade \(page.className.grade) has no exam or final mark (only grades 9 and 11)"
                ))
            }
            let periodID = try finalsPeriod(of: kind, classID: page.classID, db)
            guard let period = try SchoolQueries.period(periodID, db),
                  let (found, state) = try RuleQueries.periodState(ofClass: page.classID, on: period.span.last, db), found == periodID
            else { throw JournalError.notFound(.period) }
            guard try GridQueries.isPupil(pupil, on: page, day: state.span.last, period: periodID, db)
                || GridQueries.isPupil(pupil, on: page, day: state.span.first, period: periodID, db)
            else { throw JournalError.pupilNotOnPage }
            let context = EntryContext(
                kind: .periodFinal, teacher: viewer.staffID, classID: page.classID, subjectID: page.subjectID,
                lesson: nil, period: state, now: stamp.at
            )
            let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: stamp.at, db) } ?? []
            let permission: PermissionID?
            switch try ruleEngine(db).judge(context, permissions: permissions) {
            case .allowed: permission = nil
            case .allowedLate(let id): permission = id
            case .refused(let refusal): throw refusal
            }
            let old = try FinalsQueries.final(pupil: pupil, subject: page.subjectID, kind: kind, db).value
            guard old != value else { return }
            let key = finalKey(pupil: pupil, subject: page.subjectID, kind: kind)
            guard old == seen else { throw JournalError.cellChanged(try cellChange(entity: "period_final", key: key, now: old, db)) }
            try FinalsQueries.setFinal(
                value, pupil: pupil, classID: page.classID, subject: page.subjectID, kind: kind, at: stamp.at,
                by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "period_final", key: key, field: "value", from: old, to: value, permission: permission,
                scope: ChangeScope(classID: page.classID, subjectID: page.subjectID, lessonDate: nil)
            ), in: db)
        }
    }

    /// Every recorded change of one final, newest first, and the corrections recorded after its
    /// period was closed, each with its order's number and date and the reason.
    public func finalHistory(_ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID) throws -> FinalHistory {
        let key = finalKey(pupil: pupil, subject: page.subjectID, kind: kind)
        return try loggedRead(session, .read, object: "история period_final \(key)", scope: page.scope) { db in
            try requireOpen(page, try viewer(for: session, db))
            let entries = try ChangeLog.entries(entity: "period_final", key: key, in: db).map { HistoryEntry($0, in: timeZone) }
            let cell = try FinalsQueries.final(pupil: pupil, subject: page.subjectID, kind: kind, db)
            let corrections = try cell.id.map { try FinalsQueries.corrections(ofFinal: $0, db) } ?? []
            return FinalHistory(entries: entries, corrections: corrections.map(finalCorrection))
        }
    }

    /// Every correction recorded for a class's finals (retakes and appeals under orders), for
    /// reports: the deputy, the director and the administrator read any class, a class teacher
    /// their own.
    public func finalCorrections(_ session: Session, classID: ClassID) throws -> [ClassFinalCorrection] {
        try loggedRead(session, .read, object: "final_correction class=\(classID)",
                       scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)) { db in
            let viewer = try viewer(for: session, db)
            guard SchoolAction.readWholeSchool.isAllowed(for: viewer.roles) || viewer.ledClasses.contains(classID) else {
                throw JournalError.accessDenied(BilingualText("исправления итоговых отметок класса", "the class's final corrections"))
            }
            return try FinalsQueries.corrections(ofClass: classID, db).map { row in
                ClassFinalCorrection(pupil: row.pupil, subject: row.subject, final: row.kind, correction: finalCorrection(row.correction))
            }
        }
    }

    private func finalCorrection(_ row: FinalsQueries.CorrectionRow) -> FinalCorrection {
        FinalCorrection(
            kind: FinalCorrectionKind(rawValue: row.kind) ?? .retake, oldValue: row.oldValue, newValue: row.newValue,
            orderNumber: row.orderNumber, orderDate: row.orderDate, reason: row.reason,
            madeAt: timeZone.russianDateTime(row.madeAt), who: row.who
        )
    }

    /// The period whose order date and closing a final follows: its own, or for the year, exam
    /// and final the last period of the class's scheme.
    func finalsPeriod(of kind: FinalKind, classID: ClassID, _ db: StoreTransaction) throws -> PeriodID {
        if let id = kind.periodID { return id }
        guard let last = try SchoolQueries.periods(ofClass: classID, db).last else { throw JournalError.notFound(.period) }
        return last.id
    }

    /// A final's key in the change history: "pupil=3;subject=1;period=2", or "…;final=year".
    func finalKey(pupil: PupilID, subject: SubjectID, kind: FinalKind) -> String {
        let which = kind.periodID.map { "period=\($0)" } ?? "final=\(kind.storedKind)"
        return "pupil=\(pupil);subject=\(subject);\(which)"
    }
}
