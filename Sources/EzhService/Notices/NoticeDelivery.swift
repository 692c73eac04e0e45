import EzhCore
internal import EzhStore

extension JournalService {
    /// The subject of the thread a notice starts when the class teacher has none with the family yet.
    static let noticeSubject = "Уведомление об успеваемости и посещаемости"

    /// A sent notice goes into the parents' message thread with the class teacher (as a notice),
    /// in the same transaction as its state: sent and delivered, or neither.
    func deliverNotice(_ notice: NoticeQueries.NoticeRow, text: String, session: Session, stamp: ChangeStamp, _ db: StoreTransaction) throws {
        _ = try writeToFamily(session, pupil: notice.pupil, subject: try Self.messageSubject(Self.noticeSubject),
                              body: try Self.messageBody(text), kind: .notice, db, stamp)
    }
}
