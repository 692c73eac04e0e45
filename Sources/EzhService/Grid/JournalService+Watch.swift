import EzhCore
internal import EzhStore

/// Keeping an open screen current while other terminals write, and telling a front end when a
/// write waits for another terminal's lock.
extension JournalService {
    /// The journal as it stands now; take it before reading what the screen will show, so no
    /// change made after that read is missed.
    public func changeWatch() throws -> ChangeWatch {
        let commits = try translatingStorageErrors { try store.externalCommitCount() }
        return ChangeWatch(externalCommits: commits, historyBookmark: try read(ChangeLog.lastID))
    }

    /// Whether anyone else (another terminal, or this account elsewhere) has changed `page`
    /// since `watch`, which moves on. When no other process has committed anything this costs
    /// one pragma and no query; otherwise only the history rows written since are read.
    /// Nothing personal is read, so nothing is logged; the page's re-read is.
    public func pageChanged(_ session: Session, page: JournalPage, since watch: inout ChangeWatch) throws -> Bool {
        let commits = try translatingStorageErrors { try store.externalCommitCount() }
        guard commits != watch.externalCommits else { return false }
        let bookmark = watch.historyBookmark
        let changes = try read { db in
            try ChangeLog.changes(in: page.scope, since: bookmark, except: session.accountID, at: terminal.label, db)
        }
        watch = ChangeWatch(externalCommits: commits, historyBookmark: changes.bookmark)
        return changes.found
    }

    /// `listener` is called (on the waiting thread) when a read or write has waited half a
    /// second for another process's lock, so a front end can say why nothing happens yet.
    public func onLongLockWait(_ listener: (@Sendable () -> Void)?) {
        store.lockWait.onLongWait(listener)
    }
}
