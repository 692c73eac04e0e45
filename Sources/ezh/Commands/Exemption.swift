import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh exemption list|add|end`: a pupil's exemptions (ОСВ) from the shell, through the service
/// as the signed-in class teacher, deputy or administrator.
struct ExemptionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exemption",
        abstract: "Lists, records or ends a pupil's exemptions (ОСВ): days, subjects and grounds.",
        discussion: """
            A pupil is named by the personal-file number or the full name. Dates are dd.mm.yyyy or \
            yyyy-mm-dd, both days included. The class teacher records exemptions of their own class; \
            the deputy and the administrator of any. Marks are refused in the lessons an exemption \
            covers, and the grids show «осв» there.
            """,
        subcommands: [List.self, Add.self, End.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists a pupil's exemptions with their numbers.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The pupil: personal-file number or full name.") var pupil: String

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let exemptions = try service.exemptions(session, pupil: try service.findPupil(pupil))
                if exemptions.isEmpty { print("Освобождений нет.") }
                for exemption in exemptions {
                    let subjects = exemption.subjects == nil ? "все предметы" : exemption.subjectNames.joined(separator: ", ")
                    print("\(exemption.id)\t\(exemption.days.first.russian)–\(exemption.days.last.russian)\t\(subjects)\t\(exemption.reason)")
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Records an exemption from --from through --to.",
            usage: """
                ezh exemption add --pupil "Б-117" --from 01.12.2026 --to 25.12.2026 [--subject "Физическая культура" ...] \
                --reason "справка № 15" --login LOGIN
                """
        )

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The pupil: personal-file number or full name.") var pupil: String
        @Option(help: "The first day of the exemption.") var from: String
        @Option(help: "The last day of the exemption.") var to: String
        @Option(help: "A subject it covers (repeat for several); none: every subject.") var subject: [String] = []
        @Option(help: "The order or certificate it rests on.") var reason: String

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let subjects = try subject.isEmpty ? nil : subjectIDs(service, session)
                let id = try service.addExemption(session, ExemptionDraft(
                    pupil: try service.findPupil(pupil),
                    days: DateSpan(try CommandDate.parse(from, option: "--from"), try CommandDate.parse(to, option: "--to")),
                    subjects: subjects, reason: reason
                ))
                print("Освобождение № \(id) записано.")
            }
        }

        private func subjectIDs(_ service: JournalService, _ session: Session) throws -> [SubjectID] {
            let known = try service.exemptionSubjectChoices(session)
            return try subject.map { name in
                guard let found = known.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    throw JournalError.notFound(BilingualText("предмет «\(name)»", "subject “\(name)”"))
                }
                return found.id
            }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ends exemption --id after --date (its new last day); before its first day it is cancelled."
        )

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The exemption's number (ezh exemption list).") var id: Int64
        @Option(help: "The exemption's new last day.") var date: String

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                try service.endExemption(session, ExemptionID(id), lastDay: try CommandDate.parse(date, option: "--date"))
                print("Освобождение № \(id) изменено.")
            }
        }
    }
}
