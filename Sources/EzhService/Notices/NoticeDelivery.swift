import EzhCore
internal import EzhStore

extension JournalService {
    /// Where a sent notice goes: the parents' message thread once messages exist in this build;
    /// until then the sent notice itself is the record the class teacher and the deputy read.
    func deliverNotice(
        _ notice: NoticeQueries.NoticeRow, text: String, to parents: [AccountID], session: Session, stamp: ChangeStamp, _ db: StoreTransaction
    ) throws {}
}
