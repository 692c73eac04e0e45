import EzhCore
import EzhService
import HTTPTypes
import Hummingbird

/// The responses the web diary sends: whole HTML pages, redirects after a form, a PDF.
enum WebResponses {
    static func page(
        _ text: WebText, title: String, school: String, signedIn: SignedIn? = nil, nav: String = "", body: String,
        status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]
    ) -> Response {
        var header = "<header><span class=\"school\">\(HTML.escape(school))</span>"
        if let signedIn {
            header += """
                <form method="post" action="/logout" class="signout">\(signedIn.formTokenField)\
                <span class="who">\(HTML.escape(signedIn.session.displayName))</span> \
                <button type="submit">\(HTML.escape(text.signOut))</button></form>
                """
        }
        header += "</header>"
        let html = """
            <!doctype html>
            <html lang="\(text.language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · \(HTML.escape(text.diary))</title>
            <link rel="stylesheet" href="/style.css"></head>
            <body>\(header)\(nav)<main><h1>\(HTML.escape(title))</h1>
            \(body)</main></body></html>
            """
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// "See other": the answer to every successful form, so a reload never posts twice.
    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    static func pdf(_ bytes: [UInt8], name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// One answer for a page that does not exist and one that is not the visitor's: a
    /// tampered address learns nothing, not even whether the pupil exists.
    static func notFound(_ text: WebText, school: String, signedIn: SignedIn?) -> Response {
        page(
            text, title: text.notFound, school: school, signedIn: signedIn,
            body: "<p><a href=\"/\">\(HTML.escape(text.backHome))</a></p>", status: .notFound
        )
    }

    static func message(_ text: String, kind: String = "error") -> String {
        "<p class=\"\(kind)\" role=\"alert\">\(HTML.escape(text))</p>"
    }
}

/// A visitor with a live session: who, which service (their address's), and the session's
/// cookie token, from which the forms' CSRF token is derived.
struct SignedIn: Sendable {
    let session: Session
    let service: JournalService
    let token: String

    var text: WebText { WebText(language: session.language) }
    var formToken: String { JournalService.formToken(forWebSession: token) }
    var formTokenField: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(formToken)\">" }
}
