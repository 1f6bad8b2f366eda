import Domain
import Foundation
import Hummingbird
import Logging

/// The signed-in pages: dashboard, password, API tokens.
struct StaffController {
    let accounts: AccountService
    let cookies: CookieSettings
    let services: Services
    let clientAddress: ClientAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staff, use: dashboard)
        routes.on(.post, .staffLanguage, use: setLanguage)
        routes.on(.get, .staffPassword, use: showPassword)
        routes.on(.post, .staffPassword, use: changePassword)
        routes.on(.get, .staffTokens, use: showTokens)
        routes.on(.post, .staffTokens, use: createToken)
        routes.on(.get, SiteURL.staffTokenRevoke, use: confirmRevoke)
        routes.on(.post, SiteURL.staffTokenRevoke, use: revoke)
    }

    private func signedIn(_ request: Request, _ context: AppRequestContext) throws -> (Session, User) {
        let (session, actor) = try context.signedIn(request, to: services.programmeID)
        return (session, actor.user)
    }

    @Sendable func dashboard(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, user) = try signedIn(request, context)
        let count = try await services.partnerships.list(
            in: services.programmeID, PartnershipQuery(page: PageRequest(limit: 1))
        ).total
        var glance: DashboardPage.Glance?
        if user.role >= .coordinator {
            glance = DashboardPage.Glance(
                contributions: try await services.contributions.summary(in: services.programmeID),
                members: try await ReportsController.memberCounts(services: services, now: context.now),
                hours: try await services.volunteers.totals(in: services.programmeID, year: nil))
        }
        return HTMLResponse.private(
            DashboardPage.view(
                DashboardPage.Model(
                    programmeName: try context.programme.name, email: user.email, name: user.name, role: user.role,
                    csrfToken: session.csrfToken, partnershipCount: count, glance: glance, language: user.language,
                    page: context.page(request))))
    }

    /// Saves the user's own language and shows the dashboard in it.
    @Sendable func setLanguage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, user) = try signedIn(request, context)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let asked = form.value("language")?.trimmingWhitespace.nilIfEmpty
        guard asked == nil || Catalogs.shipped.language(asked!) != nil else {
            throw HTTPError(.badRequest, message: context.localizer("dashboard.language.unknown"))
        }
        _ = try await accounts.users.setLanguage(user.id, asked.flatMap { Catalogs.shipped.language($0) })
        return Redirect.to(SiteURL.staff.path)
    }

    @Sendable func showPassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, user) = try signedIn(request, context)
        return HTMLResponse.private(
            PasswordPage.view(
                PasswordPage.Model(
                    programmeName: try context.programme.name, email: user.email, csrfToken: session.csrfToken,
                    page: context.page(request))))
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, user) = try signedIn(request, context)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        do {
            try await accounts.changePassword(
                of: user, current: form.value("current") ?? "", new: form.value("new") ?? "",
                address: clientAddress.of(request, context), logger: context.logger)
        } catch AuthError.throttled(let seconds) {
            var response = HTMLResponse.private(
                PasswordPage.view(
                    PasswordPage.Model(
                        programmeName: try context.programme.name, email: user.email, csrfToken: session.csrfToken,
                        errors: [
                            FieldIssue(
                                field: "current",
                                message: context.localizer(
                                    "password.throttled", ["wait": context.localizer.waitTime(seconds)]))
                        ], page: context.page(request))))
            response.status = .tooManyRequests
            response.headers[.retryAfter] = String(seconds)
            return response
        } catch DomainError.invalid(let issues) {
            var response = HTMLResponse.private(
                PasswordPage.view(
                    PasswordPage.Model(
                        programmeName: try context.programme.name, email: user.email, csrfToken: session.csrfToken,
                        errors: issues, page: context.page(request))))
            response.status = .unprocessableContent
            return response
        }
        context.logger.notice("password changed; sessions ended", metadata: ["user": "\(user.id)"])
        var response = Redirect.to(SiteURL.login.path)
        response.setCookie(cookies.expired(cookies.sessionName))
        return response
    }

    @Sendable func showTokens(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, user) = try signedIn(request, context)
        return try await tokensPage(
            user: user, session: session, newSecret: nil, errors: [],
            programmeName: try context.programme.name, page: context.page(request))
    }

    @Sendable func createToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, user) = try signedIn(request, context)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let expires = form.value("expires") ?? TokenLifetime.standard.text
        do {
            let (secret, token) = try await accounts.createToken(
                for: user, name: form.value("name") ?? "", lifetime: try TokenLifetime(parsing: expires))
            context.logger.notice("API token created", metadata: ["user": "\(user.id)", "token": "\(token.id)"])
            var response = try await tokensPage(
                user: user, session: session, newSecret: secret, errors: [],
                programmeName: try context.programme.name, page: context.page(request))
            response.status = .created
            return response
        } catch DomainError.invalid(let issues) {
            var response = try await tokensPage(
                user: user, session: session, newSecret: nil, errors: issues, expires: expires,
                programmeName: try context.programme.name, page: context.page(request))
            response.status = .unprocessableContent
            return response
        }
    }

    @Sendable func confirmRevoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: nil)
        let id = try context.pathID()
        guard let token = try await accounts.tokens.list(userID: editor.actor.user.id).first(where: { $0.id == id })
        else { throw DomainError.notFound(entity: "token", id: id) }
        let t = editor.t
        return editor.confirm(
            title: t("tokens.revoke.title", ["name": token.name]), message: t("tokens.revoke.message"),
            action: SiteURL.staffTokenRevoke(id).path, confirmLabel: t("tokens.revoke.confirm"),
            cancelURL: SiteURL.staffTokens.path)
    }

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, user) = try signedIn(request, context)
        let id = try context.pathID()
        try await accounts.tokens.revoke(id, of: user.id, at: context.now)
        context.logger.notice("API token revoked", metadata: ["user": "\(user.id)", "token": "\(id)"])
        return Redirect.to(SiteURL.staffTokens.path)
    }

    private func tokensPage(
        user: User, session: Session, newSecret: String?, errors: [FieldIssue],
        expires: String = TokenLifetime.standard.text, programmeName: String, page: PageContext
    ) async throws -> Response {
        let t = page.t
        let stamp = { (moment: Date) in t.timestamp(moment) }
        let rows = try await accounts.tokens.list(userID: user.id).map {
            TokensPage.Model.Row(
                id: $0.id, name: $0.name, created: stamp($0.createdAt), lastUsed: $0.lastUsedAt.map(stamp),
                revoked: $0.revokedAt.map(stamp), expires: $0.expiresAt.map(stamp),
                hasExpired: $0.hasExpired(at: page.now))
        }
        return HTMLResponse.private(
            TokensPage.view(
                TokensPage.Model(
                    programmeName: programmeName, email: user.email, csrfToken: session.csrfToken,
                    rows: rows,
                    newSecret: newSecret, errors: errors, expires: expires, page: page)))
    }
}

/// A staff page asked for without a session: answered with a redirect to the sign-in form.
struct SignInRequired: Error {
    let next: String
}
