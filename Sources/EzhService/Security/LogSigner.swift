import CSodium
import Foundation

/// What signs the access log's checkpoints: the school's Ed25519 key. A protocol so that the
/// service records checkpoints without knowing where the key is kept (a key file next to the
/// journal, a test's key).
public protocol LogSigner: Sendable {
    /// The public half, lower-case hex (64 characters).
    var publicKeyHex: String { get }
    /// The Ed25519 signature of `message` (64 bytes).
    func signature(of message: [UInt8]) throws -> [UInt8]
}

/// Checks Ed25519 signatures with libsodium; needs no secret, so any copy of the journal, a
/// backup or an exported anchor can be checked anywhere.
public enum LogSignature {
    public static func verify(signatureHex: String, message: [UInt8], publicKeyHex: String) -> Bool {
        guard let signature = bytes(hex: signatureHex), signature.count == Int(crypto_sign_BYTES),
              let key = bytes(hex: publicKeyHex), key.count == Int(crypto_sign_PUBLICKEYBYTES),
              sodium_init() >= 0
        else { return false }
        return crypto_sign_verify_detached(signature, message, UInt64(message.count), key) == 0
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// An Ed25519 key held in memory, for tests and for signing with a key read elsewhere.
public struct Ed25519LogSigner: LogSigner {
    private let secretKey: [UInt8]
    public let publicKeyHex: String

    /// A new random key pair.
    public init() {
        precondition(sodium_init() >= 0, "libsodium failed to initialise")
        var publicKey = [UInt8](repeating: 0, count: Int(crypto_sign_PUBLICKEYBYTES))
        var secretKey = [UInt8](repeating: 0, count: Int(crypto_sign_SECRETKEYBYTES))
        crypto_sign_keypair(&publicKey, &secretKey)
        self.secretKey = secretKey
        publicKeyHex = LogSignature.hex(publicKey)
    }

    /// The key pair whose 64-byte libsodium secret key is `secretKey` (its public half is its
    /// last 32 bytes).
    public init?(secretKey: [UInt8]) {
        guard secretKey.count == Int(crypto_sign_SECRETKEYBYTES) else { return nil }
        self.secretKey = secretKey
        publicKeyHex = LogSignature.hex(Array(secretKey[Int(crypto_sign_SEEDBYTES)...]))
    }

    /// The secret key as a key file holds it (hex), for the package's tests that make one.
    package var secretKeyHex: String { LogSignature.hex(secretKey) }

    public func signature(of message: [UInt8]) throws -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: Int(crypto_sign_BYTES))
        crypto_sign_detached(&signature, nil, message, UInt64(message.count), secretKey)
        return signature
    }
}
