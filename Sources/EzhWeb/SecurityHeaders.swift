import HTTPTypes
import Hummingbird

/// Every answer gets the headers that keep a page from being framed, sniffed, cached or made to
/// load anything from elsewhere; an address with no page gets the diary's own "not found".
struct SecurityHeaders: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    static let fields: [(HTTPField.Name, String)] = [
        (HTTPField.Name("Content-Security-Policy")!,
         "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
        (HTTPField.Name("Permissions-Policy")!, "camera=(), microphone=(), geolocation=()"),
        (HTTPField.Name("Cross-Origin-Opener-Policy")!, "same-origin"),
        // Meaningful once nginx serves it over TLS (docs/operations.md); browsers ignore it over http.
        (HTTPField.Name("Strict-Transport-Security")!, "max-age=31536000"),
    ]

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            let visitor = try? await app.signedIn(request, context)
            response = WebResponses.notFound(visitor?.text ?? WebText(language: .ru), school: app.journal.schoolName, signedIn: visitor)
        }
        for (name, value) in Self.fields { response.headers[name] = value }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
