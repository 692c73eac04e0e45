/// The help, generated from the live keymap: for each context, each bound action with its
/// description and its keys. Remapping a key changes the help, so the help never lies.
public enum HelpText {
    public struct Line: Equatable, Sendable {
        public let text: String
        public let isTitle: Bool
    }

    /// The help of every context; `first` (the screen the help was called from) leads.
    public static func lines(for keymap: Keymap, strings: Strings, first: KeyContext? = nil) -> [Line] {
        var lines: [Line] = []
        let contexts = (first.map { [$0] } ?? []) + KeyContext.allCases.filter { $0 != first }
        for context in contexts {
            let actions = keymap.boundActions(in: context)
            guard !actions.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(text: "", isTitle: false)) }
            lines.append(Line(text: strings.contextTitle(context), isTitle: true))
            let rows = actions.map { action in
                (keys: keymap.keys(for: action, in: context).map(KeyName.name).joined(separator: ", "),
                 description: strings.describe(action))
            }
            let keyWidth = min(24, rows.map(\.keys.displayWidth).max() ?? 0)
            for row in rows {
                lines.append(Line(text: "  " + TextFitting.fit(row.keys, width: keyWidth) + "  " + row.description, isTitle: false))
            }
        }
        return lines
    }

    /// The help as plain text, one line each: what the golden test compares.
    public static func text(for keymap: Keymap, strings: Strings) -> String {
        lines(for: keymap, strings: strings).map(\.text).joined(separator: "\n")
    }
}
