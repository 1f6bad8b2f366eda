import HTTPTypes
import Hummingbird

/// Headers every response carries, error pages included.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// Send HSTS: the server is reached over TLS, directly or through a proxy that terminates it.
    let hsts: Bool

    static let policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "strict-origin-when-cross-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if hsts { response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains" }
        // JSON for a signed-in caller may hold personal data (contacts, registrations, donors): no cache keeps it.
        if Self.carriesCredentials(request), response.headers[.contentType]?.hasPrefix("application/") == true {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }

    /// An API token or a session cookie, valid or not.
    static func carriesCredentials(_ request: Request) -> Bool {
        request.headers[.authorization] != nil || (request.headers[.cookie]?.contains("sc_session=") ?? false)
    }
}
