import Hummingbird
import NIOCore

/// A request's context: Hummingbird's own, plus the client's address, which names the web
/// "terminal" in the access log and is what the sign-in lockout counts per source.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address; nil in Hummingbird's in-process router tests.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Form posts are small: a reply to a message is the largest.
    public var maxUploadSize: Int { 64 * 1024 }
}
