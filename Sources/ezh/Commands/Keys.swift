import ArgumentParser
import EzhCore
import EzhTUI
import Foundation

/// `ezh keys`: the help of a keymap, generated from the live files (user overrides included),
/// the same text F1 shows; with `--actions`, the command catalogue: every action, where it
/// works and which roles it needs.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints every key of a keymap, context by context, as F1 shows it.",
        discussion: "Exits 1 when the keymap cannot be found or a keymap file (user.keymap included) has errors; each is named on stderr."
    )

    @Option(help: "The keymap: default or vim.")
    var keymap = "default"

    @Option(help: "Language of the descriptions: ru or en.")
    var lang: Language = .ru

    @Flag(help: "Print every action instead: where it works, what it does and which roles it needs.")
    var actions = false

    func run() throws {
        if actions {
            print(CommandReference.text(strings: Strings(lang)))
            return
        }
        let loader = KeymapLoader.standard()
        let loaded = loader.load(named: keymap)
        if loaded.isFallback, !loader.availableNames().contains(keymap) {
            let known = loader.availableNames().joined(separator: ", ")
            let refusal = BilingualText(
                "раскладки клавиш «\(keymap)» нет; есть: \(known)", "there is no keymap “\(keymap)”; there are: \(known)"
            )
            FileHandle.standardError.write(Data("ezh: \(refusal.text(in: lang))\n".utf8))
            throw ExitCode.failure
        }
        KeymapProblems.report(loaded.problems, briefly: false, language: lang)
        print(HelpText.text(for: loaded.keymap, strings: Strings(lang)))
        if !loaded.problems.isEmpty { throw ExitCode.failure }
    }
}
