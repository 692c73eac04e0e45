/// One entry of the access log as stored. `hash` and `prevHash` are computed by the store's
/// AccessLog when the entry is appended.
public struct AccessLogRow: Sendable, Hashable {
    public var seq: Int64
    public var at: String
    public var accountID: AccountID?
    public var login: String
    public var role: String
    public var terminal: String
    public var action: String
    public var object: String
    public var classID: ClassID?
    public var subjectID: SubjectID?
    public var lessonDate: String?
    public var periodID: PeriodID?
    public var historyID: Int64?
    public var permissionID: PermissionID?
    public var detail: String
    public var prevHash: String
    public var hash: String

    public init(
        seq: Int64, at: String, accountID: AccountID?, login: String, role: String, terminal: String, action: String,
        object: String, classID: ClassID? = nil, subjectID: SubjectID? = nil, lessonDate: String? = nil,
        periodID: PeriodID? = nil, historyID: Int64? = nil, permissionID: PermissionID? = nil, detail: String = "",
        prevHash: String = "", hash: String = ""
    ) {
        self.seq = seq
        self.at = at
        self.accountID = accountID
        self.login = login
        self.role = role
        self.terminal = terminal
        self.action = action
        self.object = object
        self.classID = classID
        self.subjectID = subjectID
        self.lessonDate = lessonDate
        self.periodID = periodID
        self.historyID = historyID
        self.permissionID = permissionID
        self.detail = detail
        self.prevHash = prevHash
        self.hash = hash
    }
}
