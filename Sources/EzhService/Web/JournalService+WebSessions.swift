import CSodium
import EzhCore
internal import EzhStore
import Foundation

/// How long a web diary session lasts: it ends after `idleMinutes` without a request, and in any
/// case `absoluteHours` after sign-in (a phone left signed in on a bus is not signed in forever).
public struct WebSessionPolicy: Sendable, Hashable {
    public let idleMinutes: Int
    public let absoluteHours: Int

    public init(idleMinutes: Int = 30, absoluteHours: Int = 12) {
        self.idleMinutes = idleMinutes
        self.absoluteHours = absoluteHours
    }
}

extension JournalService {
    /// The same journal seen from another terminal: the web server makes one per client address,
    /// so every entry it writes names "web (address)" and the terminal lockout counts per address.
    package func seen(from terminal: TerminalInfo) throws -> JournalService {
        try JournalService(store: store, clock: clock, terminal: terminal)
    }

    /// Starts a web session for a person who has just signed in: returns the token for the cookie.
    /// Only its hash is stored. Ended sessions of anyone are dropped on the way.
    public func openWebSession(_ session: Session, policy: WebSessionPolicy) throws -> String {
        let token = Self.randomToken()
        let now = now()
        try translatingWrite { db in
            try WebSessionQueries.deleteEnded(
                now: InstantFormat.string(now),
                idleSince: InstantFormat.string(now.addingTimeInterval(-Double(policy.idleMinutes * 60))), db
            )
            try WebSessionQueries.insert(
                tokenHash: Self.tokenHash(token), account: session.accountID, at: InstantFormat.string(now),
                expiresAt: InstantFormat.string(now.addingTimeInterval(Double(policy.absoluteHours * 3600))), db
            )
        }
        return token
    }

    /// The person behind a web session's token, read fresh (roles, a forced password change, a
    /// disabled account), or nil when the token is unknown, ended or idle too long. A request
    /// keeps the session alive: its last use is written at most once a minute.
    public func webSession(token: String, policy: WebSessionPolicy) throws -> Session? {
        guard Self.isWellFormed(token) else { return nil }
        let hash = Self.tokenHash(token)
        let now = now()
        let found = try read { db -> WebSessionLookup in
            guard let row = try WebSessionQueries.session(tokenHash: hash, db) else { return .unknown }
            guard let expires = InstantFormat.date(row.expiresAt), let lastSeen = InstantFormat.date(row.lastSeenAt),
                  now < expires, now.timeIntervalSince(lastSeen) < Double(policy.idleMinutes * 60),
                  let account = try AccountQueries.account(id: row.accountID, db), !account.isDisabled
            else { return .ended }
            return .live(try makeSession(for: account, db), lastSeen: lastSeen)
        }
        switch found {
        case .unknown:
            // Nothing to write: a stale cookie sent again and again costs no write each time.
            return nil
        case .ended:
            try translatingWrite { try WebSessionQueries.delete(tokenHash: hash, $0) }
            return nil
        case .live(let session, let lastSeen):
            if now.timeIntervalSince(lastSeen) >= 60 {
                try translatingWrite { try WebSessionQueries.touch(tokenHash: hash, at: InstantFormat.string(now), $0) }
            }
            return session
        }
    }

    /// Signs out of the web: the session's row goes, the sign-out is logged.
    public func closeWebSession(token: String, _ session: Session) throws {
        guard Self.isWellFormed(token) else { return }
        try translatingWrite { try WebSessionQueries.delete(tokenHash: Self.tokenHash(token), $0) }
        signOut(session)
    }

    /// After a password change on the web, the person's other web sessions end.
    public func closeOtherWebSessions(_ session: Session, keeping token: String) throws {
        try translatingWrite {
            try WebSessionQueries.deleteAll(of: session.accountID, except: Self.tokenHash(token), $0)
        }
    }

    /// The CSRF token of a web session's forms: a keyed BLAKE2b of the session token, so the
    /// server keeps nothing more and a page of one session is no use to another.
    public static func formToken(forWebSession token: String) -> String {
        hexDigest(of: Array("ezh-web-form".utf8), key: Array(token.utf8))
    }

    /// 32 random bytes from libsodium, as 64 hex digits.
    public static func randomToken() -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        randombytes_buf(&bytes, bytes.count)
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two tokens in constant time.
    public static func tokensMatch(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count, !left.isEmpty else { return false }
        return sodium_memcmp(left, right, left.count) == 0
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    static func tokenHash(_ token: String) -> String {
        hexDigest(of: Array(token.utf8), key: [])
    }

    private static func hexDigest(of bytes: [UInt8], key: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        key.withUnsafeBufferPointer { keyBytes in
            _ = crypto_generichash(&digest, digest.count, bytes, UInt64(bytes.count), key.isEmpty ? nil : keyBytes.baseAddress, key.count)
        }
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

/// What a web session's token leads to.
private enum WebSessionLookup {
    /// No such session (never was, or already dropped).
    case unknown
    /// Ended (absolute expiry, idle too long, account disabled): its row is dropped.
    case ended
    case live(Session, lastSeen: Date)
}
