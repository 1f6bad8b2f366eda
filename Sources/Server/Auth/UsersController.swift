import Domain
import Foundation
import Hummingbird
import Logging

/// `/staff/users`: administrators create users, change roles and disable accounts.
struct UsersController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffUsers, use: list)
        routes.on(.post, .staffUsers, use: create)
        routes.on(.post, SiteURL.staffUserRole, use: setRole)
        routes.on(.get, SiteURL.staffUserDisable, use: confirmDisable)
        routes.on(.post, SiteURL.staffUserDisable, use: disable)
    }

    private func admin(_ request: Request, _ context: AppRequestContext) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: services.programmeID)
        return (session, try context.authorize(.manageUsers, in: services.programmeID))
    }

    /// The user, if they belong to the served programme.
    private func member(_ id: UUID) async throws -> User {
        let user = try await services.accounts.users.find(id)
        guard user.programmeID == services.programmeID else { throw DomainError.notFound(entity: "user", id: id) }
        return user
    }

    private func page(
        _ session: Session, _ actor: Actor, values: [String: String] = [:], scope: Set<String> = [],
        errors: [FieldIssue] = [], notice: String? = nil, programme: Programme, page context: PageContext
    ) async throws -> Response {
        let partnerships = try await services.partnerships.list(
            in: programme.id, PartnershipQuery(page: PageRequest(limit: PageRequest.maxLimit), sort: .partnerName)
        ).items
        let names = Dictionary(uniqueKeysWithValues: partnerships.map { ($0.id, $0.partnerCity.name) })
        let rows = try await services.accounts.users.list(in: programme.id).map {
            UsersPage.Model.Row(
                id: $0.id, email: $0.email, name: $0.name, role: $0.role,
                scope: $0.partnershipScope.compactMap { names[$0] }.sorted(), disabled: $0.isDisabled)
        }
        var response = HTMLResponse.private(
            UsersPage.view(
                UsersPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, rows: rows,
                    partnerships: partnerships.map {
                        ($0.id.uuidString, $0.pairName)
                    },
                    values: values, scope: scope, errors: errors, notice: notice, page: context)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try admin(request, context)
        return try await page(session, actor, programme: try context.programme, page: context.page(request))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try admin(request, context)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let scope = form.values("partnerships")
        let values = [
            "email": form.value("email") ?? "", "name": form.value("name") ?? "", "role": form.value("role") ?? "",
        ]
        var issues: [FieldIssue] = []
        let role = InputIssues.choice(form.nonEmpty("role"), "role", default: Role?.none, into: &issues)
        do {
            guard let role, issues.isEmpty else { throw DomainError.invalid(issues) }
            let user = try await services.accounts.createUser(
                UserDraft(
                    email: form.value("email") ?? "", name: form.value("name"), role: role,
                    partnershipScope: Set(scope.compactMap(UUID.init(uuidString:)))),
                password: form.value("password") ?? "", in: services.programmeID)
            context.logger.notice("user created", metadata: ["user": "\(user.id)", "by": "\(actor.user.id)"])
            let t = context.localizer
            return try await page(
                session, actor,
                notice: t("users.created", ["email": user.email, "role": t.label("role", user.role)]),
                programme: try context.programme, page: context.page(request))
        } catch let error as DomainError {
            let found: [FieldIssue] =
                switch error {
                case .invalid(let list): list
                case .conflict(let message): [FieldIssue(field: "email", message: message)]
                case .notFound: []
                }
            return try await page(
                session, actor, values: values, scope: Set(scope), errors: found,
                programme: try context.programme, page: context.page(request))
        }
    }

    @Sendable func setRole(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try admin(request, context)
        let user = try await member(try context.pathID())
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        guard let role = form.value("role").flatMap(Role.init(rawValue:)) else {
            throw DomainError.invalid([FieldIssue(field: "role", rule: .role)])
        }
        _ = try await services.accounts.users.setRole(user.id, role: role, partnershipScope: user.partnershipScope)
        try await services.accounts.sessions.deleteAll(userID: user.id)
        context.logger.notice(
            "role changed", metadata: ["user": "\(user.id)", "role": "\(role.rawValue)", "by": "\(actor.user.id)"])
        return Redirect.to(SiteURL.staffUsers.path)
    }

    @Sendable func confirmDisable(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .manageUsers)
        let user = try await member(try context.pathID())
        let t = editor.t
        return editor.confirm(
            title: t("users.disableConfirm.title", ["email": user.email]), message: t("users.disableConfirm.message"),
            action: SiteURL.staffUserDisable(user.id).path, confirmLabel: t("users.disableConfirm.confirm"),
            cancelURL: SiteURL.staffUsers.path)
    }

    @Sendable func disable(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try admin(request, context)
        let user = try await member(try context.pathID())
        guard user.id != actor.user.id else { throw DomainError.conflict("you cannot disable your own account") }
        _ = try await services.accounts.disable(user.id)
        context.logger.notice("user disabled", metadata: ["user": "\(user.id)", "by": "\(actor.user.id)"])
        return Redirect.to(SiteURL.staffUsers.path)
    }
}
