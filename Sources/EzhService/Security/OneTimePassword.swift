import CSodium

/// One-time passwords for new and reset accounts: 10 characters from an alphabet without
/// look-alikes (no 0/O, 1/l/I), so they can be read off a printed slip.
enum OneTimePassword {
    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func make(length: Int = 10) -> String {
        precondition(sodium_init() >= 0, "libsodium failed to initialise")
        return String((0..<length).map { _ in alphabet[Int(randombytes_uniform(UInt32(alphabet.count)))] })
    }
}
