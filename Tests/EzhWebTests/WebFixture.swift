import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation
import HTTPTypes
import Hummingbird
@testable import EzhWeb

/// A small demo school (one or two classes a grade, 4-5 pupils each) on a manual clock, served
/// by the web diary in-process. Made once per test process and copied per test, since a demo
/// school takes a while to make.
final class WebFixture: @unchecked Sendable {
    static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    static let today = LocalDate(year: 2026, month: 11, day: 27)
    static let now = zone.instant(today, TimeOfDay(hour: 15, minute: 0))
    static let policy = WebSessionPolicy(idleMinutes: 30, absoluteHours: 12)

    let directory: URL
    let store: JournalStore
    let clock: ManualClock
    let service: JournalService
    let app: WebApp

    private static let template: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-web-template-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("journal.sqlite").path
        let store = try! createDemoSchool(at: path, now: now, size: DemoSize(
            classesPerGrade: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1], pupilsPerClass: 4...5
        ))
        try! store.checkpoint()
        return path
    }()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("journal.sqlite").path
        try FileManager.default.copyItem(atPath: Self.template, toPath: path)
        store = try JournalStore(path: path)
        clock = ManualClock(Self.now)
        service = try JournalService(store: store, clock: clock, terminal: TerminalInfo(tty: "pts/1"))
        app = WebApp(journal: service, policy: Self.policy)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Runs `body` with the web diary answering in-process.
    func serving<T: Sendable>(_ body: @Sendable (InProcessClient) async throws -> T) async throws -> T {
        try await body(InProcessClient(responder: app.router().buildResponder()))
    }

    func signIn(_ login: String, password: String = DemoSchoolGenerator.demoPassword) throws -> Session {
        try service.signIn(login: login, password: password)
    }
}

/// A browser's part of a conversation with the diary: it keeps the cookies it is given and
/// sends them back, and reads the forms' CSRF token from the last page.
final class Visitor: @unchecked Sendable {
    let client: InProcessClient
    private(set) var cookies: [String: String] = [:]
    private(set) var lastPage = ""

    init(_ client: InProcessClient) { self.client = client }

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String
        var location: String? { headers[.location] }
    }

    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil)
    }

    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil) async throws -> Page {
        var fields = fields
        if fields["csrf"] == nil { fields["csrf"] = csrf ?? formToken }
        let encoded = fields.map { "\($0.key)=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(path, method: .post, body: encoded)
    }

    /// Signs in through the form, as a person does; returns the answer to the form.
    @discardableResult
    func signIn(_ login: String, password: String = DemoSchoolGenerator.demoPassword) async throws -> Page {
        try await get("/login")
        return try await post("/login", ["login": login, "password": password])
    }

    /// The CSRF token in the last page's forms.
    var formToken: String {
        guard let range = lastPage.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(lastPage[range.upperBound...].prefix(64))
    }

    func forget(_ cookie: String) { cookies[cookie] = nil }
    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    private func send(_ path: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for cookie in response.headers[values: .setCookie] {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            cookies[name] = value.isEmpty || cookie.contains("Max-Age=0") ? nil : value
        }
        let page = Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        if page.headers[.contentType]?.hasPrefix("text/html") == true { lastPage = page.body }
        return page
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension WebFixture {
    /// The demo's own pupil account's pupil.
    var demoPupil: PupilID { (try? service.diaryPupils(signIn("pupil")).first?.id) ?? PupilID(0) }

    struct Issued {
        let holder: AccountHolder
        let credentials: Credentials
    }

    /// Every family account the demo's class teacher (5А) can issue: each pupil of the class and
    /// each of their parents, with one-time passwords. Ids are tried in turn; the service refuses
    /// those of other classes.
    func issueFamilyAccounts() throws -> [Issued] {
        let teacher = try signIn("teacher")
        var issued: [Issued] = []
        for number in Int64(1)...Int64(pupilCount + 10) {
            for holder in [AccountHolder.pupil(PupilID(number)), .parent(ParentID(number))] {
                guard let credentials = try? service.createFamilyAccount(teacher, holder: holder) else { continue }
                issued.append(Issued(holder: holder, credentials: credentials))
            }
        }
        return issued
    }

    /// Whose diary an issued account reads, as the service says.
    func pupils(of issued: Issued) throws -> [PupilID] {
        let session = try service.signIn(login: issued.credentials.login, password: issued.credentials.oneTimePassword)
        return try service.diaryPupils(session).map(\.id)
    }

    /// How many pupils the school has had (ids run 1…count).
    var pupilCount: Int {
        (try? store.pool.read { try Int.fetchOne($0, sql: "SELECT max(id) FROM pupil") }) ?? 0
    }
}
