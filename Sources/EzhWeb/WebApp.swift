import EzhCore
import EzhService
import Foundation
import HTTPTypes
import Hummingbird

/// The web diary's state shared by all requests: the journal (one service per client address,
/// so each entry names its web terminal), the session policy and whether a proxy tells the
/// client's address.
public final class WebApp: Sendable {
    let journal: JournalService
    let policy: WebSessionPolicy
    /// Behind nginx every connection comes from the proxy: its X-Real-IP then names the client
    /// (trusted only from a loopback peer, where the proxy sits).
    let trustsProxy: Bool
    /// A folder of static files served under /files/ (a school's logo; the load benchmark's baseline).
    let filesFolder: String?
    private let services: ServicesByAddress

    public init(
        journal: JournalService, policy: WebSessionPolicy = WebSessionPolicy(), trustsProxy: Bool = false, filesFolder: String? = nil
    ) {
        self.journal = journal
        self.policy = policy
        self.trustsProxy = trustsProxy
        self.filesFolder = filesFolder
        services = ServicesByAddress(journal: journal)
    }

    static let sessionCookie = "ezh_session"
    static let signInCookie = "ezh_signin"

    /// The router with every page; `WebServer` serves it, tests drive it in-process.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders(app: self))
        if let filesFolder {
            router.add(middleware: FileMiddleware(filesFolder, urlBasePath: "/files"))
        }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: StyleSheet.css))
            )
        }
        addSignInRoutes(router)
        addDiaryRoutes(router)
        addMessageRoutes(router)
        addBoardRoutes(router)
        return router
    }

    /// The service whose entries name this request's client: "web (address)".
    func service(for request: Request, _ context: WebContext) throws -> JournalService {
        try services.service(for: clientAddress(request, context))
    }

    func clientAddress(_ request: Request, _ context: WebContext) -> String {
        clientAddress(request, peer: context.peerAddress ?? "local")
    }

    func clientAddress(_ request: Request, peer: String) -> String {
        if trustsProxy, peer == "127.0.0.1" || peer == "::1",
           let forwarded = request.headers[HTTPField.Name("X-Real-IP")!], !forwarded.isEmpty, forwarded.count <= 45 {
            return forwarded
        }
        return peer
    }

    /// The visitor's live session, or nil (no cookie, an unknown, ended or idle session).
    func signedIn(_ request: Request, _ context: WebContext) async throws -> SignedIn? {
        guard let token = RequestCookies(header: request.headers[.cookie])[Self.sessionCookie] else { return nil }
        let service = try service(for: request, context)
        let policy = policy
        guard let session = try await Blocking.run({ try service.webSession(token: token, policy: policy) }) else { return nil }
        return SignedIn(session: session, service: service, token: token)
    }

    /// Runs a page for a signed-in family member: a visitor with no session goes to the sign-in
    /// page, one with a one-time password to the password page first.
    func withFamily(
        _ request: Request, _ context: WebContext, allowingPasswordChange: Bool = false,
        _ body: (SignedIn) async throws -> Response
    ) async throws -> Response {
        guard let visitor = try await signedIn(request, context) else {
            return WebResponses.redirect("/login", headers: [.setCookie: Self.clearCookie(Self.sessionCookie)])
        }
        if visitor.session.mustChangePassword && !allowingPasswordChange {
            return WebResponses.redirect("/password")
        }
        do {
            return try await body(visitor)
        } catch let error as JournalError {
            switch error {
            case .accessDenied, .notFound:
                return WebResponses.notFound(visitor.text, school: journal.schoolName, signedIn: visitor)
            case .notSignedIn:
                return WebResponses.redirect("/login", headers: [.setCookie: Self.clearCookie(Self.sessionCookie)])
            default:
                throw error
            }
        }
    }

    /// Whether a posted form carries this session's CSRF token.
    func formIsGenuine(_ form: FormFields, _ visitor: SignedIn) -> Bool {
        JournalService.tokensMatch(form["csrf"] ?? "", visitor.formToken)
    }

    static func form(_ request: Request, _ context: WebContext) async throws -> FormFields {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        return FormFields(encoded: String(buffer: body))
    }

    static func query(_ request: Request) -> FormFields {
        FormFields(encoded: request.uri.query ?? "")
    }

    func sessionCookie(_ token: String) -> String {
        "\(Self.sessionCookie)=\(token); Path=/; Max-Age=\(policy.absoluteHours * 3600); HttpOnly; Secure; SameSite=Lax"
    }

    static func signInCookie(_ token: String) -> String {
        "\(signInCookie)=\(token); Path=/login; Max-Age=3600; HttpOnly; Secure; SameSite=Strict"
    }

    static func clearCookie(_ name: String) -> String {
        "\(name)=; Path=\(name == signInCookie ? "/login" : "/"); Max-Age=0; HttpOnly; Secure; SameSite=Lax"
    }
}

/// One service per client address, made once: the access log and the lockout then name the
/// web client. The map is bounded; when full it starts again (a service is cheap to make).
final class ServicesByAddress: Sendable {
    private let journal: JournalService
    private let services = LockedValue<[String: JournalService]>([:])

    init(journal: JournalService) { self.journal = journal }

    func service(for address: String) throws -> JournalService {
        if let known = services.withValue({ $0[address] }) { return known }
        let made = try journal.seen(from: TerminalInfo(tty: "web", remoteAddress: address))
        services.withValue { map in
            if map.count >= 4096 { map.removeAll() }
            map[address] = made
        }
        return made
    }
}

/// A value behind a lock, for the few pieces of state requests share.
final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withValue<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
