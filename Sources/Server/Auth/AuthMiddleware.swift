import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Finds who a request comes from — an API token in `Authorization: Bearer`, or a session cookie — and
/// enforces CSRF: a state-changing request that rides on a session cookie must carry the session's token,
/// in `X-CSRF-Token` or in a form's `csrf_token` field, or it is refused with 403.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let accounts: AccountService
    let cookies: CookieSettings

    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    static let csrfField = "csrf_token"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        var request = request
        if let authorization = request.headers[.authorization] {
            // A request that presents a token is judged by the token alone.
            guard authorization.lowercased().hasPrefix("bearer "),
                let (token, user) = try await accounts.resolveToken(
                    secret: String(authorization.dropFirst(7)).trimmingWhitespace)
            else {
                context.logger.notice("refused: invalid API token")
                throw AuthError.unauthenticated
            }
            context.identity = .token(token, Actor(user: user, tokenID: token.id))
        } else if let secret = request.cookies[cookies.sessionName]?.value, !secret.isEmpty,
            let (session, user) = try await accounts.resolveSession(secret: secret)
        {
            context.identity = .session(session, Actor(user: user))
            // The sign-in form carries its own token (double submit), checked by its handler.
            if !Self.isSafe(request.method), request.uri.path != SiteURL.login.path {
                let sent = try await Self.csrfToken(in: &request, context: context)
                guard let sent, Secrets.constantTimeEquals(sent, session.csrfToken) else {
                    context.logger.notice("refused: CSRF token missing or wrong", metadata: ["user": "\(user.id)"])
                    throw AuthError.csrfMismatch
                }
            }
        }
        return try await next(request, context)
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    /// The CSRF token of the header, or of a form body (which is then kept for the handler to read).
    static func csrfToken(in request: inout Request, context: Context) async throws -> String? {
        if let header = request.headers[csrfHeader] { return header }
        if MultipartForm.isMultipart(request.headers[.contentType]), let contentType = request.headers[.contentType] {
            let body = try await request.collectBody(upTo: MultipartForm.maxBodySize)
            return try MultipartForm(body, contentType: contentType).value(csrfField)
        }
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            return nil
        }
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        return FormBody(body).value(csrfField)
    }
}
