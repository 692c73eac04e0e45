/// Everything `ezh audit verify` checks beyond the file itself: the chain against itself, the
/// chain against every signed anchor found, and every journal value against its history.
public struct AuditReport: Sendable, Equatable {
    public let chain: AuditVerification
    public let anchors: AnchorVerification
    public let values: ValueVerification

    public init(chain: AuditVerification, anchors: AnchorVerification, values: ValueVerification) {
        self.chain = chain
        self.anchors = anchors
        self.values = values
    }

    public var holds: Bool {
        if case .broken = chain { return false }
        return anchors.holds && values.holds
    }
}
