import ArgumentParser
import EzhCore
import EzhStore
import Foundation

/// Runs a command body; a refusal or failure prints its reason as one `ezh:` line on stderr and
/// exits 1, so scripts can trust the exit code. SQLite's failures a person can cause (a full
/// disk, a read-only file, a lock held too long) are put in words about `database`.
func reportingFailures(language: Language = .ru, database: String? = nil, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        let explained: (any UserFacingError)? = (error as? UserFacingError)
            ?? JournalFileError.explaining(error, path: database ?? "")
        let text = explained?.message(in: language) ?? String(describing: error)
        FileHandle.standardError.write(Data(("ezh: " + oneLine(text) + "\n").utf8))
        throw ExitCode.failure
    }
}

/// A message on one line, however the error described itself.
private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
}

extension Language: ExpressibleByArgument {}
