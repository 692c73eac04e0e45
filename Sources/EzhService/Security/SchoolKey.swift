import CSodium
import EzhCore
import Foundation

/// The school's Ed25519 signing key (libsodium's `crypto_sign`): it signs backup manifests, the
/// year archive and the access log's anchors, so a copy or a chain rewritten by someone who can
/// write the database file, but cannot read this key, is found out.
///
/// The secret half lives OUTSIDE the database, in `<db>.key` beside it, mode 0600, as text (so
/// it can be printed and kept in a safe); the public half is in the database (`school_key`) and
/// in every manifest. A file anyone but its owner can read is refused, as the journal is.
public struct SchoolKey: Sendable {
    /// 32 bytes.
    public let publicKey: Data
    /// 64 bytes: libsodium's secret key (the seed followed by the public key).
    private let secretKey: Data

    private static let initialized: Bool = sodium_init() >= 0
    private static let header = "ezh school signing key (Ed25519)"

    /// Where the key of the journal at `journalPath` lives.
    public static func path(forJournalAt journalPath: String) -> String { journalPath + ".key" }

    /// A new random key pair.
    public static func generate() -> SchoolKey {
        precondition(initialized, "libsodium failed to initialise")
        var publicKey = [UInt8](repeating: 0, count: Int(crypto_sign_PUBLICKEYBYTES))
        var secretKey = [UInt8](repeating: 0, count: Int(crypto_sign_SECRETKEYBYTES))
        _ = crypto_sign_keypair(&publicKey, &secretKey)
        return SchoolKey(publicKey: Data(publicKey), secretKey: Data(secretKey))
    }

    /// The key of the journal at `journalPath`, read from `<db>.key`.
    public static func load(forJournalAt journalPath: String) throws -> SchoolKey {
        try load(from: path(forJournalAt: journalPath))
    }

    /// The key in the file at `keyPath`; refused when missing, readable by others or damaged.
    public static func load(from keyPath: String) throws -> SchoolKey {
        var status = stat()
        guard stat(keyPath, &status) == 0 else { throw SchoolKeyError.missing(path: keyPath) }
        guard status.st_mode & 0o077 == 0 else { throw SchoolKeyError.notPrivate(path: keyPath) }
        guard let text = try? String(contentsOfFile: keyPath, encoding: .utf8) else {
            throw SchoolKeyError.damaged(path: keyPath)
        }
        let fields = Dictionary(text.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }, uniquingKeysWith: { first, _ in first })
        guard let secret = fields["secret"].flatMap(Hex.data), secret.count == Int(crypto_sign_SECRETKEYBYTES),
              let publicKey = fields["public"].flatMap(Hex.data), publicKey.count == Int(crypto_sign_PUBLICKEYBYTES)
        else { throw SchoolKeyError.damaged(path: keyPath) }
        let key = SchoolKey(publicKey: publicKey, secretKey: secret)
        // The public half is derived again from the secret: a file edited by hand is caught here,
        // not by a signature nobody can verify years later.
        guard key.derivedPublicKey() == publicKey else { throw SchoolKeyError.damaged(path: keyPath) }
        return key
    }

    /// Writes the key to `<db>.key` with mode 0600; never over an existing file.
    public func save(forJournalAt journalPath: String, schoolName: String) throws {
        let keyPath = Self.path(forJournalAt: journalPath)
        let text = """
            # \(Self.header)
            # School: \(schoolName.replacingOccurrences(of: "\n", with: " "))
            # Signs the journal's backups, archives and anchors. Keep this file secret and back it up
            # apart from the backups (see docs/operations.md). Its public half is in the database.
            public: \(publicKeyHex)
            secret: \(Hex.string(secretKey))

            """
        let fd = open(keyPath, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw SchoolKeyError.exists(path: keyPath) }
            throw SchoolKeyError.cannotWrite(path: keyPath, detail: String(cString: strerror(errno)))
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else {
            let detail = String(cString: strerror(errno))
            unlink(keyPath)
            throw SchoolKeyError.cannotWrite(path: keyPath, detail: detail)
        }
    }

    /// The detached Ed25519 signature (64 bytes) of `message`.
    public func sign(_ message: Data) -> Data {
        precondition(Self.initialized, "libsodium failed to initialise")
        var signature = [UInt8](repeating: 0, count: Int(crypto_sign_BYTES))
        message.withUnsafeBytes { bytes in
            secretKey.withUnsafeBytes { secret in
                _ = crypto_sign_detached(
                    &signature, nil, bytes.bindMemory(to: UInt8.self).baseAddress, UInt64(message.count),
                    secret.bindMemory(to: UInt8.self).baseAddress!
                )
            }
        }
        return Data(signature)
    }

    /// Whether `signature` is `publicKey`'s signature of `message`.
    public static func verify(signature: Data, message: Data, publicKey: Data) -> Bool {
        precondition(initialized, "libsodium failed to initialise")
        guard signature.count == Int(crypto_sign_BYTES), publicKey.count == Int(crypto_sign_PUBLICKEYBYTES) else { return false }
        return message.withUnsafeBytes { bytes in
            signature.withUnsafeBytes { signatureBytes in
                publicKey.withUnsafeBytes { key in
                    crypto_sign_verify_detached(
                        signatureBytes.bindMemory(to: UInt8.self).baseAddress!, bytes.bindMemory(to: UInt8.self).baseAddress,
                        UInt64(message.count), key.bindMemory(to: UInt8.self).baseAddress!
                    ) == 0
                }
            }
        }
    }

    public var publicKeyHex: String { Hex.string(publicKey) }

    /// A short form of the public key for people to compare («3f2a 9c01 …»): its first 16 bytes.
    public var fingerprint: String { Self.fingerprint(ofPublicKeyHex: publicKeyHex) }

    public static func fingerprint(ofPublicKeyHex hex: String) -> String {
        stride(from: 0, to: min(32, hex.count), by: 4).map { offset in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return String(hex[start..<hex.index(start, offsetBy: 4, limitedBy: hex.endIndex)!])
        }.joined(separator: " ")
    }

    private func derivedPublicKey() -> Data {
        var derived = [UInt8](repeating: 0, count: Int(crypto_sign_PUBLICKEYBYTES))
        secretKey.withUnsafeBytes { secret in
            _ = crypto_sign_ed25519_sk_to_pk(&derived, secret.bindMemory(to: UInt8.self).baseAddress!)
        }
        return Data(derived)
    }
}

/// Lower-case hex for keys, signatures and digests in text files.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(_ data: Data) -> String {
        var characters = [UInt8]()
        characters.reserveCapacity(data.count * 2)
        for byte in data {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// The bytes of `text`, or nil when it is not an even number of hex digits.
    public static func data(_ text: String) -> Data? {
        let bytes = Array(text.utf8)
        guard bytes.count % 2 == 0 else { return nil }
        var data = Data(capacity: bytes.count / 2)
        var index = 0
        while index < bytes.count {
            guard let high = value(bytes[index]), let low = value(bytes[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
