/// Which access-log entries to list.
public struct AccessLogFilter: Sendable, Hashable {
    public var login: String?
    public var since: String?
    public var until: String?
    public var action: String?
    public var classID: ClassID?
    public var subjectID: SubjectID?
    public var role: String?
    public var text: String?
    public var limit: Int?
    /// Only entries about a class's journal (those with a class), for the access report.
    public var journalOnly = false

    public init(
        login: String? = nil, since: String? = nil, until: String? = nil, action: String? = nil,
        classID: ClassID? = nil, subjectID: SubjectID? = nil, role: String? = nil, text: String? = nil, limit: Int? = nil
    ) {
        self.login = login
        self.since = since
        self.until = until
        self.action = action
        self.classID = classID
        self.subjectID = subjectID
        self.role = role
        self.text = text
        self.limit = limit
    }
}
