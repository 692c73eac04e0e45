import EzhCore
import Foundation

/// What signs the access log's checkpoints: the school's Ed25519 key. A protocol so that the
/// service records checkpoints without knowing where the key is kept.
public protocol LogSigner: Sendable {
    /// The public half, lower-case hex (64 characters).
    var publicKeyHex: String { get }
    /// The Ed25519 signature of `message` (64 bytes).
    func signature(of message: [UInt8]) throws -> [UInt8]
}

extension SchoolKey: LogSigner {
    public func signature(of message: [UInt8]) throws -> [UInt8] {
        Array(sign(Data(message)))
    }
}

/// Checks an anchor's Ed25519 signature; needs no secret, so any copy of the journal, a backup
/// or an exported anchor can be checked anywhere.
public enum LogSignature {
    public static func verify(_ found: FoundAnchor) -> Bool {
        guard let signature = Hex.data(found.anchor.signature), let key = Hex.data(found.anchor.publicKey) else { return false }
        return SchoolKey.verify(signature: signature, message: Data(found.signedMessage), publicKey: key)
    }
}
