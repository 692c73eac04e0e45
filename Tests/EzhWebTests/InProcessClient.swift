import HTTPTypes
import Hummingbird
import Logging
import Foundation
import NIOEmbedded
@testable import EzhWeb

/// Sends requests straight to the diary's router, as a browser's would arrive, and collects the
/// whole answer. No sockets: the context's channel is an embedded one with no peer address, so
/// the web terminal is "web (local)".
struct InProcessClient: Sendable {
    let responder: RouterResponder<WebContext>

    struct Answer: Sendable {
        let head: HTTPResponse
        let body: ByteBuffer
        var status: HTTPResponse.Status { head.status }
        var headers: HTTPFields { head.headerFields }
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Answer {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
            body: RequestBody(buffer: body ?? ByteBuffer())
        )
        let context = WebContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test")))
        let response = try await responder.respond(to: request, context: context)
        let collected = Collected()
        try await response.body.write(CollectingWriter(collected: collected))
        return Answer(head: response.head, body: collected.withBuffer { $0 })
    }

    private final class Collected: @unchecked Sendable {
        private var buffer = ByteBuffer()
        private let lock = NSLock()
        func withBuffer<T>(_ body: (inout ByteBuffer) -> T) -> T { lock.withLock { body(&buffer) } }
    }

    private struct CollectingWriter: ResponseBodyWriter {
        let collected: Collected
        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collected.withBuffer { $0.writeBuffer(&buffer) }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
