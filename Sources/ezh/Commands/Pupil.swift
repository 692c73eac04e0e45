import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh pupil arrive|leave|transfer`: pupil movement (движение обучающихся) from the shell, each
/// with its date and order, through the service as the signed-in person.
struct Pupil: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records a pupil's arrival, departure or transfer between classes.",
        discussion: """
            A pupil is named by the personal-file number, the full name («Иванова Анна Сергеевна») \
            or the name with initials («Иванова А.С.») when that names one pupil. \
            Dates are dd.mm.yyyy or yyyy-mm-dd. A class teacher records arrivals and departures of their \
            own class; a transfer, and any class, needs the deputy or the administrator. Marks and \
            attendance are never removed: entries dated after a departure are listed.
            """,
        subcommands: [Arrive.self, Leave.self, Transfer.self]
    )

    struct Arrive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A pupil arrives in a class: a new pupil (--last-name ...) or one returning (--pupil).",
            usage: """
                ezh pupil arrive --class 5А --date 01.12.2026 --order 45-о --last-name Белова --first-name Дарья \
                [--patronymic ...] --sex ж [--birth-date ...] [--personal-file ...] [--from "Школа № 7"] --login LOGIN
                ezh pupil arrive --pupil "Б-117" --class 5А --date ... --order ... --login LOGIN
                """
        )

        @OptionGroup var signIn: SignInOptions
        @Option(help: "A returning pupil: personal-file number or full name.") var pupil: String?
        @Option(name: .customLong("class"), help: "The class the pupil joins, e.g. 5А.") var className: String
        @Option(help: "The first day in the class.") var date: String
        @Option(help: "The order's number.") var order: String
        @Option(help: "Where the pupil comes from.") var from: String = ""
        @Option(help: "A new pupil's last name.") var lastName: String?
        @Option(help: "A new pupil's first name.") var firstName: String?
        @Option(help: "A new pupil's patronymic.") var patronymic: String = ""
        @Option(help: "A new pupil's sex: м or ж (m or f).") var sex: String?
        @Option(help: "A new pupil's date of birth.") var birthDate: String?
        @Option(help: "A new pupil's personal-file number.") var personalFile: String?

        func validate() throws {
            guard (pupil == nil) != (lastName == nil) else {
                throw ValidationError("Name either a returning pupil (--pupil) or a new one (--last-name, --first-name, --sex).")
            }
            if lastName != nil, firstName == nil || sex == nil {
                throw ValidationError("A new pupil needs --first-name and --sex as well.")
            }
        }

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let classID = try PupilCommand.classID(className, service)
                let who: ArrivingPupil
                if let pupil {
                    who = .returning(try service.findPupil(pupil))
                } else {
                    who = .new(NewPupil(
                        name: PersonName(last: lastName ?? "", first: firstName ?? "", patronymic: patronymic),
                        birthDate: try birthDate.map { try CommandDate.parse($0, option: "--birth-date") },
                        sex: try PupilCommand.sex(sex ?? ""), personalFile: personalFile.flatMap { $0.isEmpty ? nil : $0 }
                    ))
                }
                let outcome = try service.movePupil(session, .arrival(
                    who, into: classID, on: try CommandDate.parse(date, option: "--date"), order: order, from: from
                ))
                PupilCommand.print(outcome, done: "Прибытие в \(className) записано.")
            }
        }
    }

    struct Leave: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A pupil leaves the school; --date is their last day."
        )

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The pupil: personal-file number or full name.") var pupil: String
        @Option(help: "The pupil's last day in the class.") var date: String
        @Option(help: "The order's number.") var order: String
        @Option(help: "Where the pupil goes (another school, a town).") var to: String = ""

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let outcome = try service.movePupil(session, .departure(
                    try service.findPupil(pupil), lastDay: try CommandDate.parse(date, option: "--date"), order: order, to: to
                ))
                PupilCommand.print(outcome, done: "Выбытие записано.")
            }
        }
    }

    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A pupil moves to another class of the school from --date (their first day there)."
        )

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The pupil: personal-file number or full name.") var pupil: String
        @Option(name: .customLong("to-class"), help: "The class the pupil moves to, e.g. 5Б.") var toClass: String
        @Option(help: "The first day in the new class.") var date: String
        @Option(help: "The order's number.") var order: String

        func run() throws {
            try reportingFailures(database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let outcome = try service.movePupil(session, .transfer(
                    try service.findPupil(pupil), to: try PupilCommand.classID(toClass, service),
                    from: try CommandDate.parse(date, option: "--date"), order: order
                ))
                PupilCommand.print(outcome, done: "Перевод в \(toClass) записан.")
            }
        }
    }
}

/// What the pupil commands share.
enum PupilCommand {
    static func classID(_ name: String, _ service: JournalService) throws -> ClassID {
        guard let id = try service.classID(named: name) else {
            throw JournalError.notFound(BilingualText("класс «\(name)»", "class “\(name)”"))
        }
        return id
    }

    static func sex(_ text: String) throws -> String {
        switch text.lowercased() {
        case "м", "m", "муж", "male": return "m"
        case "ж", "f", "жен", "female": return "f"
        default:
            throw JournalError.invalidInput(field: .verbatim("--sex"), problem: BilingualText(
                "«\(text)»: укажите м или ж", "“\(text)”: type “м” or “ж” (m or f)"
            ))
        }
    }

    static func print(_ outcome: MovementOutcome, done: String) {
        Swift.print(done)
        for notice in outcome.notices { Swift.print("Обратите внимание: \(notice.russian)") }
    }
}
