import Domain
import HTTPTypes
import Hummingbird

/// The address a request comes from, for throttling and logs.
///
/// `X-Forwarded-For` is read only when the operator said a proxy sets it (`--trust-forwarded-for`); otherwise
/// it is whatever the client wrote, and the peer's address is used.
struct ClientAddress: Sendable {
    let trustForwardedFor: Bool

    func of(_ request: Request, _ context: AppRequestContext) -> String? {
        // The last entry is the one the trusted proxy added; earlier ones are whatever the client sent.
        if trustForwardedFor, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!] {
            return forwarded.split(separator: ",").last.map { String($0).trimmingWhitespace }
        }
        return context.peerAddress
    }
}
