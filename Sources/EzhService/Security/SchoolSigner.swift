import EzhCore
import Foundation

extension JournalService {
    /// The school's signing key when this machine holds it (`<db>.key`); nil when there is no
    /// key file, as on a terminal or a copy. A key file that is there but unusable (readable by
    /// others, damaged, another journal's) is refused with its reason.
    func schoolSigner() throws -> (any LogSigner)? {
        guard FileManager.default.fileExists(atPath: schoolKeyPath) else { return nil }
        return try signingKey()
    }

    /// The public keys an anchor may be signed with: every key the journal records and the key
    /// file's, when readable. Empty for a journal from before the keys: each anchor is then
    /// judged by the key it names.
    func trustedAnchorKeys() throws -> Set<String> {
        var keys = Set(try schoolPublicKeys().map(\.hex))
        if let file = try? SchoolKey.load(forJournalAt: store.path) { keys.insert(file.publicKeyHex) }
        return keys
    }
}
