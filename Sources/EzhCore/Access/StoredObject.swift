/// The object of an access-log entry as it is stored: «mark assignment=8464;pupil=268 value»,
/// «история attendance lesson=8305;pupil=267», «дневник ученика 267», or plain words. The stored
/// text is hashed into the chain and stays as written; this reads the ids back out of it so that
/// what people see can name the pupil, the class and the day instead.
public struct StoredObject: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A change of one field of a row: «mark assignment=1;pupil=2 value».
        case change(entity: Entity, field: String)
        /// A read of one cell's history: «история mark assignment=1;pupil=2».
        case history(entity: Entity)
        /// A read of one pupil's diary: «дневник ученика 267».
        case diary
        /// Anything else, already in words.
        case words
    }

    public let kind: Kind
    /// The row's key as stored («assignment=1;pupil=2», a setting's name).
    public let key: String
    /// The ids named in the key: «assignment=1;pupil=2».
    public let ids: StoredIDs

    /// The entities whose changes the history records.
    public enum Entity: String, Sendable, Hashable {
        case mark, attendance, lesson, period, account, setting
        case periodFinal = "period_final"
        case subgroupMembership = "subgroup_membership"
        case lessonPlan = "lesson_plan"
        case latePermission = "late_permission"
        /// A pupil's stay in a class: arrivals, departures, transfers, the year rollover.
        case classMembership = "class_membership"
    }

    /// Reads the stored text byte by byte (its parts are ASCII but for the Russian prefixes):
    /// the whole log of a large school passes through here.
    public init(_ stored: String) {
        let bytes = stored.utf8
        if bytes.starts(with: Self.historyPrefix.utf8) {
            let rest = bytes.dropFirst(Self.historyPrefix.utf8.count)
            if let space = rest.firstIndex(of: 0x20) {
                if let entity = Entity(rawValue: String(Substring(rest[..<space]))) {
                    self.init(kind: .history(entity: entity), key: String(Substring(rest[rest.index(after: space)...])))
                    return
                }
            }
        }
        if bytes.starts(with: Self.diaryPrefix.utf8), let pupil = Self.number(bytes.dropFirst(Self.diaryPrefix.utf8.count)) {
            self.init(kind: .diary, key: "", ids: StoredIDs(pupil: pupil))
            return
        }
        if let first = bytes.firstIndex(of: 0x20) {
            let afterEntity = bytes[bytes.index(after: first)...]
            if let entity = Entity(rawValue: String(Substring(bytes[..<first]))), let second = afterEntity.firstIndex(of: 0x20) {
                self.init(
                    kind: .change(entity: entity, field: String(Substring(bytes[bytes.index(after: second)...]))),
                    key: String(Substring(afterEntity[..<second]))
                )
                return
            }
        }
        self.init(kind: .words, key: stored, ids: StoredIDs())
    }

    /// «assignment=1;pupil=2» as ids by name, scanned once without splitting.
    private init(kind: Kind, key: String) {
        var ids = StoredIDs()
        let bytes = key.utf8
        var nameStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == 0x3D else {
                index = bytes.index(after: index)
                continue
            }
            let name = bytes[nameStart..<index]
            var value: Int64 = 0
            var digits = 0
            index = bytes.index(after: index)
            while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]), digits < 18 {
                value = value * 10 + Int64(bytes[index] - 0x30)
                digits += 1
                index = bytes.index(after: index)
            }
            if digits > 0, index == bytes.endIndex || bytes[index] == 0x3B { ids.set(name, value) }
            while index < bytes.endIndex, bytes[index] != 0x3B { index = bytes.index(after: index) }
            if index < bytes.endIndex { index = bytes.index(after: index) }
            nameStart = index
        }
        self.init(kind: kind, key: key, ids: ids)
    }

    private init(kind: Kind, key: String, ids: StoredIDs) {
        self.kind = kind
        self.key = key
        self.ids = ids
    }

    /// Decimal digits only, as ids are written; nil for anything else.
    private static func number(_ digits: some Collection<UInt8>) -> Int64? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }

    static let historyPrefix = "история "
    static let diaryPrefix = "дневник ученика "
}

/// The ids a stored key can name, one field each: a dictionary per row cost most of the time a
/// million rows took.
public struct StoredIDs: Sendable, Hashable {
    public var pupil: Int64?
    public var assignment: Int64?
    public var lesson: Int64?
    public var teaching: Int64?
    public var subject: Int64?
    public var period: Int64?
    public var account: Int64?
    public var permission: Int64?

    public init(pupil: Int64? = nil) {
        self.pupil = pupil
    }

    mutating func set(_ name: Substring.UTF8View, _ id: Int64) {
        func named(_ text: StaticString) -> Bool {
            name.count == text.utf8CodeUnitCount
                && name.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        switch name.first {
        case 0x70: // p
            if named("pupil") { pupil = id } else if named("period") { period = id } else if named("permission") { permission = id }
        case 0x61: // a
            if named("assignment") { assignment = id } else if named("account") { account = id }
        case 0x6C: if named("lesson") { lesson = id } // l
        case 0x74: if named("teaching") { teaching = id } // t
        case 0x73: if named("subject") { subject = id } // s
        default: break
        }
    }
}
