/// Where a screen's view of the journal stands, so it can learn cheaply whether another terminal
/// has changed what it shows: the file's count of other processes' commits and the newest
/// change-history row it has taken into account.
public struct ChangeWatch: Hashable, Sendable {
    public let externalCommits: Int
    public let historyBookmark: Int64

    public init(externalCommits: Int, historyBookmark: Int64) {
        self.externalCommits = externalCommits
        self.historyBookmark = historyBookmark
    }
}
