import EzhCore
internal import EzhStore

extension JournalService {
    /// The school-wide averages per class and subject for a span of days (a period): for the
    /// deputy, the director and the administrator.
    public func averagesByClassAndSubject(_ session: Session, span: DateSpan) throws -> [ClassSubjectAverage] {
        try loggedRead(session, .report, object: "средний балл по классам и предметам \(span.first.russian)–\(span.last.russian)") { db in
            guard try viewer(for: session, db).readsWholeSchool else {
                throw JournalError.accessDenied(BilingualText("отчёты по школе", "school-wide reports"))
            }
            return try ReportQueries.averagesByClassAndSubject(in: span, db)
        }
    }
}
