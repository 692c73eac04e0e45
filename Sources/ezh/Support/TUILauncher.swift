import EzhCore
import EzhService
import Foundation

/// Starts the full-screen journal on a service.
enum TUILauncher {
    static func run(service: JournalService, options: TUIOptions) throws {
        FileHandle.standardError.write(Data("ezh: the terminal interface is not wired yet\n".utf8))
    }
}
