/// A pupil of a class with their parents, and the login of each who has an account.
public struct ClassFamily: Sendable, Hashable {
    public let pupilID: PupilID
    public let pupilName: PersonName
    public let pupilLogin: String?
    public let parents: [(id: ParentID, name: PersonName, login: String?)]

    public static func == (lhs: ClassFamily, rhs: ClassFamily) -> Bool { lhs.pupilID == rhs.pupilID && lhs.pupilLogin == rhs.pupilLogin }
    public func hash(into hasher: inout Hasher) { hasher.combine(pupilID) }

    public init(pupilID: PupilID, pupilName: PersonName, pupilLogin: String?, parents: [(id: ParentID, name: PersonName, login: String?)]) {
        self.pupilID = pupilID
        self.pupilName = pupilName
        self.pupilLogin = pupilLogin
        self.parents = parents
    }
}
