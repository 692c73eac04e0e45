import EzhCore
import EzhService
import HTTPTypes
import Hummingbird

/// Sign-in, sign-out and the password change: the terminals' accounts, policy and lockout
/// (`JournalService.signIn`), with a server-side session behind a cookie.
extension WebApp {
    func addSignInRoutes(_ router: Router<WebContext>) {
        router.get("/login") { request, context in
            if try await self.signedIn(request, context) != nil { return WebResponses.redirect("/") }
            return self.signInPage(language: Self.language(request))
        }
        router.post("/login") { request, context in try await self.signIn(request, context) }
        router.post("/logout") { request, context in
            guard let visitor = try await self.signedIn(request, context) else { return WebResponses.redirect("/login") }
            let form = try await Self.form(request, context)
            guard self.formIsGenuine(form, visitor) else { return self.formExpired(visitor.text, visitor) }
            try await Blocking.run { try visitor.service.closeWebSession(token: visitor.token, visitor.session) }
            return WebResponses.redirect("/login", headers: [.setCookie: Self.clearCookie(Self.sessionCookie)])
        }
        router.get("/password") { request, context in
            try await self.withFamily(request, context, allowingPasswordChange: true) { visitor in
                self.passwordPage(visitor, problem: nil)
            }
        }
        router.post("/password") { request, context in
            try await self.withFamily(request, context, allowingPasswordChange: true) { visitor in
                try await self.changePassword(request, context, visitor)
            }
        }
    }

    static func language(_ request: Request) -> Language {
        query(request)["lang"] == "en" ? .en : .ru
    }

    /// The sign-in form. Before a session exists, its CSRF token is a random value in a cookie
    /// of its own that the form repeats (a page elsewhere can post the form but not read the cookie).
    func signInPage(language: Language, problem: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let text = WebText(language: language)
        let token = JournalService.randomToken()
        let other = text.otherLanguageLink
        let body = """
            \(problem.map { WebResponses.message($0) } ?? "")
            <form method="post" action="/login\(language == .en ? "?lang=en" : "")" class="stack">
            <input type="hidden" name="csrf" value="\(token)">
            <label>\(HTML.escape(text.login))<input name="login" autocomplete="username" autocapitalize="none" required></label>
            <label>\(HTML.escape(text.password))<input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">\(HTML.escape(text.signIn))</button>
            </form>
            <p class="legend">\(HTML.escape(text.signInHint))</p>
            <p><a href="\(other.href)">\(other.label)</a></p>
            """
        return WebResponses.page(
            text, title: text.signInTitle, school: journal.schoolName, body: body, status: status,
            headers: [.setCookie: Self.signInCookie(token)]
        )
    }

    private func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
        let language = Self.language(request)
        let text = WebText(language: language)
        let form = try await Self.form(request, context)
        guard let expected = RequestCookies(header: request.headers[.cookie])[Self.signInCookie],
              JournalService.tokensMatch(form["csrf"] ?? "", expected)
        else { return signInPage(language: language, problem: text.formExpired, status: .forbidden) }
        let service = try service(for: request, context)
        let login = form["login"] ?? "", password = form["password"] ?? ""
        let session: Session
        do {
            session = try await Blocking.run { try service.signIn(login: login, password: password) }
        } catch let error as JournalError {
            return signInPage(language: language, problem: error.message(in: language), status: .unauthorized)
        }
        guard session.has(.parent) || session.has(.pupil) else {
            service.signOut(session)
            return signInPage(language: language, problem: text.familiesOnly, status: .forbidden)
        }
        let policy = policy
        let token = try await Blocking.run { try service.openWebSession(session, policy: policy) }
        var headers = HTTPFields()
        headers.append(HTTPField(name: .setCookie, value: sessionCookie(token)))
        headers.append(HTTPField(name: .setCookie, value: Self.clearCookie(Self.signInCookie)))
        return WebResponses.redirect(session.mustChangePassword ? "/password" : "/", headers: headers)
    }

    func passwordPage(_ visitor: SignedIn, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        let text = visitor.text
        let body = """
            \(visitor.session.mustChangePassword ? WebResponses.message(text.changePasswordFirst, kind: "notice") : "")
            \(problem.map { WebResponses.message($0) } ?? "")
            <form method="post" action="/password" class="stack">\(visitor.formTokenField)
            <label>\(HTML.escape(text.oldPassword))<input name="old" type="password" autocomplete="current-password" required></label>
            <label>\(HTML.escape(text.newPassword))<input name="new" type="password" autocomplete="new-password" required></label>
            <label>\(HTML.escape(text.repeatPassword))<input name="repeat" type="password" autocomplete="new-password" required></label>
            <button type="submit">\(HTML.escape(text.save))</button>
            </form>
            """
        return WebResponses.page(
            text, title: text.changePasswordTitle, school: journal.schoolName, signedIn: visitor, body: body, status: status
        )
    }

    private func changePassword(_ request: Request, _ context: WebContext, _ visitor: SignedIn) async throws -> Response {
        let form = try await Self.form(request, context)
        guard formIsGenuine(form, visitor) else { return formExpired(visitor.text, visitor) }
        let old = form["old"] ?? "", new = form["new"] ?? ""
        guard new == form["repeat"] else { return passwordPage(visitor, problem: visitor.text.passwordsDiffer, status: .badRequest) }
        do {
            try await Blocking.run {
                _ = try visitor.service.changePassword(visitor.session, old: old, new: new)
                try visitor.service.closeOtherWebSessions(visitor.session, keeping: visitor.token)
            }
        } catch let error as JournalError {
            return passwordPage(visitor, problem: error.message(in: visitor.session.language), status: .badRequest)
        }
        return WebResponses.redirect("/")
    }

    func formExpired(_ text: WebText, _ visitor: SignedIn?) -> Response {
        WebResponses.page(
            text, title: text.formExpired, school: journal.schoolName, signedIn: visitor,
            body: "<p><a href=\"/\">\(HTML.escape(text.backHome))</a></p>", status: .forbidden
        )
    }
}
