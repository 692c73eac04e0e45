import EzhCore
internal import EzhStore

/// The deputy's bell schedules: a lesson's times set or taken out, checked as a whole (times in
/// order, no overlap), and every class's lessons from tomorrow given the new times (today's may
/// have been given already).
extension JournalService {
    public func bellSchedules(_ session: Session) throws -> [BellSummary] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            return try SchoolYearQueries.bells(db).map {
                BellSummary(schedule: $0.schedule, isDefault: $0.isDefault, shift: $0.shift, number: $0.number, times: $0.times)
            }
        }
    }

    /// Sets (or, with nil, takes out) the times of lesson `number` of `shift` in `schedule`.
    @discardableResult
    public func setBell(_ session: Session, schedule: String, shift: Int, number: Int, times: LessonTimes?) throws -> LessonChangeCounts {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let scheduleID = try SchoolYearQueries.scheduleID(named: schedule, db) else {
                throw JournalError.notFound(BilingualText("расписание звонков «\(schedule)»", "bell schedule “\(schedule)”"))
            }
            let old = try SchoolYearQueries.bells(db).first { $0.schedule == schedule && $0.shift == shift && $0.number == number }
            try SchoolYearQueries.setBell(schedule: scheduleID, shift: shift, number: number, times: times, db)
            if let problem = try TimetableLessonQueries.bells(db).problems.first {
                throw JournalError.invalidInput(field: BilingualText("Звонки", "Bells"), problem: problem.text)
            }
            let text = { (times: LessonTimes?) in times.map { "\($0.startsAt.text)-\($0.endsAt.text)" } }
            guard text(old?.times) != text(times) else { return .none }
            try ChangeLog.record(stamp.change(
                entity: "bell", key: "schedule=\(scheduleID);shift=\(shift);lesson=\(number)", field: "times",
                from: text(old?.times), to: text(times)
            ), in: db)
            return try regenerateLessons(from: today().adding(days: 1), stamp, db)
        }
    }
}
