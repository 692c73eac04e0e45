import ArgumentParser
import EzhCore
import EzhTUI
import Foundation

/// `ezh keys`: the help of a keymap, generated from the live files (user overrides included),
/// the same text F1 shows.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints every key of a keymap, context by context, as F1 shows it."
    )

    @Option(help: "The keymap: default or vim.")
    var keymap = "default"

    @Option(help: "Language of the descriptions: ru or en.")
    var lang: Language = .ru

    func run() throws {
        let loaded = KeymapLoader.standard().load(named: keymap)
        for problem in loaded.problems {
            FileHandle.standardError.write(Data("ezh: \(problem)\n".utf8))
        }
        print(HelpText.text(for: loaded.keymap, strings: Strings(lang)))
    }
}
