import ArgumentParser
import EzhCore
import Foundation

/// Runs a command body; a refusal or failure prints its reason on stderr and exits 1, so
/// scripts can trust the exit code.
func reportingFailures(language: Language = .ru, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as UserFacingError {
        FileHandle.standardError.write(Data(("ezh: " + error.message(in: language) + "\n").utf8))
        throw ExitCode.failure
    }
}

extension Language: ExpressibleByArgument {}
