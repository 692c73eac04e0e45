import EzhService
import Foundation
import Hummingbird

/// `ezh serve`: the web diary on one address (localhost unless told otherwise; docs/operations.md
/// puts nginx with TLS in front of it).
public enum WebServer {
    /// Serves until SIGTERM or SIGINT. Once listening it says where on stderr (port 0 picks a free
    /// port, which tests read from that line).
    public static func run(app: WebApp, host: String, port: Int) async throws {
        let application = Application(
            router: app.router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                FileHandle.standardError.write(Data("ezh serve: listening on http://\(host):\(port)/\n".utf8))
            }
        )
        try await application.runService()
    }
}
