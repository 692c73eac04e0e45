import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh year close` and `ezh year start`: the year rollover, in two steps so that the old year
/// can be checked once it is closed and before the next one begins.
struct Year: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Closes the school year and starts the next one.",
        discussion: """
            `ezh year close` closes the current year once all its periods are closed (it lists the open \
            ones otherwise); the closed year stays in the file, read-only, and can be viewed in the journal. \
            `ezh year start` then creates the next year: classes move up a grade (5А → 6А, same letter, \
            class teacher and room), the eleventh grade leaves under --leavers-order, everyone else \
            continues in the new class from its first day, and curriculum, subgroups, teachings and the \
            grades' period schemes are carried over for editing. Import the new year's calendar and \
            timetable afterwards. Both need the deputy or the administrator.
            """,
        subcommands: [Close.self, Start.self, List.self]
    )

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Closes the current school year (all periods closed).")

        @OptionGroup var signIn: SignInOptions

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let year = try service.closeYear(session)
                print("Учебный год \(year.name) закрыт; он доступен для просмотра.")
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Starts the next school year after the last one was closed.",
            usage: "ezh year start [2027/2028] --from 01.09.2027 --to 31.08.2028 --leavers-order 77-о --login LOGIN"
        )

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The new year's name, e.g. 2027/2028 (default: the year after the last one).") var name: String?
        @Option(help: "The new year's first day.") var from: String
        @Option(help: "The new year's last day.") var to: String
        @Option(help: "The order by which the eleventh grade leaves the school.") var leaversOrder: String = ""
        @Flag(help: "The ninth grade finishes school too (an основная школа).") var ninthGradeLeaves = false

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let span = DateSpan(try CommandDate.parse(from, option: "--from"), try CommandDate.parse(to, option: "--to"))
                let following = try service.schoolYears().last.flatMap { AcademicYearName.next(after: $0.name) }
                guard let name = name ?? following else {
                    throw JournalError.invalidInput(field: BilingualText("Название года", "Year name"), problem: BilingualText(
                        "не выводится из названия прошлого года; укажите его, например 2027/2028",
                        "cannot be worked out from last year's name; give it, e.g. 2027/2028"
                    ))
                }
                let report = try service.startYear(
                    session, name: name, span: span, leaversOrder: leaversOrder, ninthGradeLeaves: ninthGradeLeaves
                )
                print("Учебный год \(report.year.name) начат (\(span.first.russian)–\(span.last.russian)).")
                for promoted in report.promoted {
                    print("  \(promoted.from) → \(promoted.to): учеников \(promoted.pupils)")
                }
                if !report.leavingClasses.isEmpty {
                    let classes = report.leavingClasses.map(\.description).joined(separator: ", ")
                    print("  выпуск \(classes): учеников \(report.leavers), приказ \(leaversOrder)")
                }
                print("Перенесено: строк учебного плана \(report.curriculumRows), нагрузок \(report.teachings).")
                print("Дальше: импортируйте календарь и расписание нового года.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the school years in the file.")

        @Option(help: "The journal database file.") var db: String?

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let service = try ShellService.open(path)
                let current = try service.currentYear()
                for year in try service.schoolYears() {
                    let state = year.isClosed ? "закрыт" : (year.id == current?.id ? "текущий" : "открыт")
                    print("\(year.name)\t\(year.span.first.russian)–\(year.span.last.russian)\t\(state)")
                }
            }
        }
    }
}
