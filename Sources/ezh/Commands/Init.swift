import ArgumentParser
import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation

/// `ezh init`: creates a school's database (empty, with its administrator) or the demo school.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Creates an empty school with its administrator, or the demo school with --demo.",
        usage: """
            ezh init --db PATH --school NAME --timezone Area/City --admin LOGIN [--password-stdin]
            ezh init --demo [--db PATH] [--now "YYYY-MM-DD HH:MM"] [--size standard|large]
            """
    )

    @Option(help: "The database file to create.")
    var db: String?

    @Flag(help: "Create the demo school (no questions asked).")
    var demo = false

    @Option(help: "With --demo: the demo school's time, \"YYYY-MM-DD HH:MM\" in the school's zone.")
    var now: String?

    @Option(help: "With --demo: standard (about 600 pupils) or large (1,100 pupils in 44 classes, for benchmarks).")
    var size: DemoSizeOption = .standard

    enum DemoSizeOption: String, ExpressibleByArgument, CaseIterable {
        case standard
        case large

        var demoSize: DemoSize { self == .large ? .large : .standard }
    }

    @Option(help: "The school's name.")
    var school: String?

    @Option(help: "The school's time zone, e.g. Europe/Moscow or Asia/Yekaterinburg.")
    var timezone: String?

    @Option(help: "The administrator's login.")
    var admin: String?

    @Flag(help: "Read the administrator's password from standard input instead of the terminal.")
    var passwordStdin = false

    func validate() throws {
        if demo {
            guard school == nil, timezone == nil, admin == nil else {
                throw ValidationError("--demo creates the demo school; --school, --timezone and --admin are for a real one.")
            }
        } else {
            guard db != nil, school != nil, timezone != nil, admin != nil else {
                throw ValidationError("A real school needs --db, --school, --timezone and --admin (or use --demo).")
            }
            guard now == nil else { throw ValidationError("--now is for the demo school only.") }
        }
    }

    func run() throws {
        let path = demo ? DatabaseLocation.demo(db) : db!
        try reportingFailures(database: path) {
            if demo {
                let clock = ContinuousClock()
                let start = clock.now
                let created = try DemoLauncher.openOrCreate(path: path, now: now, size: size.demoSize).created
                let seconds = (clock.now - start).components.seconds
                print(created ? "Демо-школа создана за \(seconds) с: \(path)" : "Демо-школа уже есть: \(path)")
                return
            }
            let password = try PasswordInput.read(fromStdin: passwordStdin)
            _ = try JournalStore.create(at: path) { store in
                try JournalService.createSchool(
                    in: store, name: school!, timeZone: timezone!, administrator: admin!, password: password,
                    clock: SystemClock()
                )
            }
            print("Школа создана: \(path). Администратор «\(admin!)» сменит пароль при первом входе.")
        }
    }
}
