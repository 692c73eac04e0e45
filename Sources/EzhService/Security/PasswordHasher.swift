import CSodium
import Foundation

/// Argon2id password hashes through libsodium with OWASP's recommended minimum: 19 MiB of
/// memory, 2 passes, 1 lane. libsodium's INTERACTIVE limits take 64 MiB per hash; on a staff-room
/// server where thirty teachers sign in before the first bell that is 2 GB at once, and a
/// signed-in ezh process would peak at three times its working size. The encoded string carries
/// its salt and parameters, and hashes made with other parameters are redone at sign-in.
public enum PasswordHasher {
    private static let initialized: Bool = sodium_init() >= 0
    static let opsLimit: UInt64 = 2
    static let memLimit = 19 * 1024 * 1024

    public static func hash(_ password: String) -> String {
        hash(password, opsLimit: opsLimit, memLimit: memLimit)
    }

    static func hash(_ password: String, opsLimit: UInt64, memLimit: Int) -> String {
        precondition(initialized, "libsodium failed to initialise")
        var output = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let bytes = password.utf8CString
        let result = bytes.withUnsafeBufferPointer { chars in
            crypto_pwhash_str(
                &output, chars.baseAddress!, UInt64(chars.count - 1), opsLimit, memLimit
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
        crypto_pwhash_str_needs_rehash(encoded, opsLimit, memLimit) != 0
    }
}
