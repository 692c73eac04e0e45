import EzhCore
internal import EzhStore

extension ReportKind {
    /// «Отчёт о доступе к классному журналу» of a class for a period, to print and keep: the same
    /// rows as the F3 screen, oldest first.
    static let accessReport = ReportKind(
        id: "access-report", title: BilingualText("Отчёт о доступе к классному журналу", "Class journal access report"),
        audience: administration, needs: [.class, .period]
    ) { service, session, request in
        MadeReport(document: try service.accessReportDocument(session, classID: try request.requiredClass(), period: try request.requiredPeriod()))
    }
}

extension JournalService {
    /// The access report of a class for one of its periods as a document: every action on the
    /// class's journal pages made in the period's days (entries for an earlier period's lessons
    /// made late included, with their period), in words: names, never ids. Access and the log
    /// entry are `accessReport`'s.
    public func accessReportDocument(_ session: Session, classID: ClassID, period number: Int) throws -> ReportDocument {
        let (periods, className, school) = try read { db in
            (try SchoolQueries.periods(ofClass: classID, db), try AbsenceQueries.className(classID, db), try SchoolQueries.school(db)?.name ?? "")
        }
        guard let className else { throw JournalError.notFound(BilingualText("класс", "class")) }
        guard let period = periods.first(where: { $0.number == number }) else {
            throw JournalError.notFound(BilingualText("период \(number) класса \(className)", "period \(number) of class \(className)"))
        }
        let midnight = TimeOfDay(minutes: 0)
        let filter = AccessLogFilter(
            since: InstantFormat.string(timeZone.instant(period.span.first, midnight)),
            until: InstantFormat.string(timeZone.instant(period.span.last.adding(days: 1), midnight)), classID: classID
        )
        let rows = try accessReport(session, filter: filter).reversed().map(\.words)
        let language = session.language
        func text(_ ru: String, _ en: String) -> ReportDocument.Cell { .text(language == .ru ? ru : en) }
        return ReportDocument(
            titleBlock: .init(school: school, title: language == .ru ? "Отчёт о доступе к классному журналу" : "Class journal access report",
                              className: className.description, period: period.name(in: language) + " (" + period.span.first.russian
                                  + "–" + period.span.last.russian + ")", printDate: timeZone.localDate(of: now())),
            orientation: .landscape,
            columns: [.init(weight: 2.2, alignment: .leading), .init(weight: 1.6, alignment: .leading), .init(weight: 2.2, alignment: .leading),
                      .init(weight: 1.6), .init(weight: 1.4), .init(weight: 1.8, alignment: .leading), .init(weight: 5, alignment: .leading),
                      .init(weight: 0.6)],
            headerRows: [[text("Дата и время", "Date and time"), text("Пользователь", "User"), text("Предмет", "Subject"),
                          text("Период", "Period"), text("Дата урока", "Lesson date"), text("Действие", "Action"),
                          text("Что сделано", "What was done"), .text("!")]],
            bodyRows: rows.map { row in
                [.text(row.at), .text(row.user), .text(row.subject), .text(row.period), .text(row.lessonDate), .text(row.action),
                 .text(row.object), row.permission == nil ? .empty : .text("!")]
            },
            footerRows: [[text("Всего действий", "Actions in all"), .number(rows.count)] + Array(repeating: .empty, count: 6)],
            notes: [language == .ru
                ? "«!» — запись внесена с опозданием по разрешению. Действия с журнальными страницами класса за дни периода."
                : "“!” — entered late under a permission. Actions on the class's journal pages in the period's days."],
            signatures: [.init(role: language == .ru ? "Заместитель директора" : "Deputy head", name: "")]
        )
    }
}
