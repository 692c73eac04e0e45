import EzhCore

/// The command catalogue as a table: every action's name (as keymap files and the command line
/// spell it), where it works, what it does and which roles it needs. `ezh keys --actions` prints
/// it and docs/keymap.md shows it; a test keeps the two equal. «—» in the roles column: anyone who
/// reaches the action's screen.
public enum CommandReference {
    public static func text(strings: Strings) -> String {
        let english = strings.language == .en
        let header = english ? "| action | works in | what it does | roles |" : "| действие | где | что делает | роли |"
        let rows = Commands.all.map { command in
            let contexts = command.contexts.count == KeyContext.allCases.count
                ? (english ? "everywhere" : "везде")
                : KeyContext.allCases.filter(command.contexts.contains).map(\.rawValue).joined(separator: ", ")
            let roles = command.needs.map { $0.allowedRoles.sorted().map { $0.name(in: strings.language) }.joined(separator: ", ") } ?? "—"
            return "| `\(command.name)` | \(contexts) | \(command.help(in: strings.language)) | \(roles) |"
        }
        return ([header, "|---|---|---|---|"] + rows).joined(separator: "\n")
    }
}
