/// One parent (законный представитель) and their children, named by personal-file number. The
/// natural key is the full name together with a child: one name may belong to two families.
public struct ParentLine: Sendable, Hashable {
    public var place: SheetPlace
    public var name: PersonName
    public var phone: String?
    public var email: String?
    /// «мать», «отец», «опекун»...
    public var relation: String
    /// The children's personal-file numbers.
    public var children: [String]

    public init(
        place: SheetPlace, name: PersonName, phone: String? = nil, email: String? = nil, relation: String = "",
        children: [String]
    ) {
        self.place = place
        self.name = name
        self.phone = phone
        self.email = email
        self.relation = relation
        self.children = children
    }
}
