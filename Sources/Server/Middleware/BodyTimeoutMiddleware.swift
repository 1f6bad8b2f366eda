import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// Closes the connection of a request whose body has not arrived in full within `limit`, so that a client
/// sending a byte now and then cannot hold a connection (and a handler waiting on it) for ever. Before the
/// request head, the server's idle timeout does the same.
struct BodyTimeoutMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limit: Duration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard Self.hasBody(request), let channel = context.channel else { return try await next(request, context) }
        let done = NIOLockedValueBox(false)
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(limit.nanoseconds))) {
            if !done.withLockedValue({ $0 }) {
                context.logger.notice("request body not received in time; connection closed")
                channel.close(promise: nil)
            }
        }
        defer { timer.cancel() }
        var request = request
        request.body = RequestBody(asyncSequence: EndSignallingBody(base: request.body, done: done))
        return try await next(request, context)
    }

    static func hasBody(_ request: Request) -> Bool {
        if request.headers[.transferEncoding] != nil { return true }
        return request.headers[.contentLength].flatMap { Int($0) }.map { $0 > 0 } ?? false
    }
}

/// A request body that says when its last byte has been read.
struct EndSignallingBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let base: RequestBody
    let done: NIOLockedValueBox<Bool>

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let done: NIOLockedValueBox<Bool>

        mutating func next() async throws -> ByteBuffer? {
            let part = try await base.next()
            if part == nil { done.withLockedValue { $0 = true } }
            return part
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), done: done)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// In seconds, with the fraction.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
