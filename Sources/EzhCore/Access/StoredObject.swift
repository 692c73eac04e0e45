/// The object of an access-log entry as it is stored: «mark assignment=8464;pupil=268 value»,
/// «история attendance lesson=8305;pupil=267», «дневник ученика 267», or plain words. The stored
/// text is hashed into the chain and stays as written; this reads the ids back out of it so that
/// what people see can name the pupil, the class and the day instead.
public struct StoredObject: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A change of one field of a row: «mark assignment=1;pupil=2 value».
        case change(entity: String, field: String)
        /// A read of one cell's history: «история mark assignment=1;pupil=2».
        case history(entity: String)
        /// A read of one pupil's diary: «дневник ученика 267».
        case diary
        /// Anything else, already in words.
        case words
    }

    public let kind: Kind
    /// The row's key as stored («assignment=1;pupil=2», a setting's name).
    public let key: String
    /// The ids named in the key: «assignment» → 1, «pupil» → 2.
    public let ids: [String: Int64]

    /// The entities whose changes the history records.
    static let entities: Set<String> = [
        "mark", "attendance", "lesson", "period_final", "period", "subgroup_membership", "lesson_plan", "account",
        "late_permission", "setting",
    ]

    public init(_ stored: String) {
        if stored.hasPrefix(Self.historyPrefix) {
            let parts = stored.dropFirst(Self.historyPrefix.count).split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, Self.entities.contains(parts[0]) {
                self.init(kind: .history(entity: parts[0]), key: parts[1])
                return
            }
        }
        if stored.hasPrefix(Self.diaryPrefix), let pupil = Int64(stored.dropFirst(Self.diaryPrefix.count)) {
            self.init(kind: .diary, key: "", ids: ["pupil": pupil])
            return
        }
        let parts = stored.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, Self.entities.contains(parts[0]) {
            self.init(kind: .change(entity: parts[0], field: parts[2]), key: parts[1])
            return
        }
        self.init(kind: .words, key: stored, ids: [:])
    }

    private init(kind: Kind, key: String) {
        var ids: [String: Int64] = [:]
        for pair in key.split(separator: ";") {
            let sides = pair.split(separator: "=", maxSplits: 1)
            if sides.count == 2, let id = Int64(sides[1]) { ids[String(sides[0])] = id }
        }
        self.init(kind: kind, key: key, ids: ids)
    }

    private init(kind: Kind, key: String, ids: [String: Int64]) {
        self.kind = kind
        self.key = key
        self.ids = ids
    }

    static let historyPrefix = "история "
    static let diaryPrefix = "дневник ученика "
}
