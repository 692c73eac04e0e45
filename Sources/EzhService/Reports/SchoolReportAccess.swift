import EzhCore
internal import EzhStore

extension JournalService {
    /// The school-wide reports of the deputy and the director (movement, class sizes, final data,
    /// the control report, the archive's documents): refused to everyone else, the administrator
    /// included (who keeps the system, not the school's records).
    func requireSchoolReports(_ viewer: Viewer, _ what: BilingualText) throws {
        guard !viewer.roles.isDisjoint(with: [.deputy, .director]) else { throw JournalError.accessDenied(what) }
    }

    /// The year a school-wide report is about: the one holding today (or the latest begun).
    func reportYear(_ db: StoreTransaction) throws -> SchoolYear {
        guard let year = try SchoolReportQueries.year(holding: timeZone.localDate(of: now()), db) else {
            throw JournalError.notFound(BilingualText("учебный год", "school year"))
        }
        return year
    }
}
