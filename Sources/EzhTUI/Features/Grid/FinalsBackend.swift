import EzhCore
import EzhService

/// What the finals columns of the marks grid and the deputy's closing need of the journal.
public protocol FinalsBackend: AnyObject {
    func finalsSheet(_ session: Session, page: JournalPage) throws -> FinalsSheet
    /// The marks grid with its finals columns, read together when a page opens.
    func marksGridWithFinals(_ session: Session, page: JournalPage, period: PeriodID) throws -> (grid: MarksGrid, finals: FinalsSheet)
    /// Writes a final if the cell still holds `seen`, the value the user's screen showed.
    func setFinal(_ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID, value: String?, replacing seen: String?) throws
    func finalHistory(_ session: Session, page: JournalPage, kind: FinalKind, pupil: PupilID) throws -> FinalHistory
    func correctClosedFinal(
        _ session: Session, pupil: PupilID, subject: SubjectID, final finalKind: FinalKind, newValue: String, replacing seen: String,
        kind: FinalCorrectionKind, orderNumber: String, orderDate: LocalDate, reason: String
    ) throws
    func closingReport(_ session: Session, period: PeriodID, classID: ClassID?) throws -> ClosingReport
    func closePeriod(_ session: Session, _ periodID: PeriodID, forClass classID: ClassID?) throws
    func setFinalsDue(_ session: Session, period: PeriodID, on day: LocalDate?) throws
    func finalsDueDates(_ session: Session) throws -> [PeriodID: LocalDate]
}

extension FinalsBackend where Self: GridBackend {
    /// Two reads where a journal has no combined one.
    public func marksGridWithFinals(
        _ session: Session, page: JournalPage, period: PeriodID
    ) throws -> (grid: MarksGrid, finals: FinalsSheet) {
        (try marksGrid(session, page: page, period: period), try finalsSheet(session, page: page))
    }
}
