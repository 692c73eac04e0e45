import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// What closing a period would leave undone, class by class (one class, or every class of
    /// the period's scheme): the pupils without a final in each subject, and the lessons without
    /// a topic. The deputy reads it before closing.
    public func closingReport(_ session: Session, period periodID: PeriodID, classID: ClassID?) throws -> ClosingReport {
        try loggedRead(session, .read, object: "period period=\(periodID) closing report", period: periodID) { db in
            try require(.closePeriod, try viewer(for: session, db))
            guard let period = try SchoolQueries.period(periodID, db) else { throw JournalError.notFound(.period) }
            let classes = try FinalsQueries.classes(of: periodID, db).filter { classID == nil || $0.0 == classID }
            guard classID == nil || !classes.isEmpty else {
                throw JournalError.notFound(BilingualText("класс этого периода", "a class of this period"))
            }
            return ClosingReport(period: period, classes: try classes.map { id, name in
                let closed = try FinalsQueries.closings(ofClass: id, db)[periodID] != nil
                var subjects: [ClosingReport.SubjectGap] = []
                for page in try PageQueries.pages(ofClass: id, db) {
                    let missing = name.hasMarks ? try FinalsQueries.pupilsWithoutFinal(
                        classID: id, subject: page.subjectID, subgroup: page.subgroupID, period: periodID, on: period.span.last, db
                    ) : []
                    let untitled = try FinalsQueries.lessonsWithoutTopic(of: page, in: period.span, db)
                    if !missing.isEmpty || untitled > 0 {
                        subjects.append(ClosingReport.SubjectGap(
                            page: page.title, pupilsWithoutFinal: missing.map(\.withInitials), lessonsWithoutTopic: untitled
                        ))
                    }
                }
                return ClosingReport.ClassGaps(classID: id, className: name, isClosed: closed, subjects: subjects)
            })
        }
    }

    /// The deputy closes a period for one class (rule 5); with nil, for every class at once.
    /// Closing what is already closed changes nothing.
    public func closePeriod(_ session: Session, _ periodID: PeriodID, forClass classID: ClassID?) throws {
        guard let classID else { return try closePeriod(session, periodID) }
        try write(session) { db, stamp in
            try require(.closePeriod, try viewer(for: session, db))
            try refuseClosedYear(ofPeriod: periodID, db)
            guard try FinalsQueries.classes(of: periodID, db).contains(where: { $0.0 == classID }) else {
                throw JournalError.notFound(BilingualText("класс этого периода", "a class of this period"))
            }
            guard try FinalsQueries.closings(ofClass: classID, db)[periodID] == nil else { return }
            try FinalsQueries.closeForClass(periodID, classID: classID, at: stamp.at, by: stamp.account, db)
            try ChangeLog.record(stamp.change(
                entity: "period", key: "period=\(periodID);class=\(classID)", field: "closed", from: nil,
                to: InstantFormat.string(stamp.at), scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
            ), in: db)
            // The last class closed closes the period itself, as closing all at once does (the
            // year's closing asks for every period closed).
            let classes = try FinalsQueries.classes(of: periodID, db)
            if try classes.allSatisfy({ try FinalsQueries.closings(ofClass: $0.0, db)[periodID] != nil }) {
                try PeriodWrites.close(periodID, at: stamp.at, db)
                try ChangeLog.record(stamp.change(
                    entity: "period", key: "period=\(periodID)", field: "closed", from: nil, to: InstantFormat.string(stamp.at)
                ), in: db)
            }
        }
    }

    /// The deputy sets the date of the school's order by which a period's finals are due
    /// (rule 4; nil: no date, finals open until the period is closed).
    public func setFinalsDue(_ session: Session, period periodID: PeriodID, on day: LocalDate?) throws {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            try refuseClosedYear(ofPeriod: periodID, db)
            guard let period = try SchoolQueries.period(periodID, db) else { throw JournalError.notFound(.period) }
            if let day, day < period.span.first {
                throw JournalError.invalidInput(field: BilingualText("Дата приказа", "Order date"), problem: BilingualText(
                    "\(day.russian) — раньше начала периода (\(period.span.first.russian))",
                    "\(day.russian) is before the period starts (\(period.span.first.russian))"
                ))
            }
            let old = try FinalsQueries.dueDate(of: periodID, db)
            guard old != day else { return }
            try FinalsQueries.setDueDate(day, of: periodID, db)
            try ChangeLog.record(stamp.change(
                entity: "period", key: "period=\(periodID)", field: "finals_due_on", from: old?.iso, to: day?.iso
            ), in: db)
        }
    }

    /// The order dates of the open year's periods, for the periods list.
    public func finalsDueDates(_ session: Session) throws -> [PeriodID: LocalDate] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            return try FinalsQueries.allDueDates(db)
        }
    }
}

/// What a period's closing would leave undone, per class.
public struct ClosingReport: Sendable, Hashable {
    public struct SubjectGap: Sendable, Hashable {
        /// «5А · Математика».
        public let page: String
        public let pupilsWithoutFinal: [String]
        public let lessonsWithoutTopic: Int
    }

    public struct ClassGaps: Sendable, Hashable {
        public let classID: ClassID
        public let className: ClassName
        public let isClosed: Bool
        public let subjects: [SubjectGap]
    }

    public let period: Period
    public let classes: [ClassGaps]

    public init(period: Period, classes: [ClassGaps]) {
        self.period = period
        self.classes = classes
    }

    /// Whether nothing is missing anywhere.
    public var isComplete: Bool { classes.allSatisfy(\.subjects.isEmpty) }
}
