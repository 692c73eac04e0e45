import EzhCore
import EzhService
import EzhStore
import EzhTUI
import Foundation
import GRDB

/// Sign-in and the screens that read much, through the real interface in this process: the
/// deputy's access report and overview, the administrator's access log, the parent's diary.
/// Each is interleaved with a baseline where one exists: the plain SQL of the same rows, or
/// the password hash check itself.
struct ReadBenchmarks {
    let service: JournalService
    /// The service's own store: the plain-SQL baselines read on its warm connections.
    let store: JournalStore
    let facts: SchoolFacts
    let counts: SampleCounts
    let keymaps: KeymapLoader

    /// Rows of the access log a 100×30 screen lists at once.
    static let visibleLogRows = 25

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("sign-in")
        var results = [try signIn()]
        progress("access report")
        results += try accessReport()
        progress("access log")
        results += try accessLog()
        progress("overview F9")
        results.append(try teachersDue())
        progress("diary")
        results.append(try diary())
        return results
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T { try store.pool.read(body) }

    /// Login, Tab, password, Enter, and the start screen drawn; F12 locks again (not measured).
    /// Against checking the password's Argon2id hash alone.
    private func signIn() throws -> BenchmarkResult {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("teacher"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as teacher")
        ui.act(UserKeys.lock)
        guard let hash = try read({ try String.fetchOne($0, sql: "SELECT password_hash FROM account WHERE login = 'teacher'") }) else {
            throw Interface.Unexpected(description: "no account «teacher»")
        }
        let (measured, baseline) = try Samples.interleaved(counts.slow, {
            ui.act(UserKeys.signIn("teacher"))
        }, after: {
            ui.act(UserKeys.lock)
        }, baseline: {
            guard PasswordHasher.verify(UserKeys.password, against: hash) else {
                throw Interface.Unexpected(description: "the demo password does not match teacher's hash")
            }
        })
        return BenchmarkResult(
            name: "sign in to the start screen (UI)", measured: measured, baseline: baseline,
            baselineName: "Argon2id check alone", budget: .none
        )
    }

    /// F3 opens the report (every entry, as it opens today), once; then the class and the quarter
    /// are typed into its filter, and the filter applied again and again (F2, Enter).
    private func accessReport() throws -> [BenchmarkResult] {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("deputy"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as deputy")
        let clock = ContinuousClock()
        let start = clock.now
        try ui.act(UserKeys.accessReport, expecting: ScreenText.accessReport, what: "F3 on the deputy's start screen")
        let firstOpen = Samples([clock.now - start])
        let quarter = facts.reportQuarter.span
        try ui.act(UserKeys.filterReport(className: facts.className, from: quarter.first.russian, to: quarter.last.russian),
                   expecting: ScreenText.filter(facts.className), what: "the report's filter")
        let zone = service.timeZone
        let since = InstantFormat.string(zone.instant(quarter.first, TimeOfDay(minutes: 0)))
        let until = InstantFormat.string(zone.instant(quarter.last.adding(days: 1), TimeOfDay(minutes: 0)))
        let classID = facts.lesson.page.classID.rawValue
        let (filtered, plain) = try Samples.interleaved(counts.slow, {
            ui.act(UserKeys.reapplyFilter)
        }, baseline: {
            _ = try read { try PlainReads.accessReport(classID: classID, since: since, until: until, $0) }
        })
        return [
            BenchmarkResult(name: "access report: F3, first screen (UI)", measured: firstOpen, budget: .none),
            BenchmarkResult(
                name: "access report: a class and a quarter (UI)", measured: filtered, baseline: plain,
                baselineName: "plain SQL of the same rows", budget: .ratio(2)
            ),
            try accessReportFilter(
                "access report: days with no entries (UI)", UserKeys.filterReport(from: Self.emptyDays.first.russian, to: Self.emptyDays.last.russian),
                expecting: ScreenText.filter(Self.emptyDays.first.russian + "–" + Self.emptyDays.last.russian)
            ),
            try accessReportFilter(
                "access report: a login that never wrote (UI)", UserKeys.filterReport(login: Self.silentLogin),
                expecting: ScreenText.filter("пользователь " + Self.silentLogin)
            ),
        ]
    }

    /// Days of the summer before the school year: the log begins on 1 September.
    static let emptyDays = DateSpan(LocalDate(year: BenchmarkSchool.day.year - 1, month: 8, day: 1),
                                    LocalDate(year: BenchmarkSchool.day.year - 1, month: 8, day: 7))
    /// A login with no entries.
    static let silentLogin = "nobody"

    /// F3, then a filter with no rows typed and applied again and again (F2, Enter): before the
    /// log had an index on its time, both read the whole log. The issue wants every filter
    /// under a second.
    private func accessReportFilter(_ name: String, _ keys: [Key], expecting text: String) throws -> BenchmarkResult {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("deputy"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as deputy")
        try ui.act(UserKeys.accessReport, expecting: ScreenText.accessReport, what: "F3 on the deputy's start screen")
        try ui.act(keys, expecting: text, what: "the report's filter")
        let measured = Samples.measure(counts.slow, { ui.act(UserKeys.reapplyFilter) }, after: {})
        return BenchmarkResult(name: name, measured: measured, budget: .milliseconds(1000))
    }

    /// F5 opens the log; the class is typed into its filter; then the filter is applied again
    /// (F2, Enter), and PgDn shows the next screenful (PgUp back, not measured). Against the
    /// plain SQL of the rows on screen.
    private func accessLog() throws -> [BenchmarkResult] {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("admin"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as admin")
        try ui.act(UserKeys.accessLog, expecting: ScreenText.accessLog, what: "F5 on the administrator's start screen")
        try ui.act(UserKeys.filterLog(className: facts.className), expecting: ScreenText.filter(facts.className),
                   what: "the access log's filter")
        let classID = facts.lesson.page.classID.rawValue
        func page(_ number: Int) throws {
            _ = try read { try PlainReads.accessLogPage(classID: classID, page: number, rows: Self.visibleLogRows, $0) }
        }
        let (filtered, firstPage) = try Samples.interleaved(counts.slow, {
            ui.act(UserKeys.reapplyFilter)
        }, baseline: { try page(0) })
        let (paged, nextPage) = try Samples.interleaved(counts.slow, {
            ui.act([.pageDown])
        }, after: {
            ui.act([.pageUp])
        }, baseline: { try page(1) })
        return [
            BenchmarkResult(
                name: "access log: filter by class (UI)", measured: filtered, baseline: firstPage,
                baselineName: "plain SQL of one screenful", budget: .none
            ),
            BenchmarkResult(
                name: "access log: next page, PgDn (UI)", measured: paged, baseline: nextPage,
                baselineName: "plain SQL of one screenful", budget: .none
            ),
        ]
    }

    /// F9 on the deputy's start screen: every teacher's missing entries; Esc closes it (not
    /// measured).
    private func teachersDue() throws -> BenchmarkResult {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("deputy"), expecting: ScreenText.staffHome(school: service.schoolName), what: "signing in as deputy")
        try ui.act(UserKeys.teachersDue, expecting: ScreenText.teachersDue, what: "F9 on the deputy's start screen")
        ui.act([.escape])
        let measured = Samples.measure(counts.slow, {
            ui.act(UserKeys.teachersDue)
        }, after: {
            ui.act([.escape])
        })
        return BenchmarkResult(name: "deputy's overview, F9 (UI)", measured: measured, budget: .milliseconds(100))
    }

    /// The parent's diary: ← and → in turn load the previous and the next week (with the
    /// period's marks, averages and absences). Against the plain SQL of the same rows.
    private func diary() throws -> BenchmarkResult {
        let ui = Interface(service: service, keymaps: keymaps)
        ui.act([])
        try ui.act(UserKeys.signIn("parent"), expecting: ScreenText.diary, what: "signing in as parent")
        let pupil = facts.diaryPupil.rawValue
        let period = facts.diaryPeriod
        let thisWeek = SchoolWeek.containing(BenchmarkSchool.day)
        let lastWeek = DateSpan(thisWeek.first.adding(days: -7), thisWeek.last.adding(days: -7))
        var back = false
        var plainBack = false
        let (measured, baseline) = try Samples.interleaved(counts.fast, {
            back.toggle()
            ui.act([back ? .left : .right])
        }, baseline: {
            plainBack.toggle()
            _ = try read { try PlainReads.diary(pupil: pupil, period: period, week: plainBack ? lastWeek : thisWeek, $0) }
        })
        return BenchmarkResult(
            name: "diary: another week (UI)", measured: measured, baseline: baseline,
            baselineName: "plain SQL of the same rows", budget: .none
        )
    }
}
