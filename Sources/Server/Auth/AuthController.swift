import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `/login` and `/logout`.
struct AuthController {
    let accounts: AccountService
    let cookies: CookieSettings
    let devMode: Bool
    /// Read the client's address from `X-Forwarded-For` (only behind a proxy that sets it).
    let clientAddress: ClientAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .login, use: showLogin)
        routes.on(.post, .login, use: login)
        routes.on(.post, .logout, use: logout)
    }

    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        return loginPage(
            LoginPage.Model(
                csrfToken: "", next: Redirect.safeNext(request.uri.queryParameters.get("next")),
                page: context.page(request)))
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        // The sign-in form has no session yet: its CSRF token is a cookie the form must echo (double submit).
        guard let sent = form.value("csrf_token"), let expected = request.cookies[cookies.loginCSRFName]?.value,
            Secrets.constantTimeEquals(sent, expected)
        else {
            context.logger.notice("refused: sign-in without the form's CSRF token")
            throw AuthError.csrfMismatch
        }
        let email = form.value("email") ?? ""
        let next = Redirect.safeNext(form.value("next"))
        do {
            let user = try await accounts.authenticate(
                email: email, password: form.value("password") ?? "", address: clientAddress.of(request, context),
                logger: context.logger)
            if let old = context.identity.session { try await accounts.endSession(old) }
            let (secret, _) = try await accounts.startSession(for: user)
            var response = Redirect.to(next ?? SiteURL.staff.path)
            // The form's token cookie is left to expire on its own, so that a double-clicked "Sign in" does not
            // fail its second request.
            response.setCookie(cookies.session(secret))
            return response
        } catch AuthError.unauthenticated {
            var response = loginPage(
                LoginPage.Model(
                    csrfToken: "", email: email, next: next, error: context.localizer("login.wrong"),
                    page: context.page(request)))
            response.status = .unauthorized
            return response
        } catch AuthError.throttled(let seconds) {
            var response = loginPage(
                LoginPage.Model(
                    csrfToken: "", email: email, next: next,
                    error: context.localizer("login.throttled", ["wait": context.localizer.waitTime(seconds)]),
                    page: context.page(request)))
            response.status = .tooManyRequests
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        // The auth middleware has checked the CSRF token of the session.
        if let session = context.identity.session {
            try await accounts.endSession(session)
            context.logger.notice("signed out", metadata: ["user": "\(session.userID)"])
        }
        var response = Redirect.to(SiteURL.directory.path)
        response.setCookie(cookies.expired(cookies.sessionName))
        return response
    }

    /// The sign-in page with a fresh form token in both the page and its cookie.
    private func loginPage(_ model: LoginPage.Model) -> Response {
        var model = model
        model.csrfToken = Secrets.random()
        model.devModeWarning = devMode
        var response = HTMLResponse.page(LoginPage.view(model))
        response.headers[.cacheControl] = "no-store"
        response.setCookie(cookies.loginCSRF(model.csrfToken))
        return response
    }
}

/// 303 redirects after a form post.
enum Redirect {
    static func to(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
    }

    /// A `next` path that stays on this site: absolute path, not protocol-relative, no backslashes.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return next
    }
}
