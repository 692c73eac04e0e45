import CSodium
import Foundation

/// Argon2id password hashes through libsodium, at its INTERACTIVE limits (about 70 ms here).
/// The encoded string carries its own salt and parameters.
public enum PasswordHasher {
    private static let initialized: Bool = sodium_init() >= 0

    public static func hash(_ password: String) -> String {
        precondition(initialized, "libsodium failed to initialise")
        var output = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let bytes = password.utf8CString
        let result = bytes.withUnsafeBufferPointer { chars in
            crypto_pwhash_str(
                &output, chars.baseAddress!, UInt64(chars.count - 1),
                UInt64(crypto_pwhash_OPSLIMIT_INTERACTIVE), Int(crypto_pwhash_MEMLIMIT_INTERACTIVE)
            )
        }
        precondition(result == 0, "Argon2id ran out of memory")
        let encoded = output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: encoded, as: UTF8.self)
    }

    public static func verify(_ password: String, against encoded: String) -> Bool {
        precondition(initialized, "libsodium failed to initialise")
        let bytes = password.utf8CString
        return bytes.withUnsafeBufferPointer { chars in
            crypto_pwhash_str_verify(encoded, chars.baseAddress!, UInt64(chars.count - 1)) == 0
        }
    }

    /// True when the hash was made with other parameters than today's: rehash on next login.
    public static func needsRehash(_ encoded: String) -> Bool {
        crypto_pwhash_str_needs_rehash(
            encoded, UInt64(crypto_pwhash_OPSLIMIT_INTERACTIVE), Int(crypto_pwhash_MEMLIMIT_INTERACTIVE)
        ) != 0
    }
}
