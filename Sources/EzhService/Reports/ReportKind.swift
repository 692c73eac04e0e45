import EzhCore
internal import EzhStore

/// One of the school's reports: its name, who sees it in their list, what it asks for, and how
/// the service makes it. The «Отчёты» screen and `ezh report` both read `ReportKind.all`, so a
/// report added here is on the screen and on the command line with no front-end code of its own.
/// The audience only shapes the lists: the service method behind `make` checks access itself and
/// refuses everyone else.
public struct ReportKind: Sendable, Identifiable {
    /// The command-line name, «monthly-attendance».
    public let id: String
    public let title: BilingualText
    /// The roles whose report list shows it.
    public let audience: Set<Role>
    /// What it asks for, in the order the screen asks.
    public let needs: [ReportParameter]
    let make: @Sendable (JournalService, Session, ReportRequest) throws -> MadeReport

    init(
        id: String, title: BilingualText, audience: Set<Role>, needs: [ReportParameter],
        make: @escaping @Sendable (JournalService, Session, ReportRequest) throws -> MadeReport
    ) {
        self.id = id
        self.title = title
        self.audience = audience
        self.needs = needs
        self.make = make
    }

    /// The school's administration: they may produce any class's report.
    static let administration: Set<Role> = [.deputy, .director]

    /// Every report, in the order of the instruction's lists (teacher, class teacher,
    /// administration, archive).
    public static let all: [ReportKind] = [
        .ktpPrintout, .subjectResults, .teacherPeriodReport, .averageDynamics,
        .monthlyAttendance,
        .attendanceSummary,
        .preliminaryReport,
        .periodReport,
        .classResults,
        .progressSheet,
        .parentLetters,
        .movement,
        .movementYear,
        .classSizes,
        .classSizesSeptember,
        .finalData,
        .journalControl,
        .yearResults,
        .classJournal,
        .accessReport,
        .schoolProgressSheet,
    ]

    public static func named(_ id: String) -> ReportKind? { all.first { $0.id == id } }
}

extension JournalService {
    /// The reports the session's roles produce, for the «Отчёты» screen.
    public func reportKinds(for session: Session) -> [ReportKind] {
        ReportKind.all.filter { !$0.audience.isDisjoint(with: session.roles) }
    }

    /// Makes a report: every parameter its kind needs must be in the request (the message names
    /// the missing one); access is the report's own service method's to check.
    public func makeReport(_ kind: ReportKind, _ session: Session, _ request: ReportRequest) throws -> MadeReport {
        if let missing = kind.needs.first(where: { !request.has($0) }) {
            _ = try request.required(nil as Int?, missing)
        }
        return try kind.make(self, session, request)
    }

    /// A subject named on the command line («математика» matches «Математика»).
    public func subjectID(named name: String) throws -> SubjectID? {
        try read { try SchoolYearQueries.subject(named: name, except: nil, $0) }
    }

    /// A staff member named by their login on the command line.
    public func staffID(login: String) throws -> StaffID? {
        try read { try AccountQueries.account(login: login, $0)?.staffID }
    }
}
