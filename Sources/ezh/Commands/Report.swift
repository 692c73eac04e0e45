import ArgumentParser
import EzhCore
import EzhReports
import EzhService
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `ezh report`: the school's printed reports from the shell, signed in as the person who may
/// produce them (the service refuses everyone else, and logs each report in the access log).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes a report as PDF, CSV, XLSX or text.",
        subcommands: [List.self, MonthlyAttendance.self, ParentLetters.self]
    )

    /// The reports `ezh report` makes, with who may produce them.
    static let catalogue: [(name: String, title: String, roles: String)] = [
        ("monthly-attendance", "Посещаемость за месяц", "классный руководитель своего класса, завуч, директор"),
        ("parent-letters", "Информационные письма для родителей", "классный руководитель своего класса, завуч, директор"),
    ]

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the reports and who may produce them.")

        func run() {
            for entry in Report.catalogue {
                print("\(entry.name)\t\(entry.title)\t(\(entry.roles))")
            }
        }
    }

    struct MonthlyAttendance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "monthly-attendance",
            abstract: "«Посещаемость за месяц» of a class: pupils × days, lessons missed, of which for illness, whole days.",
            discussion: "For the class's class teacher, the deputy and the director. Writes the file with mode 0600 and never over the journal."
        )

        @Option(help: "The month, YYYY-MM.")
        var month: String

        @OptionGroup var report: ReportOfAClass

        func run() throws {
            try report.make {
                let (year, number) = try Self.month(month)
                return { service, session, classID in
                    let document = try service.monthlyAttendanceReport(session, classID: classID, year: year, month: number)
                    return (try report.format.render(document), "посещаемость за месяц \(report.className) \(month)", document.bodyRows.count)
                }
            }
        }

        static func month(_ text: String) throws -> (year: Int, month: Int) {
            let parts = text.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), parts[0].count == 4 else {
                throw JournalError.invalidInput(field: .verbatim("--month"), problem: BilingualText(
                    "«\(text)»: ожидается месяц ГГГГ-ММ, например 2026-11", "“\(text)”: expected a month YYYY-MM, e.g. 2026-11"))
            }
            return (year, number)
        }
    }
}

extension Report {
    struct ParentLetters: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parent-letters",
            abstract: "«Информационные письма для родителей» of a class for a period: two letters to an A4 sheet, to cut out.",
            discussion: "Per pupil: each subject's marks of the period, the weighted average and the period mark, the lessons missed, the class teacher's and the parent's signature lines. PDF prints the letters; CSV, XLSX and text give one table of them all."
        )

        @Option(help: "The period's number: 1–4 for quarters, 1–2 for half-years.")
        var period: Int

        @OptionGroup var report: ReportOfAClass

        func run() throws {
            try report.make {
                { service, session, classID in
                    let made = try service.parentLetters(session, classID: classID, period: period)
                    let bytes = report.format == .pdf
                        ? try PDFRenderer().renderSheets(made.letters, perSheet: 2) : try report.format.render(made.table)
                    return (bytes, "письма родителям \(report.className) период \(period)", made.letters.count)
                }
            }
        }
    }
}

/// What every report of a class takes: the class, the file and its format, the sign-in; and the
/// one order they are used in: the output checked before any work, the report's own arguments,
/// the sign-in, the class found, the report made and delivered.
struct ReportOfAClass: ParsableArguments {
    /// Makes a report's bytes, with what the access log calls the export and how many rows it has.
    typealias Maker = (JournalService, Session, ClassID) throws -> (bytes: [UInt8], what: String, rows: Int)

    @Option(name: .customLong("class"), help: "The class, e.g. 5А.")
    var className: String

    @Option(help: "The file's format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .pdf

    @Option(name: .shortAndLong, help: "The file to write (\"-\" prints text or CSV to standard output).")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var signIn: SignInOptions

    @Option(help: "The language of messages: ru or en.")
    var lang: Language = .ru

    /// `prepare` checks the report's own arguments (before the password is asked) and returns its maker.
    func make(_ prepare: () throws -> Maker) throws {
        let path = signIn.path
        try reportingFailures(language: lang, database: path) {
            let destination = ReportOutput(path: output, format: format, replacing: force, journal: path)
            try destination.check()
            let maker = try prepare()
            let (service, session) = try signIn.signIn()
            defer { service.signOut(session) }
            guard let classID = try service.classID(named: className) else {
                throw JournalError.notFound(BilingualText("класс «\(className)»", "class “\(className)”"))
            }
            let made = try maker(service, session, classID)
            try destination.deliver(made.bytes, service: service, session: session, what: made.what, rows: made.rows)
        }
    }
}

/// Where a report's bytes go: a file the user named (through `ExportFiles`: 0600, never over the
/// journal; the path printed and the export logged), or standard output for text and CSV.
struct ReportOutput {
    let path: String
    let format: ReportFormat
    let replacing: Bool
    let journal: String

    var isStandardOutput: Bool { path == "-" }

    /// Refuses, before any work, binary output to a terminal or pipe and a file that may not be written.
    func check() throws {
        if isStandardOutput {
            guard format == .text || format == .csv else {
                throw JournalError.invalidInput(field: .verbatim("-o"), problem: BilingualText(
                    "\(format.rawValue.uppercased()) пишется только в файл: укажите -o ФАЙЛ.\(format.fileExtension)",
                    "\(format.rawValue.uppercased()) is written to a file only: give -o FILE.\(format.fileExtension)"))
            }
            return
        }
        try ExportFiles(journalPath: journal).check(path, replacing: replacing)
    }

    func deliver(_ bytes: [UInt8], service: JournalService, session: Session, what: String, rows: Int) throws {
        if isStandardOutput {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let written = try ExportFiles(journalPath: journal).write(bytes: bytes, to: path, replacing: replacing)
        service.recordExport(session, what: what, rows: rows, path: written)
        print(written)
    }
}
