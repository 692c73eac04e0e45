import ArgumentParser
import EzhCore
import EzhReports
import EzhService
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `ezh report`: the school's printed reports from the shell, signed in as the person who may
/// produce them (the service refuses everyone else, and logs each report in the access log).
/// Every report of the catalogue is `ezh report <name>`, so a report added to the catalogue needs
/// no command of its own.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes a report as PDF, CSV, XLSX or text.",
        discussion: "ezh report list names the reports and who may produce them; ezh report NAME --class … makes one.",
        subcommands: [List.self, Make.self],
        defaultSubcommand: Make.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the reports, what each needs and who may produce them.")

        func run() {
            for kind in ReportKind.all {
                let needs = kind.needs.map { "--\($0.rawValue)" }.joined(separator: " ")
                let roles = kind.audience.sorted().map(\.rawValue).joined(separator: ",")
                print("\(kind.id)\t\(kind.title.russian)\t\(needs)\t(\(roles))")
            }
        }
    }

    struct Make: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "make",
            abstract: "Makes the report NAME (see ezh report list) for the class, period, month … it needs.",
            discussion: "The report says which of --class, --period, --month, --date, --subject, --teacher, --pupil it needs. Writes the file with mode 0600 and never over the journal."
        )

        @Argument(help: "The report's name, e.g. monthly-attendance.")
        var name: String

        @Option(name: .customLong("class"), help: "The class, e.g. 5А.")
        var className: String?

        @Option(help: "The period's number: 1–4 for quarters, 1–2 for half-years.")
        var period: Int?

        @Option(help: "The month, YYYY-MM.")
        var month: String?

        @Option(help: "The date, YYYY-MM-DD.")
        var date: String?

        @Option(help: "The subject, e.g. Математика.")
        var subject: String?

        @Option(help: "The teacher's login.")
        var teacher: String?

        @Option(help: "The pupil: personal-file number or full name.")
        var pupil: String?

        @Option(help: "The file's format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ReportFormat = .pdf

        @Option(name: .shortAndLong, help: "The file to write (\"-\" prints text or CSV to standard output).")
        var output: String

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        @OptionGroup var signIn: SignInOptions

        @Option(help: "The language of messages: ru or en.")
        var lang: Language = .ru

        func run() throws {
            let path = signIn.path
            try reportingFailures(language: lang, database: path) {
                guard let kind = ReportKind.named(name) else {
                    throw JournalError.notFound(BilingualText(
                        "отчёт «\(name)»; список отчётов: ezh report list", "report “\(name)”; the list: ezh report list"))
                }
                let destination = ReportOutput(path: output, format: format, replacing: force, journal: path)
                try destination.check()
                var request = ReportRequest(period: period)
                if let month {
                    guard let parsed = YearMonth(iso: month) else {
                        throw JournalError.invalidInput(field: .verbatim("--month"), problem: BilingualText(
                            "«\(month)»: ожидается месяц ГГГГ-ММ, например 2026-11", "“\(month)”: expected a month YYYY-MM, e.g. 2026-11"))
                    }
                    request.month = parsed
                }
                if let date {
                    guard let parsed = LocalDate(iso: date) else {
                        throw JournalError.invalidInput(field: .verbatim("--date"), problem: BilingualText(
                            "«\(date)»: ожидается дата ГГГГ-ММ-ДД, например 2026-09-20", "“\(date)”: expected a date YYYY-MM-DD, e.g. 2026-09-20"))
                    }
                    request.date = parsed
                }
                let (service, session) = try signIn.signIn()
                defer { service.signOut(session) }
                try resolveNames(into: &request, service)
                let made = try service.makeReport(kind, session, request)
                let what = ([kind.title.russian] + [className, period.map { "период \($0)" }, month, date, subject, teacher].compactMap { $0 })
                    .joined(separator: " ")
                try destination.deliver(try format.render(made), service: service, session: session, what: what, rows: made.document.bodyRows.count)
            }
        }

        /// The names typed on the command line as the ids the service takes; an unknown one is named.
        private func resolveNames(into request: inout ReportRequest, _ service: JournalService) throws {
            if let className {
                guard let id = try service.classID(named: className) else {
                    throw JournalError.notFound(BilingualText("класс «\(className)»", "class “\(className)”"))
                }
                request.classID = id
            }
            if let subject {
                guard let id = try service.subjectID(named: subject) else {
                    throw JournalError.notFound(BilingualText("предмет «\(subject)»", "subject “\(subject)”"))
                }
                request.subjectID = id
            }
            if let teacher {
                guard let id = try service.staffID(login: teacher) else {
                    throw JournalError.notFound(BilingualText("учитель с логином «\(teacher)»", "teacher with the login “\(teacher)”"))
                }
                request.teacherID = id
            }
            if let pupil { request.pupilID = try service.findPupil(pupil) }
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
