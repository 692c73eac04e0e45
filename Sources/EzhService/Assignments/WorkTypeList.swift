import EzhCore

/// The school's work types (типы заданий) with their weights, in dictionary order, and the one
/// a new column of marks starts with, which the grid's picker preselects.
public struct WorkTypeList: Hashable, Sendable {
    public let types: [WorkType]
    public let defaultID: WorkTypeID?

    public init(types: [WorkType], defaultID: WorkTypeID?) {
        self.types = types
        self.defaultID = defaultID
    }

    /// The default's place in `types` (0 when there is none).
    public var defaultIndex: Int { types.firstIndex { $0.id == defaultID } ?? 0 }
}
