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
    public enum Entity: String, Sendable, Hashable, CaseIterable {
        case mark, attendance, lesson, period, account, setting
        case periodFinal = "period_final"
        case subgroupMembership = "subgroup_membership"
        case lessonPlan = "lesson_plan"
        case latePermission = "late_permission"
        /// A pupil's stay in a class: arrivals, departures, transfers, the year rollover.
        case classMembership = "class_membership"
        /// A lesson's assignment (a column of marks): its work type and topic.
        case assignment
        /// A pupil's exemption (ОСВ): its days, subjects and grounds.
        case exemption
        /// A thread of messages (its members) and a message in it (its versions); never its text.
        case messageThread = "message_thread"
        case message

        /// The entity whose name `bytes` spell, without making a string of them.
        init?(utf8 bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            guard let entity = Self.spelled.first(where: { $0.utf8.elementsEqual(bytes) }) else { return nil }
            self = entity.entity
        }

        private static let spelled = allCases.map { (entity: $0, utf8: Array($0.rawValue.utf8)) }
    }

    /// Reads the stored text byte by byte (its parts are ASCII but for the Russian prefixes):
    /// the whole log of a large school passes through here.
    public init(_ stored: String) {
        var contiguous = stored
        self = contiguous.withUTF8 { Self(utf8: $0, whole: stored) }
    }

    /// The same from the stored text's UTF-8, as a listing streams it.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(utf8: bytes, whole: nil)
    }

    /// `whole` is the stored text when the caller has it as a string already.
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>, whole: String?) {
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func space(from start: Int) -> Int? { bytes[start...].firstIndex(of: 0x20) }
        let history = Self.historyPrefixUTF8.count
        if bytes.starts(with: Self.historyPrefixUTF8), let space = space(from: history),
           let entity = Entity(utf8: bytes[history..<space]) {
            self.init(kind: .history(entity: entity), key: bytes, space + 1..<bytes.count)
            return
        }
        let diary = Self.diaryPrefixUTF8.count
        if bytes.starts(with: Self.diaryPrefixUTF8), let pupil = Self.number(bytes[diary...]) {
            self.init(kind: .diary, key: "", ids: StoredIDs(pupil: pupil))
            return
        }
        if let first = space(from: 0), let entity = Entity(utf8: bytes[..<first]), let second = space(from: first + 1) {
            self.init(kind: .change(entity: entity, field: text(second + 1..<bytes.count)), key: bytes, first + 1..<second)
            return
        }
        self.init(kind: .words, key: whole ?? text(0..<bytes.count), ids: StoredIDs())
    }

    /// «assignment=1;pupil=2» (the `key` range of `bytes`) as ids by name, scanned once without splitting.
    private init(kind: Kind, key bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) {
        var ids = StoredIDs()
        var nameStart = key.lowerBound
        var index = key.lowerBound
        while index < key.upperBound {
            guard bytes[index] == 0x3D else {
                index += 1
                continue
            }
            let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
            var value: Int64 = 0
            var digits = 0
            index += 1
            while index < key.upperBound, (0x30...0x39).contains(bytes[index]), digits < 18 {
                value = value * 10 + Int64(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            if digits > 0, index == key.upperBound || bytes[index] == 0x3B { ids.set(name, value) }
            while index < key.upperBound, bytes[index] != 0x3B { index += 1 }
            if index < key.upperBound { index += 1 }
            nameStart = index
        }
        self.init(kind: kind, key: String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self), ids: ids)
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

    static let historyPrefixUTF8 = Array("история ".utf8)
    static let diaryPrefixUTF8 = Array("дневник ученика ".utf8)
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

    mutating func set(_ name: UnsafeBufferPointer<UInt8>, _ id: Int64) {
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
