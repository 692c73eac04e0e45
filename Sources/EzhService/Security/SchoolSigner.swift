import EzhCore
import Foundation

extension JournalService {
    /// The school's signing key when this machine holds it: the key file next to the journal
    /// (`<journal>.key`, readable by its owner only). Nil when there is none, as on a copy.
    func schoolSigner() throws -> (any LogSigner)? {
        let path = store.path + ".key"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let secret = LogSignature.bytes(hex: text) ?? Array(data)
        guard let signer = Ed25519LogSigner(secretKey: secret) else {
            throw JournalError.invalidInput(field: .verbatim(path), problem: BilingualText(
                "это не ключ школы (ожидается секретный ключ Ed25519)", "this is not the school's key (an Ed25519 secret key is expected)"
            ))
        }
        return signer
    }

    /// The school's public key, hex, that every anchor must be signed with: the key file's
    /// public half when this machine holds it; nil otherwise (then each anchor is judged by the
    /// key it names).
    func schoolPublicKey() -> String? {
        (try? schoolSigner())??.publicKeyHex
    }
}
