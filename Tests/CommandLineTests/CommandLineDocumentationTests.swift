import ArgumentParser
import XCTest

@testable import ezh

/// docs/cli.md shows the help of every command as `ezh … --help` prints it into a file or pipe
/// (80 columns); it must not go stale, and no command may be left out.
final class CommandLineDocumentationTests: XCTestCase {
    func testTheCommandLineReferenceShowsTheHelpOfEveryCommand() throws {
        let documented = try CommandLineReference.load().helpBlocks
        let commands = CommandTree.all(Ezh.self)
        XCTAssertEqual(documented.map(\.command), commands.map(\.name), "docs/cli.md shows each command's help once, in this order")
        for command in commands {
            guard let block = documented.first(where: { $0.command == command.name }) else { continue }
            XCTAssertEqual(
                block.text, Ezh.helpMessage(for: command.type, columns: CommandLineReference.columns),
                "regenerate the blocks of docs/cli.md with `make docs` (`\(command.name) --help`)"
            )
        }
    }
}

/// Every command under `ezh`, parents before their subcommands, with the words that call it.
enum CommandTree {
    struct Command {
        let name: String
        let type: ParsableCommand.Type
    }

    static func all(_ root: ParsableCommand.Type, prefix: String = "") -> [Command] {
        let name = prefix.isEmpty ? root._commandName : prefix + " " + root._commandName
        return [Command(name: name, type: root)] + root.configuration.subcommands.flatMap { all($0, prefix: name) }
    }
}

/// docs/cli.md and its generated blocks: `<!-- generated: ezh audit log --help -->`, a fenced
/// block with the help text, `<!-- end generated -->`.
struct CommandLineReference {
    struct HelpBlock {
        let command: String
        let text: String
    }

    /// The width `ezh --help` wraps at when its output is not a terminal.
    static let columns = 80

    let page: String

    static func load() throws -> CommandLineReference {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return CommandLineReference(page: try String(contentsOf: root.appendingPathComponent("docs/cli.md"), encoding: .utf8))
    }

    var helpBlocks: [HelpBlock] {
        let opening = "<!-- generated: "
        let closing = " --help -->\n```\n"
        let end = "\n```\n<!-- end generated -->"
        var blocks: [HelpBlock] = []
        var rest = page[...]
        while let start = rest.range(of: opening), let header = rest[start.upperBound...].range(of: closing),
              let stop = rest[header.upperBound...].range(of: end) {
            blocks.append(HelpBlock(
                command: String(rest[start.upperBound..<header.lowerBound]), text: String(rest[header.upperBound..<stop.lowerBound])
            ))
            rest = rest[stop.upperBound...]
        }
        return blocks
    }
}
