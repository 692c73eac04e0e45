/// A line of a keymap file that could not be read, reported as `file:line: what is wrong`.
public struct KeymapError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String

    public var description: String { "\(file):\(line): \(problem)" }
}

/// Reads the keymap file format (documented at the top of Keymaps/default.keymap):
///
///     bind <context> <key> <action>
///     unbind <context> <key>
///     # comment
///
/// Lines apply in order on top of a starting keymap, so a user's file can change one binding.
public enum KeymapParser {
    /// Applies every line of `text` to `keymap`. All broken lines are reported, and on any error
    /// the keymap is left unchanged: a half-applied file would surprise more than a rejected one.
    public static func apply(_ text: String, file: String, to keymap: inout Keymap) throws(KeymapErrors) {
        var result = keymap
        var errors: [KeymapError] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let verb = words.first, !verb.hasPrefix("#") else { continue }
            let fail = { (problem: String) in errors.append(KeymapError(file: file, line: index + 1, problem: problem)) }
            switch verb {
            case "bind":
                guard words.count == 4 else { fail("expected `bind <context> <key> <action>`"); continue }
                guard let context = KeyContext(rawValue: words[1]) else { fail(unknownContext(words[1])); continue }
                guard let key = KeyName.parse(words[2]) else { fail("unknown key `\(words[2])`"); continue }
                guard let action = Action(rawValue: words[3]) else { fail("unknown action `\(words[3])`"); continue }
                guard Commands.exists(action, in: context) else { fail(misplaced(action, in: context)); continue }
                result.bind(key, to: action, in: context)
            case "unbind":
                guard words.count == 3 else { fail("expected `unbind <context> <key>`"); continue }
                guard let context = KeyContext(rawValue: words[1]) else { fail(unknownContext(words[1])); continue }
                guard let key = KeyName.parse(words[2]) else { fail("unknown key `\(words[2])`"); continue }
                result.unbind(key, in: context)
            default:
                fail("unknown command `\(verb)`; expected bind or unbind")
            }
        }
        guard errors.isEmpty else { throw KeymapErrors(errors: errors) }
        keymap = result
    }

    /// «`verify-log` does nothing in grid»: the action is real, but no screen of the context does it.
    private static func misplaced(_ action: Action, in context: KeyContext) -> String {
        let contexts = KeyContext.allCases.filter { Commands.exists(action, in: $0) }.map(\.rawValue)
        return "action `\(action.rawValue)` does nothing in context `\(context.rawValue)`; it works in "
            + contexts.joined(separator: ", ")
    }

    private static func unknownContext(_ word: String) -> String {
        "unknown context `\(word)`; expected one of " + KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

/// Every broken line of one keymap file.
public struct KeymapErrors: Error, Equatable, Sendable {
    public let errors: [KeymapError]
}
