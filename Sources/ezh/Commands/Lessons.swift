import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh lessons generate`: the year's lessons made again from the timetable, the calendar and the
/// bells. Imports of those files do it themselves; this is for after a change by other means.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes the year's lessons from the timetable, the calendar and the bells.",
        subcommands: [Generate.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Makes the lessons again from a day on (default: today, or the year's first day).",
            discussion: """
                Adds the lessons the timetable calls for, gives kept lessons new times, rooms or teachers, and \
                removes empty lessons it no longer calls for. Lessons added or moved by hand are left alone, \
                and a cancelled lesson is not made again. When a lesson that already has marks, attendance, a \
                topic or homework would go, or a lesson has no bell time, nothing is changed: the lessons are \
                listed on stderr and the command exits 1.
                """
        )

        @Option(help: "The first day to make lessons for, YYYY-MM-DD (default: today).")
        var from: String?

        @Flag(help: "Say what would change; change nothing.")
        var dryRun = false

        @Option(help: "The journal database file.")
        var db: String?

        @Option(help: "The account (deputy or administrator).")
        var login: String

        @Flag(help: "Read the password from standard input instead of the terminal.")
        var passwordStdin = false

        @Option(help: "The language of messages: ru or en.")
        var lang: Language = .ru

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(language: lang, database: path) {
                let day = try from.map { text in
                    guard let day = LocalDate(iso: text), day.isWithinTypedYears else {
                        throw JournalError.invalidInput(field: .verbatim("--from"), problem: BilingualText(
                            "ожидается день «ГГГГ-ММ-ДД»", "expected a day as YYYY-MM-DD"))
                    }
                    return day
                }
                let service = try ShellService.open(path)
                let session = try ShellSignIn.session(service, login: login, passwordFromStdin: passwordStdin)
                defer { service.signOut(session) }
                let report = try service.generateLessons(session, from: day, dryRun: dryRun)
                guard report.isAccepted else {
                    let lines = (report.refusal.map { [$0] } ?? []) + report.missingBells
                    FileHandle.standardError.write(Data(lines.map { "ezh: " + $0.text(in: lang) + "\n" }.joined().utf8))
                    throw ExitCode.failure
                }
                guard report.from != nil else {
                    print(lang == .ru ? "В журнале нет открытого учебного года с расписанием." : "The journal has no open school year with a timetable.")
                    return
                }
                var text = report.summary.text(in: lang)
                if dryRun { text += lang == .ru ? " (пробная проверка: ничего не записано)" : " (dry run: nothing was written)" }
                print(text)
            }
        }
    }
}
