/// One member of staff as a school's staff list gives them: the natural key is the login; a
/// line without one is matched by full name and gets a login made from the name.
public struct StaffLine: Sendable, Hashable {
    public var place: SheetPlace
    public var name: PersonName
    public var position: String
    public var login: String?
    /// Staff roles (учитель, завуч, ...); the class-teacher role follows the classes file.
    public var roles: Set<Role>
    /// Subject names as the school writes them; a subject not yet in the school is added.
    public var subjects: [String]
    public var phone: String?

    public init(
        place: SheetPlace, name: PersonName, position: String = "", login: String? = nil, roles: Set<Role>,
        subjects: [String] = [], phone: String? = nil
    ) {
        self.place = place
        self.name = name
        self.position = position
        self.login = login
        self.roles = roles
        self.subjects = subjects
        self.phone = phone
    }
}
