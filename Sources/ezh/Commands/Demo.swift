import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh demo`: creates the demo school if absent and opens it, on the demo clock.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Opens the demo school, creating it first if the file has none.",
        discussion: """
            The demo clock runs from real time; outside a school day (a Sunday, the holidays) it starts at \
            11:00 on the nearest earlier school day and keeps ticking. --now sets it; --now is refused on \
            any database that is not a demo database.
            """
    )

    @OptionGroup var options: TUIOptions

    @Option(help: "The demo school's time, \"YYYY-MM-DD HH:MM\" in the school's zone.")
    var now: String?

    func run() throws {
        let path = DatabaseLocation.demo(options.db)
        try reportingFailures(language: options.lang ?? .ru, database: path) {
            let demo = try DemoLauncher.openOrCreate(path: path, now: now, fixPermissions: options.fixPermissions)
            try TUILauncher.run(service: demo.service, options: options)
        }
    }
}
