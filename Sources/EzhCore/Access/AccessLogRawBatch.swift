/// A batch of access-log rows for a listing, as their stored bytes: every text of every row in one
/// buffer and every number in one array, so that a million rows cost no string, struct or array
/// per row on their way from the file to the output. With each row its parsed object and, for the
/// batch, the names its wording needs (as in `AccessLogBatch`).
public struct AccessLogRawBatch: Sendable {
    /// The text columns a row holds, in the order they are appended.
    public enum Text: Int, CaseIterable, Sendable {
        case at, login, role, terminal, action, object, lessonDate, detail
    }

    /// The number columns a row holds, in the order they are appended; NULL is kept as NULL.
    public enum Number: Int, CaseIterable, Sendable {
        case seq, classID, subjectID, periodID, permissionID
    }

    /// All the texts, one after the other.
    public private(set) var bytes: [UInt8] = []
    /// For each row, where each of its texts starts in `bytes`, then where its last one ends.
    private var bounds: [Int] = []
    private var numbers: [Int64?] = []
    public private(set) var objects: [StoredObject] = []
    public var names = AccessLogNames()

    private static let boundsPerRow = Text.allCases.count + 1

    public init() {}

    /// Room for `rows` rows of about `bytesPerRow` bytes of text, so that filling a batch does
    /// not grow and copy its buffers again and again.
    public init(reservingRows rows: Int, bytesPerRow: Int) {
        bytes.reserveCapacity(rows * bytesPerRow)
        bounds.reserveCapacity(rows * Self.boundsPerRow)
        numbers.reserveCapacity(rows * Number.allCases.count)
        objects.reserveCapacity(rows)
    }

    public var count: Int { objects.count }

    // MARK: Filling, a row at a time

    /// Appends the next text of the row being filled (in `Text` order).
    public mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        bounds.append(bytes.count)
        bytes.append(contentsOf: text)
    }

    /// Appends the next number of the row being filled (in `Number` order).
    public mutating func appendNumber(_ number: Int64?) {
        numbers.append(number)
    }

    /// Ends the row whose texts and numbers were just appended; its object is parsed from its
    /// stored text.
    public mutating func endRow() {
        bounds.append(bytes.count)
        precondition(bounds.count == (count + 1) * Self.boundsPerRow && numbers.count == (count + 1) * Number.allCases.count,
                     "a row appends every text and number once")
        let object = range(.object, row: count)
        objects.append(bytes.withUnsafeBufferPointer { StoredObject(utf8: UnsafeBufferPointer(rebasing: $0[object])) })
    }

    // MARK: Reading

    /// Where `text` of `row` lies in `bytes`.
    public func range(_ text: Text, row: Int) -> Range<Int> {
        let start = row * Self.boundsPerRow + text.rawValue
        return bounds[start]..<bounds[start + 1]
    }

    public func number(_ number: Number, row: Int) -> Int64? {
        numbers[row * Number.allCases.count + number.rawValue]
    }
}
