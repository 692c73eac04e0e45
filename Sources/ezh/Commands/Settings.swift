import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh settings list|get|set`: the school's rule settings (docs/rules.md) from the shell, as the
/// administrator; a change goes through the service, which checks it and records the old and
/// new value with who changed it.
struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows and changes the school's rule settings (administrator).",
        discussion: """
            `list` prints every setting: key, value now, default and what it does; `get KEY` one \
            value; `set KEY VALUE` changes it, refusing a value the setting does not take and saying \
            what it takes. Each change is kept in the history and the access log with its old and new \
            value. The keys are those of docs/rules.md, e.g. rules.mark_window_days or notices.schedule.
            """,
        subcommands: [List.self, Get.self, Change.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the rule settings with their values, defaults and meaning.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The language of the descriptions: ru or en.") var lang: Language = .ru

        func run() throws {
            try reportingFailures(language: lang, database: signIn.path) {
                let (service, session) = try signIn.signIn()
                for setting in try service.ruleSettings(session) {
                    print(SettingLine.text(setting, language: lang))
                }
            }
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints one rule setting's value.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The setting's key, e.g. rules.mark_window_days.") var key: String
        @Option(help: "The language of messages: ru or en.") var lang: Language = .ru

        func run() throws {
            try reportingFailures(language: lang, database: signIn.path) {
                let (service, session) = try signIn.signIn()
                print(try service.ruleSetting(session, key: key).value)
            }
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Changes one rule setting (recorded with its old value).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The setting's key, e.g. rules.mark_window_days.") var key: String
        @Argument(help: "The new value, as `ezh settings list` describes it.") var value: String
        @Option(help: "The language of messages: ru or en.") var lang: Language = .ru

        func run() throws {
            try reportingFailures(language: lang, database: signIn.path) {
                let (service, session) = try signIn.signIn()
                let old = try service.ruleSetting(session, key: key).value
                try service.changeRuleSetting(session, key: key, value: value)
                let new = try service.ruleSetting(session, key: key).value
                print(old == new
                      ? (lang == .ru ? "\(key) = \(new): без изменений" : "\(key) = \(new): unchanged")
                      : "\(key): \(old) → \(new)")
            }
        }
    }
}

/// «rules.mark_window_days\t7\t(по умолчанию 7)\tправило 3: …»: one setting a line, tab-separated
/// so that scripts can cut it.
enum SettingLine {
    static func text(_ setting: RuleSettingValue, language: Language) -> String {
        let info = setting.info
        let fallback = language == .ru ? "по умолчанию \(info.defaultValue)" : "default \(info.defaultValue)"
        return [info.key, setting.value, "(\(fallback))", info.meaning.text(in: language)].joined(separator: "\t")
    }
}
